// Moving-image fixtures: an animated GIF with a white square crossing a blue field (the "face" a
// blur box follows) and a meme design captioned on top of it.
import { GIFEncoder } from 'gifenc';
import { createDesign } from '../../core/model/defaults';
import { designSchema, type Design, type Element } from '../../core/model';
import type { Preset } from '../../core/presets';

export const CLIP = { width: 400, height: 400, frames: 10, delayCs: 10, square: 40, y: 200 };

/** Where the square's left edge is on frame `k`. */
export const squareX = (k: number) => Math.round(40 + (k * 280) / (CLIP.frames - 1));

/** The clip as a GIF; `noise` scatters random pixels so it compresses badly (for byte-limit tests). */
export function squareGif(noise = false): Uint8Array {
  const { width, height, frames, delayCs, square, y } = CLIP;
  const gif = GIFEncoder();
  const palette = [[20, 60, 160], [255, 255, 255], ...Array.from({ length: 62 }, (_, i) => [i * 4, 255 - i * 4, (i * 37) % 256])];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let k = 0; k < frames; k++) {
    const index = new Uint8Array(width * height);
    if (noise) for (let i = 0; i < index.length; i++) index[i] = rnd() < 0.5 ? 2 + Math.floor(rnd() * 62) : 0;
    for (let yy = y; yy < y + square; yy++) index.fill(1, yy * width + squareX(k), yy * width + squareX(k) + square);
    gif.writeFrame(index, width, height, { palette, delay: delayCs * 10, ...(k === 0 ? { repeat: 0 } : {}) });
  }
  gif.finish();
  return gif.bytes();
}

/** The GIF as the meme photo, a top caption, and a pixelating box keyframed over the square. */
export function captionedClip(extra: Partial<Design> = {}): Design {
  const base = createDesign({ width: CLIP.width, height: CLIP.height });
  const lock = { move: false, resize: false, delete: false, content: false, style: false };
  const photo: Element = { id: 'photo', type: 'image', name: '', x: 0, y: 0, width: 400, height: 400, rotation: 0, opacity: 1, visible: true, locks: lock, assetId: 'clip', fit: 'cover' };
  const caption: Element = {
    id: 'caption', type: 'text', name: '', x: 10, y: 10, width: 380, height: 80, rotation: 0, opacity: 1, visible: true, locks: lock,
    text: 'NOBODY:', fontFamily: 'Anton', fontSize: 60, fontWeight: 'normal', italic: false, fill: '#ffffff', stroke: '#000000', strokeWidth: 5,
    align: 'center', verticalAlign: 'top', lineHeight: 1.1, letterSpacing: 0, fit: 'none',
  } as Element;
  const last = (CLIP.frames - 1) / 10;
  const blur: Element = {
    id: 'blur', type: 'redact', name: '', x: squareX(0) - 20, y: CLIP.y - 20, width: 80, height: 80, rotation: 0, opacity: 1, visible: true, locks: lock,
    mode: 'pixelate', strength: 80, shape: 'rect',
    keyframes: [
      { t: 0, x: squareX(0) - 20, y: CLIP.y - 20 },
      { t: last, x: squareX(CLIP.frames - 1) - 20, y: CLIP.y - 20 },
    ],
  };
  return designSchema.parse({
    ...base,
    elements: [photo, caption, blur],
    assets: { clip: { mime: 'image/gif', name: 'clip.gif', width: 400, height: 400 } },
    motion: { duration: 1, end: 'loop' },
    ...extra,
  });
}

export function squarePreset(byteLimit = 5_000_000): Preset {
  return {
    id: 'custom-square', platform: 'custom', labelKey: 'presets.custom', name: 'Square', width: 400, height: 400, minWidth: 100, minHeight: 100, byteLimit,
    formats: ['png', 'jpeg', 'webp', 'gif'], safeZone: { area: { x: 0, y: 0, width: 400, height: 400 }, covered: [] }, altText: { max: null, warnAbove: null }, source: 'user',
  };
}
