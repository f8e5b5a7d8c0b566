// The words of a printed piece as text the PDF can carry beside its picture: each line of each
// text element, in its own font, where the picture shows it. Drawn invisibly (text render mode
// 3, like a scanned document's text layer), they make the PDF searchable, copyable and readable
// by screen readers, and they embed the design's fonts.
import type { Element } from '../elements';
import { fitTextElement } from '../layout/text-fit';
import type { Design } from '../model/schema';
import type { SceneContext } from '../scene/common';
import { PT_PER_INCH, PX_PER_INCH } from './units';

export interface FontKey {
  family: string;
  weight: 400 | 700;
  italic: boolean;
}

export interface WordRun {
  text: string;
  /** Inches from the trim's left edge and top edge (to the baseline). */
  x: number;
  baseline: number;
  /** Type size in points. */
  size: number;
  /** Extra space after each character, in points (the element's letter spacing). */
  spacing: number;
  /** The line's width in the picture, in inches: a stand-in face is squeezed to it. */
  width: number;
  font: FontKey;
}

/** The ascent of the bundled faces as a share of the size: where the baseline sits below a line's top. */
const ASCENT = 0.8;

export const fontKeyString = (k: FontKey) => `${k.family}|${k.weight}|${k.italic ? 'i' : 'n'}`;

/** Lines of the design's visible, unrotated text, positioned as the scene draws them. */
export function wordRuns(design: Design, ctx: Pick<SceneContext, 'measure' | 'fontFamily'>): WordRun[] {
  const measure = ctx.measure;
  if (!measure) return [];
  const resolveFamily = ctx.fontFamily ?? ((f: string) => f);
  const out: WordRun[] = [];
  const visit = (elements: readonly Element[], dx: number, dy: number, rotated: boolean) => {
    for (const el of elements) {
      if (!el.visible || el.opacity <= 0) continue;
      const turned = rotated || el.rotation % 360 !== 0;
      if (el.type === 'group') visit(el.children, dx + el.x, dy + el.y, turned);
      if (el.type !== 'text' || turned) continue;
      const fit = fitTextElement(el, { language: design.language, measure, resolveFamily, mode: 'none' });
      const lineHeight = fit.fontSize * el.lineHeight;
      const top = el.verticalAlign === 'top' ? 0 : el.verticalAlign === 'middle' ? (el.height - fit.height) / 2 : el.height - fit.height;
      const font: FontKey = { family: resolveFamily(el.fontFamily), weight: el.fontWeight === 'bold' ? 700 : 400, italic: el.italic };
      fit.lines.forEach((line, i) => {
        const text = line.text.trim();
        if (!text) return;
        const left = el.align === 'left' ? 0 : el.align === 'center' ? (el.width - line.width) / 2 : el.width - line.width;
        // Leading spaces the trim removed still take room on the left.
        const lead = line.text.length - line.text.trimStart().length > 0 && el.align === 'left' ? measure(line.text.slice(0, line.text.length - line.text.trimStart().length), { family: font.family, size: fit.fontSize, weight: el.fontWeight, italic: el.italic, letterSpacing: el.letterSpacing }) : 0;
        const lineTop = dy + el.y + top + i * lineHeight + (lineHeight - fit.fontSize) / 2;
        out.push({
          text,
          x: (dx + el.x + left + lead) / PX_PER_INCH,
          baseline: (lineTop + fit.fontSize * ASCENT) / PX_PER_INCH,
          size: (fit.fontSize / PX_PER_INCH) * PT_PER_INCH,
          spacing: (el.letterSpacing / PX_PER_INCH) * PT_PER_INCH,
          width: (line.width - lead) / PX_PER_INCH,
          font,
        });
      });
    }
  };
  visit(design.elements, 0, 0, false);
  return out;
}
