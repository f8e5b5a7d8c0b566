// The one decision on whether Placard takes an image, for every room: an asset inside a document
// or pack (open, import, `placard validate`, `placard render`), a photo dropped or picked in the
// editor, and an image saved to the library. What it accepts decodes: the type comes from the
// bytes, the declared size is within the pixel limit, the file is complete (image-integrity.ts),
// and an SVG is inert (svg-check.ts) and cheap to draw (svg-budget.ts).
import { imageDamage } from './image-integrity';
import { sniffImage, type ImageMime } from './image-sniff';
import { MAX_IMAGE_PIXELS } from './limits';
import { checkSvg } from './svg-check';
import { SVG_BUDGET, countTagOpenings, svgBudgetProblem, type SvgBudget } from './svg-budget';

export type ImageRefusalCode = 'unsupported' | 'bad-header' | 'damaged' | 'too-many-pixels' | 'svg-script' | 'svg-external' | 'svg-too-complex' | 'not-svg';

export interface ImageRefusal {
  code: ImageRefusalCode;
  /** Plain English, for logs and the CLI. */
  detail: string;
  params: Record<string, string | number>;
}

export type AcceptedImage = { mime: Exclude<ImageMime, 'image/svg+xml'>; width: number; height: number } | { mime: 'image/svg+xml'; width: null; height: null };

export interface ImageAcceptLimits {
  maxImagePixels: number;
  svg: SvgBudget;
}

export const IMAGE_ACCEPT_LIMITS: Readonly<ImageAcceptLimits> = Object.freeze({ maxImagePixels: MAX_IMAGE_PIXELS, svg: SVG_BUDGET });

export type ImageAcceptance = { ok: true; image: AcceptedImage } | { ok: false; refusal: ImageRefusal };

export function acceptImage(bytes: Uint8Array, limits: ImageAcceptLimits = IMAGE_ACCEPT_LIMITS): ImageAcceptance {
  const header = acceptImageHeader(bytes, limits);
  return header.ok ? acceptImageContent(bytes, header.image, limits) : header;
}

/**
 * The cheap half, from the first bytes alone: the type, and a declared size within the pixel
 * limit. Readers of many images run it on all of them (and check their budget together) before
 * paying for acceptImageContent on any.
 */
export function acceptImageHeader(bytes: Uint8Array, limits: ImageAcceptLimits = IMAGE_ACCEPT_LIMITS): ImageAcceptance {
  const sniffed = sniffImage(bytes);
  if (!sniffed.ok) {
    return sniffed.reason === 'unsupported' ? refuse('unsupported', 'not a PNG, JPEG, WebP, GIF or SVG image') : refuse('bad-header', 'the image header is damaged or incomplete');
  }
  if (sniffed.mime === 'image/svg+xml') {
    if (bytes.byteLength > limits.svg.maxBytes) return refuse('svg-too-complex', `the SVG is ${bytes.byteLength} bytes; the limit is ${limits.svg.maxBytes}`, { limit: 'bytes', max: limits.svg.maxBytes });
    // Every element starts with "<" and a letter: counting those refuses far too many elements
    // before anything decodes or parses the file (a "<x" inside a comment counts too, erring toward refusal).
    if (countTagOpenings(bytes) > limits.svg.maxElements) {
      return refuse('svg-too-complex', `the SVG has more than ${limits.svg.maxElements} elements`, { limit: 'elements', max: limits.svg.maxElements });
    }
    return { ok: true, image: { mime: 'image/svg+xml', width: null, height: null } };
  }
  const { width, height } = sniffed;
  if (width * height > limits.maxImagePixels) {
    return refuse('too-many-pixels', `the image declares ${width}x${height} pixels; the limit is ${limits.maxImagePixels}`, { width, height, max: limits.maxImagePixels });
  }
  return { ok: true, image: { mime: sniffed.mime, width, height } };
}

/** The costly half: the whole file is there and intact, and an SVG is inert and cheap to draw. */
export function acceptImageContent(bytes: Uint8Array, image: AcceptedImage, limits: ImageAcceptLimits = IMAGE_ACCEPT_LIMITS): ImageAcceptance {
  if (image.mime === 'image/svg+xml') return acceptSvg(bytes, limits.svg);
  const format = image.mime === 'image/jpeg' ? 'jpeg' : image.mime === 'image/png' ? 'png' : image.mime === 'image/gif' ? 'gif' : 'webp';
  const damage = imageDamage(bytes, format);
  if (damage) return refuse('damaged', `the image is damaged: ${damage}`, { reason: damage });
  return { ok: true, image };
}

function refuse(code: ImageRefusalCode, detail: string, params: Record<string, string | number> = {}): ImageAcceptance {
  return { ok: false, refusal: { code, detail, params } };
}

function acceptSvg(bytes: Uint8Array, budget: SvgBudget): ImageAcceptance {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('not-svg', 'the SVG is not valid UTF-8 text');
  }
  // Size and complexity first: they refuse faster than the content scan reads the file. A file
  // that is not well-formed XML is judged by the content scan first (it names scripts and DTDs).
  const cost = svgBudgetProblem(text, bytes.byteLength, budget);
  if (cost && cost.limit !== 'not-xml') return refuse('svg-too-complex', cost.detail, { limit: cost.limit, max: cost.max });
  const problem = checkSvg(text);
  if (problem?.kind === 'not-svg') return refuse('not-svg', `not an SVG image (${problem.detail})`);
  if (problem) return refuse(problem.kind === 'script' ? 'svg-script' : 'svg-external', `unsafe SVG: ${problem.detail}`);
  if (cost) return refuse('not-svg', cost.detail);
  return { ok: true, image: { mime: 'image/svg+xml', width: null, height: null } };
}
