// WCAG 2.2 contrast (SC 1.4.3, AA) measured against the pixels actually behind the text, because
// over a photo the declared background color says nothing.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0-1 */
  a: number;
}

export class ContrastError extends Error {
  constructor(
    readonly code: 'contrast.bad-color' | 'contrast.bad-pixels',
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ContrastError';
  }
}

/** #rgb, #rgba, #rrggbb, #rrggbbaa. */
export function parseHexColor(color: string): Rgba {
  const m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color.trim());
  if (!m) throw new ContrastError('contrast.bad-color', `not a hex color: "${color.slice(0, 40)}"`, { color: color.slice(0, 40) });
  let hex = m[1]!;
  if (hex.length <= 4) hex = [...hex].map((c) => c + c).join('');
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return { r: n(0), g: n(2), b: n(4), a: hex.length === 8 ? n(6) / 255 : 1 };
}

function channel(v8: number): number {
  const c = v8 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an sRGB color with 0-255 channels. */
export function relativeLuminance(r: number, g: number, b: number): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatioOfLuminances(l1: number, l2: number): number {
  const hi = Math.max(l1, l2);
  const lo = Math.min(l1, l2);
  return (hi + 0.05) / (lo + 0.05);
}

/** Contrast ratio (1-21) between two opaque colors. */
export function contrastRatio(a: string | Rgba, b: string | Rgba): number {
  const ca = typeof a === 'string' ? parseHexColor(a) : a;
  const cb = typeof b === 'string' ? parseHexColor(b) : b;
  return contrastRatioOfLuminances(relativeLuminance(ca.r, ca.g, ca.b), relativeLuminance(cb.r, cb.g, cb.b));
}

/** Large text per WCAG: 18 pt (24 px) and up, or 14 pt (18.66 px) bold and up. */
export function isLargeText(fontSizePx: number, bold: boolean): boolean {
  return fontSizePx >= 24 || (bold && fontSizePx >= 18.66);
}

export const AA_NORMAL = 4.5;
export const AA_LARGE = 3;

export interface ContrastOptions {
  /** Which share of sampled pixels may be worse than the reported ratio; default 0.1 (10th percentile). */
  percentile?: number;
  /** At most this many pixels are sampled, evenly spread; default 20,000. */
  maxSamples?: number;
}

export interface ContrastResult {
  /** The contrast that (1 - percentile) of the sampled background reaches: the worst 10% excluded. */
  ratio: number;
  /** Worst and best contrast over the samples, for a detailed message. */
  min: number;
  max: number;
  required: number;
  large: boolean;
  passes: boolean;
  samples: number;
}

const MAX_PIXELS = 64 * 1024 * 1024;

/**
 * Contrast of text color against the RGBA pixels behind it (a Uint8ClampedArray from getImageData).
 * Transparent background pixels are taken as composited over white; a translucent text color is
 * composited over each pixel, which is what the viewer sees.
 */
export function checkTextContrast(textColor: string, pixels: Uint8ClampedArray | Uint8Array, fontSizePx: number, bold: boolean, options: ContrastOptions = {}): ContrastResult {
  const text = parseHexColor(textColor);
  if (pixels.length === 0 || pixels.length % 4 !== 0 || pixels.length / 4 > MAX_PIXELS) {
    throw new ContrastError('contrast.bad-pixels', `expected RGBA pixels (a non-empty multiple of 4 bytes, at most ${MAX_PIXELS} pixels), got ${pixels.length} bytes`, {
      length: pixels.length,
    });
  }
  const percentile = Math.min(0.5, Math.max(0, options.percentile ?? 0.1));
  const maxSamples = Math.max(1, Math.floor(options.maxSamples ?? 20_000));
  const count = pixels.length / 4;
  const stride = Math.max(1, count / maxSamples);
  const ratios: number[] = [];
  for (let f = 0; f < count; f += stride) {
    const i = Math.floor(f) * 4;
    const alpha = pixels[i + 3]! / 255;
    // Background over white, then text (with its alpha) over that.
    const br = pixels[i]! * alpha + 255 * (1 - alpha);
    const bg = pixels[i + 1]! * alpha + 255 * (1 - alpha);
    const bb = pixels[i + 2]! * alpha + 255 * (1 - alpha);
    const tr = text.r * text.a + br * (1 - text.a);
    const tg = text.g * text.a + bg * (1 - text.a);
    const tb = text.b * text.a + bb * (1 - text.a);
    ratios.push(contrastRatioOfLuminances(relativeLuminance(tr, tg, tb), relativeLuminance(br, bg, bb)));
  }
  ratios.sort((a, b) => a - b);
  const ratio = ratios[Math.floor(percentile * (ratios.length - 1))]!;
  const large = isLargeText(fontSizePx, bold);
  const required = large ? AA_LARGE : AA_NORMAL;
  return { ratio, min: ratios[0]!, max: ratios[ratios.length - 1]!, required, large, passes: ratio >= required, samples: ratios.length };
}
