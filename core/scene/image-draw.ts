// Drawing an image element: crop, fit, flip, rounded corners and filters. Large photos may have a
// registered low-resolution proxy; it is drawn whenever it has enough pixels for the current
// scale (editing), and the original is drawn otherwise (export at full size).
import Konva from 'konva';
import type { ImageElement } from '../model/schema';
import { applyColorFilters, boxBlur, hasFilters } from './image-filters';
import { cropFitRects, type Rects } from './crop-fit';

export type Drawable = CanvasImageSource & { width: number; height: number };

/** Downscaled copies (same aspect ratio) of large images, for drawing at small scales. */
export interface ImageProxies {
  get(original: object): Drawable | undefined;
}

/** Filtered renders, per source image, so redraws while editing do not redo pixel work. */
export type FilterCache = WeakMap<object, Map<string, HTMLCanvasElement>>;

export function createFilterCache(): FilterCache {
  return new WeakMap();
}

/** What drawing an image may reuse: proxies and the filter cache, both owned by the caller. */
export interface ImageDrawOptions {
  proxies?: ImageProxies | undefined;
  filterCache?: FilterCache | undefined;
}

/** The image's own pixel size (an <img>'s natural size, else the source's width and height). */
export function naturalSize(img: Drawable): { width: number; height: number } {
  const n = img as { naturalWidth?: number; naturalHeight?: number };
  return { width: n.naturalWidth || img.width, height: n.naturalHeight || img.height };
}

/**
 * The source to draw: the proxy when it has at least as many pixels across the visible part as the
 * device pixels it will cover, else the original.
 */
export function pickImageSource(original: Drawable, deviceWidth: number, proxies?: ImageProxies): Drawable {
  const proxy = proxies?.get(original);
  if (!proxy) return original;
  const full = naturalSize(original).width;
  const small = naturalSize(proxy).width;
  return small >= Math.min(full, deviceWidth * 0.999) ? proxy : original;
}

export { cropFitRects, type Rects };

/** A rounded rectangle path (radius clamped to half the shorter side). */
export function roundedRectPath(ctx: CanvasPath, x: number, y: number, w: number, h: number, radius: number): void {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  ctx.moveTo(x + r, y);
  ctx.lineTo(x + w - r, y);
  ctx.arcTo(x + w, y, x + w, y + r, r);
  ctx.lineTo(x + w, y + h - r);
  ctx.arcTo(x + w, y + h, x + w - r, y + h, r);
  ctx.lineTo(x + r, y + h);
  ctx.arcTo(x, y + h, x, y + h - r, r);
  ctx.lineTo(x, y + r);
  ctx.arcTo(x, y, x + r, y, r);
  ctx.closePath();
}

/** Device pixels per element unit under the context's current transform. */
/** A scratch canvas whose scaled draws resample with the best smoothing (image filters, redaction). */
export function smoothCanvas(width: number, height: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = Konva.Util.createCanvasElement();
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  return { canvas, ctx };
}

export function deviceScale(native: CanvasRenderingContext2D): number {
  const m = native.getTransform?.();
  if (!m) return 1;
  return Math.max(1e-6, Math.hypot(m.a, m.b));
}

const MAX_FILTERED_PER_SOURCE = 3;
/** Filtered renders never exceed this many pixels (memory guard for huge exports). */
const MAX_FILTER_PIXELS = 40_000_000;

function filteredRegion(source: Drawable, r: Rects, outW: number, outH: number, el: ImageElement, blurPx: number, filteredCache: FilterCache | undefined): HTMLCanvasElement {
  const key = [r.sx, r.sy, r.sw, r.sh, outW, outH, JSON.stringify(el.filters), blurPx.toFixed(2)].join('|');
  let perSource = filteredCache?.get(source);
  const hit = perSource?.get(key);
  if (hit) return hit;
  const { canvas, ctx: c } = smoothCanvas(outW, outH);
  c.drawImage(source, r.sx, r.sy, r.sw, r.sh, 0, 0, outW, outH);
  const pixels = c.getImageData(0, 0, outW, outH);
  applyColorFilters(pixels.data, el.filters!);
  boxBlur(pixels.data, outW, outH, blurPx);
  c.putImageData(pixels, 0, 0);
  if (!filteredCache) return canvas;
  if (!perSource) filteredCache.set(source, (perSource = new Map()));
  if (perSource.size >= MAX_FILTERED_PER_SOURCE) perSource.delete(perSource.keys().next().value!);
  perSource.set(key, canvas);
  return canvas;
}

/** Draws an image element into `native` (element space: origin at its top-left). */
export function drawImageElement(native: CanvasRenderingContext2D, el: ImageElement, original: Drawable | undefined, w: number, h: number, options: ImageDrawOptions = {}): void {
  const radius = el.cornerRadius ?? 0;
  native.save();
  if (radius > 0) {
    native.beginPath();
    roundedRectPath(native, 0, 0, w, h, radius);
    native.clip();
  }
  if (!original) {
    native.fillStyle = '#d9dde3';
    native.fillRect(0, 0, w, h);
    native.restore();
    return;
  }
  const scale = deviceScale(native);
  const full = naturalSize(original);
  const probe = cropFitRects(el.fit, el.crop, { width: w, height: h }, full);
  // Device pixels the visible source region covers, mapped back to the whole image's width.
  const deviceWidthOfWhole = (probe.dw * scale * full.width) / Math.max(1e-6, probe.sw);
  const source = pickImageSource(original, deviceWidthOfWhole, options.proxies);
  const r = cropFitRects(el.fit, el.crop, { width: w, height: h }, naturalSize(source));
  if (el.flipX || el.flipY) {
    native.translate(el.flipX ? w : 0, el.flipY ? h : 0);
    native.scale(el.flipX ? -1 : 1, el.flipY ? -1 : 1);
  }
  if (!hasFilters(el.filters)) {
    native.drawImage(source, r.sx, r.sy, r.sw, r.sh, r.dx, r.dy, r.dw, r.dh);
    native.restore();
    return;
  }
  let outW = Math.max(1, Math.round(Math.min(r.sw, r.dw * scale)));
  let outH = Math.max(1, Math.round(Math.min(r.sh, r.dh * scale)));
  if (outW * outH > MAX_FILTER_PIXELS) {
    const k = Math.sqrt(MAX_FILTER_PIXELS / (outW * outH));
    outW = Math.max(1, Math.floor(outW * k));
    outH = Math.max(1, Math.floor(outH * k));
  }
  // Blur is given in element units; convert to pixels of the filtered canvas.
  const blurPx = el.filters.blur * (outW / Math.max(1e-6, r.dw));
  native.drawImage(filteredRegion(source, r, outW, outH, el, blurPx, options.filterCache), 0, 0, outW, outH, r.dx, r.dy, r.dw, r.dh);
  native.restore();
}
