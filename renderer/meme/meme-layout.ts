// Meme designs from a photo, as plain model data (no React, no store): the classic top/bottom
// captions, caption bars above and/or below the photo, and free labels. Numbers follow the
// classic meme look in ../shared/PRESETS.md: Anton, white fill, black outline ~1/12 of the font
// size with round joins (core/scene), all caps, shrink-to-fit.
import {
  createDesign,
  createImageElement,
  createShapeElement,
  createTextElement,
  newId,
  UNLOCKED,
  type AssetInfo,
  type Design,
  type Language,
  type RedactElement,
  type TextElement,
} from '../../core/model';

export type MemeVariant = 'classic' | 'bar-top' | 'bars' | 'labels';
export const MEME_VARIANTS: readonly MemeVariant[] = ['classic', 'bar-top', 'bars', 'labels'];

/** Longest side of a meme canvas; the photo keeps its aspect ratio. */
export const MEME_MAX_SIDE = 1600;
/** Shortest side, so that tiny photos still give readable captions. */
export const MEME_MIN_SIDE = 600;

export interface MemeTexts {
  top: string;
  bottom: string;
  label: string;
}

/** Canvas size for a photo: its aspect ratio, longest side at most MEME_MAX_SIDE. */
export function memePhotoSize(photo: { width: number; height: number }): { width: number; height: number } {
  const long = Math.max(photo.width, photo.height);
  const short = Math.min(photo.width, photo.height);
  let k = Math.min(1, MEME_MAX_SIDE / long);
  if (short * k < MEME_MIN_SIDE) k = Math.min(MEME_MAX_SIDE / long, MEME_MIN_SIDE / short);
  // Very long panoramas stay within the canvas limit of the model.
  return { width: Math.max(1, Math.round(photo.width * k)), height: Math.max(1, Math.round(photo.height * k)) };
}

/** The classic caption: Anton, white, black outline 1/12 of the size, all caps, shrink to fit. */
export function classicCaption(box: { x: number; y: number; width: number; height: number }, text: string, fontSize: number, verticalAlign: TextElement['verticalAlign']): TextElement {
  return createTextElement({
    ...box,
    name: '',
    text,
    fontFamily: 'Anton',
    fontSize,
    fill: '#ffffff',
    stroke: '#000000',
    strokeWidth: Math.max(1, Math.round(fontSize / 12)),
    uppercase: true,
    align: 'center',
    verticalAlign,
    lineHeight: 1.1,
    fit: 'shrink',
  });
}

/** Text on a caption bar: dark condensed bold on the light band, no outline, shrink to fit. */
function barCaption(box: { x: number; y: number; width: number; height: number }, text: string, fontSize: number): TextElement {
  return createTextElement({ ...box, text, fontFamily: 'Oswald', fontWeight: 'bold', fontSize, fill: '#111111', strokeWidth: 0, align: 'center', verticalAlign: 'middle', lineHeight: 1.15, fit: 'shrink' });
}

/** A free label: bold text on a rounded highlight box; the box grows with the text. */
export function freeLabel(at: { x: number; y: number }, width: number, text: string, fontSize: number): TextElement {
  return createTextElement({
    x: at.x,
    y: at.y,
    width,
    height: Math.round(fontSize * 1.25),
    text,
    fontFamily: 'Inter',
    fontWeight: 'bold',
    fontSize,
    fill: '#111111',
    align: 'center',
    lineHeight: 1.2,
    fit: 'grow',
    highlight: { color: '#ffffff', padding: Math.round(fontSize * 0.35), radius: Math.round(fontSize * 0.25) },
  });
}

export function buildMemeDesign(variant: MemeVariant, asset: { id: string; info: AssetInfo }, texts: MemeTexts, language: Language): Design {
  const photo = memePhotoSize(asset.info);
  const W = photo.width;
  const margin = Math.round(W * 0.03);
  const image = createImageElement({ x: 0, y: 0, width: W, height: photo.height, assetId: asset.id, fit: 'cover', name: asset.info.name });
  const base = (height: number): Design => ({ ...createDesign({ width: W, height, language, name: '' }), assets: { [asset.id]: asset.info } });
  const captionSize = Math.round(Math.min(W, photo.height) * 0.13);

  if (variant === 'classic') {
    const H = photo.height;
    const capH = Math.round(H * 0.26);
    const top = classicCaption({ x: margin, y: margin, width: W - 2 * margin, height: capH }, texts.top, captionSize, 'top');
    const bottom = classicCaption({ x: margin, y: H - margin - capH, width: W - 2 * margin, height: capH }, texts.bottom, captionSize, 'bottom');
    return { ...base(H), elements: [image, top, bottom] };
  }

  if (variant === 'bar-top' || variant === 'bars') {
    const band = Math.round(photo.height * 0.24);
    const below = variant === 'bars';
    const H = photo.height + band + (below ? band : 0);
    const barSize = Math.round(band * 0.42);
    const topBand = createShapeElement({ x: 0, y: 0, width: W, height: band, shape: 'rect', fill: '#ffffff', locks: { ...UNLOCKED, move: true } });
    const elements = [topBand, { ...image, y: band }, barCaption({ x: margin, y: Math.round(band * 0.08), width: W - 2 * margin, height: Math.round(band * 0.84) }, texts.top, barSize)];
    if (below) {
      const y = band + photo.height;
      elements.splice(1, 0, createShapeElement({ x: 0, y, width: W, height: band, shape: 'rect', fill: '#ffffff', locks: { ...UNLOCKED, move: true } }));
      elements.push(barCaption({ x: margin, y: y + Math.round(band * 0.08), width: W - 2 * margin, height: Math.round(band * 0.84) }, texts.bottom, barSize));
    }
    return { ...base(H), background: { color: '#ffffff' }, elements };
  }

  // Free labels: short tags placed over parts of the photo.
  const H = photo.height;
  const size = Math.max(16, Math.round(W * 0.045));
  const width = Math.round(W * 0.34);
  const labels = [
    freeLabel({ x: Math.round(W * 0.08), y: Math.round(H * 0.12) }, width, texts.label, size),
    freeLabel({ x: Math.round(W * 0.58), y: Math.round(H * 0.45) }, width, texts.label, size),
  ];
  return { ...base(H), elements: [image, ...labels] };
}

/** A pixelate box (hides faces) centered on `within`. */
export function createRedactBox(within: { x: number; y: number; width: number; height: number }): RedactElement {
  const side = Math.max(20, Math.round(Math.min(within.width, within.height) * 0.3));
  return {
    id: newId('redact'),
    type: 'redact',
    name: '',
    x: Math.round(within.x + (within.width - side) / 2),
    y: Math.round(within.y + (within.height - side) / 2),
    width: side,
    height: side,
    rotation: 0,
    opacity: 1,
    visible: true,
    locks: { ...UNLOCKED },
    mode: 'pixelate',
    strength: Math.max(6, Math.round(side / 8)),
    shape: 'ellipse',
  };
}
