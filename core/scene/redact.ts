// The blur/pixelate box: it reads back what has already been drawn beneath it on the same canvas,
// throws detail away by scaling it down, and paints it back inside its shape. Scaling down
// discards information, so unlike a light Gaussian blur the face cannot be recovered.
import type { RedactElement } from '../model/schema';
import { deviceScale, smoothCanvas } from './image-draw';

function shapePath(ctx: CanvasRenderingContext2D, el: RedactElement, w: number, h: number): void {
  ctx.beginPath();
  if (el.shape === 'ellipse') ctx.ellipse(w / 2, h / 2, w / 2, h / 2, 0, 0, Math.PI * 2);
  else ctx.rect(0, 0, w, h);
  ctx.closePath();
}

/** Device-space bounding box of the element's box under the current transform. */
function deviceBounds(native: CanvasRenderingContext2D, w: number, h: number): { x: number; y: number; width: number; height: number } {
  const m = native.getTransform();
  const pts = [
    [0, 0],
    [w, 0],
    [0, h],
    [w, h],
  ].map(([x, y]) => ({ x: m.a * x! + m.c * y! + m.e, y: m.b * x! + m.d * y! + m.f }));
  const x0 = Math.floor(Math.min(...pts.map((p) => p.x)));
  const y0 = Math.floor(Math.min(...pts.map((p) => p.y)));
  const x1 = Math.ceil(Math.max(...pts.map((p) => p.x)));
  const y1 = Math.ceil(Math.max(...pts.map((p) => p.y)));
  const cw = native.canvas.width;
  const ch = native.canvas.height;
  const x = Math.max(0, x0);
  const y = Math.max(0, y0);
  return { x, y, width: Math.max(0, Math.min(cw, x1) - x), height: Math.max(0, Math.min(ch, y1) - y) };
}

export function drawRedaction(native: CanvasRenderingContext2D, el: RedactElement, w: number, h: number): void {
  const area = deviceBounds(native, w, h);
  if (area.width < 1 || area.height < 1) return;
  const cell = Math.max(1, el.strength * deviceScale(native));
  // Pixelate: one sample per block. Blur: several samples per radius, smoothed back up.
  const factor = el.mode === 'pixelate' ? cell : Math.max(1, cell / 2);
  const smallW = Math.max(1, Math.round(area.width / factor));
  const smallH = Math.max(1, Math.round(area.height / factor));
  const { canvas: small, ctx: sc } = smoothCanvas(smallW, smallH);
  sc.drawImage(native.canvas, area.x, area.y, area.width, area.height, 0, 0, smallW, smallH);
  native.save();
  shapePath(native, el, w, h);
  native.clip();
  native.setTransform(1, 0, 0, 1, 0, 0);
  native.imageSmoothingEnabled = el.mode !== 'pixelate';
  if (el.mode === 'blur') native.imageSmoothingQuality = 'high';
  native.drawImage(small, 0, 0, smallW, smallH, area.x, area.y, area.width, area.height);
  native.restore();
}
