// The export checks that draw: text whose contrast against the pixels actually drawn behind it
// is below WCAG AA, with the safe-zone check beside it. A chunk of its own: drawing a design
// brings the scene builder, which the first screen does not need (the size bar asks for it a
// moment after the design settles, through warnings.ts).
import { checkSafeZones } from '../../core/layout/safe-zones';
import { checkTextContrast, parseHexColor } from '../../core/layout/contrast';
import { elementBounds } from '../../core/layout/geometry';
import { textFor } from '../../core/model';
import type { Design, TextElement } from '../../core/model';
import type { Preset } from '../../core/presets';
import type { SceneContext } from '../../core/scene';
import { drawDesignExact } from './draw-exact';
import { sceneContextFor } from './scene-context';
import type { ContrastWarning, SizeWarnings } from './warnings';

/** Contrast is measured on a small render: plenty of pixels for a percentile, cheap to draw. */
const CONTRAST_LONG_SIDE = 640;

function hexOr(color: string): string | null {
  try {
    parseHexColor(color);
    return color;
  } catch {
    return null;
  }
}

function solidPixel(color: string): Uint8ClampedArray {
  const c = parseHexColor(color);
  return new Uint8ClampedArray([c.r, c.g, c.b, Math.round(c.a * 255)]);
}

/**
 * Text elements (top level, visible, non-empty) whose contrast is below AA. Text with a highlight
 * box is measured against the box; text with a real outline against the outline; other text
 * against the design rendered without its text, read under the text's box. That background is
 * drawn once for all text elements (not once each), so the check stays cheap on big designs.
 */
export function contrastWarnings(design: Design, ctx: SceneContext = sceneContextFor(design)): ContrastWarning[] {
  const out: ContrastWarning[] = [];
  const pr = Math.min(1, CONTRAST_LONG_SIDE / Math.max(design.width, design.height));
  let background: HTMLCanvasElement | null = null;
  const backgroundCanvas = () => (background ??= drawDesignExact({ ...design, elements: design.elements.filter((e) => e.type !== 'text') }, ctx, design.width, design.height, pr));
  try {
    for (const el of design.elements) {
      if (el.type !== 'text' || !el.visible || el.opacity <= 0 || !textFor(el, design.language).trim()) continue;
      const fill = hexOr(ctx.color(el.fill));
      if (!fill) continue;
      const bold = el.fontWeight === 'bold';
      let pixels: Uint8ClampedArray | null = null;
      const outline = el.strokeWidth >= Math.max(1, el.fontSize / 30) ? hexOr(ctx.color(el.stroke)) : null;
      const highlight = el.highlight ? hexOr(ctx.color(el.highlight.color)) : null;
      if (highlight) pixels = solidPixel(highlight);
      else if (outline) pixels = solidPixel(outline);
      else pixels = pixelsBehind(backgroundCanvas(), el, pr);
      if (!pixels) continue;
      const result = checkTextContrast(fill, pixels, el.fontSize, bold);
      if (!result.passes) out.push({ code: 'contrast.low', elementId: el.id, name: el.name, ratio: Math.floor(result.ratio * 10) / 10, required: result.required });
    }
  } finally {
    if (background) {
      (background as HTMLCanvasElement).width = 0;
      (background as HTMLCanvasElement).height = 0;
    }
  }
  return out;
}

function pixelsBehind(canvas: HTMLCanvasElement, text: TextElement, pr: number): Uint8ClampedArray | null {
  const b = elementBounds(text);
  const x0 = Math.max(0, Math.floor(b.x * pr));
  const y0 = Math.max(0, Math.floor(b.y * pr));
  const x1 = Math.min(canvas.width, Math.ceil((b.x + b.width) * pr));
  const y1 = Math.min(canvas.height, Math.ceil((b.y + b.height) * pr));
  if (x1 <= x0 || y1 <= y0) return null;
  return canvas.getContext('2d', { willReadFrequently: true })!.getImageData(x0, y0, x1 - x0, y1 - y0).data;
}

export function warningsForView(view: Design, preset: Preset | undefined): SizeWarnings {
  return { safeZones: preset ? checkSafeZones(view, preset) : [], contrast: contrastWarnings(view) };
}
