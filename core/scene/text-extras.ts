// Text details beyond Konva's own attributes: the base direction of right-to-left scripts and the
// highlight box drawn behind each line.
import type Konva from 'konva';
import type { TextElement } from '../model/schema';
import { roundedRectPath } from './image-draw';

const FIRST_STRONG = /[\p{L}]/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** 'rtl' when the first letter of the text belongs to a right-to-left script (the Unicode "first strong" rule). */
export function detectDirection(text: string): 'ltr' | 'rtl' {
  const first = FIRST_STRONG.exec(text);
  return first && RTL_LETTER.test(first[0]) ? 'rtl' : 'ltr';
}

export function resolveDirection(direction: TextElement['direction'], text: string): 'ltr' | 'rtl' {
  return direction === 'ltr' || direction === 'rtl' ? direction : detectDirection(text);
}

interface TextLayout {
  textArr: { text: string; width: number }[];
}

/** Rectangles (element space) of the highlight behind each non-empty line, as Konva lays them out. */
export function highlightRects(text: Konva.Text, padding: number): { x: number; y: number; width: number; height: number }[] {
  const lines = (text as unknown as TextLayout).textArr ?? [];
  const lineHeight = text.lineHeight() * text.fontSize();
  const blockHeight = lines.length * lineHeight;
  const boxWidth = text.width();
  const free = text.height() - blockHeight;
  const top = text.verticalAlign() === 'middle' ? free / 2 : text.verticalAlign() === 'bottom' ? free : 0;
  const rects: { x: number; y: number; width: number; height: number }[] = [];
  lines.forEach((line, i) => {
    if (!line.text.trim()) return;
    const x = text.align() === 'right' ? boxWidth - line.width : text.align() === 'center' ? (boxWidth - line.width) / 2 : 0;
    rects.push({ x: x - padding, y: top + i * lineHeight - padding / 2, width: line.width + padding * 2, height: lineHeight + padding });
  });
  return rects;
}

/** Fills every line's box as one path, so overlaps between lines never darken a translucent color. */
export function drawHighlight(native: CanvasRenderingContext2D, text: Konva.Text, color: string, padding: number, radius: number): void {
  const rects = highlightRects(text, padding);
  if (rects.length === 0) return;
  native.beginPath();
  for (const r of rects) roundedRectPath(native, r.x, r.y, r.width, r.height, radius);
  native.fillStyle = color;
  native.fill('nonzero');
}
