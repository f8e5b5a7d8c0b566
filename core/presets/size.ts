// The export size a preset gives a particular design, and its safe zone at that size.
import type { Preset, Rect, SafeZone } from './types';

export interface Size {
  width: number;
  height: number;
}

/**
 * Fixed presets: their size. Variable presets (any ratio): the design's ratio at the preset's
 * default long side, then clamped by the preset's maxima. `scale` (1x, 2x) multiplies the result;
 * variable presets stay within their maxima even at 2x.
 */
export function resolvePresetSize(preset: Preset, design?: Size, scale = 1): Size {
  const s = Number.isFinite(scale) && scale > 0 ? scale : 1;
  if (!preset.variable || !design || design.width <= 0 || design.height <= 0) {
    return clampVariable(preset, { width: preset.width * s, height: preset.height * s });
  }
  const long = Math.max(preset.width, preset.height) * s;
  const ratio = design.width / design.height;
  const size = ratio >= 1 ? { width: long, height: long / ratio } : { width: long * ratio, height: long };
  return clampVariable(preset, size);
}

function clampVariable(preset: Preset, size: Size): Size {
  let { width, height } = size;
  const v = preset.variable;
  if (v?.maxLongSide !== undefined) {
    const k = Math.min(1, v.maxLongSide / Math.max(width, height));
    width *= k;
    height *= k;
  }
  if (v?.maxPixels !== undefined) {
    const k = Math.min(1, Math.sqrt(v.maxPixels / (width * height)));
    width *= k;
    height *= k;
  }
  // Floors keep clamped sizes within the maxima after rounding.
  const round = v ? Math.floor : Math.round;
  return { width: Math.max(1, round(width + 1e-9)), height: Math.max(1, round(height + 1e-9)) };
}

function scaleRect(r: Rect, kx: number, ky: number): Rect {
  return { x: r.x * kx, y: r.y * ky, width: r.width * kx, height: r.height * ky };
}

/** The preset's safe zone mapped onto a width x height canvas (proportionally). */
export function safeZoneFor(preset: Preset, width: number, height: number): SafeZone {
  const kx = width / preset.width;
  const ky = height / preset.height;
  const zone: SafeZone = {
    area: scaleRect(preset.safeZone.area, kx, ky),
    covered: preset.safeZone.covered.map((r) => scaleRect(r, kx, ky)),
  };
  const c = preset.safeZone.circle;
  // A circular crop stays a circle: it is inscribed in the canvas, whatever the scaling.
  if (c) zone.circle = { cx: (c.cx * kx), cy: (c.cy * ky), r: c.r * Math.min(kx, ky) };
  return zone;
}
