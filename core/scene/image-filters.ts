// Pixel filters for image elements, done by hand on RGBA bytes so that the editor (Chromium),
// the exporter and Node (@napi-rs/canvas) produce the same pixels; canvas `filter` strings are
// not implemented identically everywhere.
import type { ImageFilters } from '../model/schema';

export const NEUTRAL_FILTERS: ImageFilters = { brightness: 0, contrast: 0, saturation: 0, grayscale: 0, blur: 0 };

export function hasFilters(f: ImageFilters | undefined): f is ImageFilters {
  return !!f && (f.brightness !== 0 || f.contrast !== 0 || f.saturation !== 0 || f.grayscale !== 0 || f.blur > 0);
}

/** Color adjustments in place: brightness, contrast, saturation, then grayscale. Alpha is kept. */
export function applyColorFilters(data: Uint8ClampedArray, f: ImageFilters): void {
  const add = f.brightness * 255;
  // contrast -1..1 maps to a slope 0..∞ around mid-grey; 0.99 keeps the slope finite.
  const c = Math.max(-1, Math.min(0.99, f.contrast));
  const slope = (1 + c) / (1 - c);
  const sat = 1 + f.saturation;
  const gray = f.grayscale;
  if (add === 0 && slope === 1 && sat === 1 && gray === 0) return;
  for (let i = 0; i < data.length; i += 4) {
    let r = data[i]! + add;
    let g = data[i + 1]! + add;
    let b = data[i + 2]! + add;
    r = (r - 128) * slope + 128;
    g = (g - 128) * slope + 128;
    b = (b - 128) * slope + 128;
    const luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const k = sat * (1 - gray);
    data[i] = luma + (r - luma) * k;
    data[i + 1] = luma + (g - luma) * k;
    data[i + 2] = luma + (b - luma) * k;
  }
}

/**
 * Approximates a Gaussian blur of `radius` pixels with three box blurs (horizontal and vertical),
 * in place. Edges clamp, so borders do not darken.
 */
export function boxBlur(data: Uint8ClampedArray, width: number, height: number, radius: number): void {
  const r = Math.round(radius);
  if (r < 1 || width < 1 || height < 1) return;
  // Three passes of box radius ~r/sqrt(3) give roughly a Gaussian of sigma ~ r/2.
  const box = Math.max(1, Math.round(r / Math.sqrt(3)));
  const tmp = new Uint8ClampedArray(data.length);
  for (let pass = 0; pass < 3; pass++) {
    blurLine(data, tmp, width, height, box, true);
    blurLine(tmp, data, width, height, box, false);
  }
}

function blurLine(src: Uint8ClampedArray, dst: Uint8ClampedArray, width: number, height: number, r: number, horizontal: boolean): void {
  const outer = horizontal ? height : width;
  const inner = horizontal ? width : height;
  const stride = horizontal ? 4 : width * 4;
  const span = 2 * r + 1;
  for (let o = 0; o < outer; o++) {
    const base = horizontal ? o * width * 4 : o * 4;
    for (let ch = 0; ch < 4; ch++) {
      const at = (k: number) => src[base + Math.min(inner - 1, Math.max(0, k)) * stride + ch]!;
      let sum = 0;
      for (let k = -r; k <= r; k++) sum += at(k);
      for (let k = 0; k < inner; k++) {
        dst[base + k * stride + ch] = sum / span;
        sum += at(k + r + 1) - at(k - r);
      }
    }
  }
}
