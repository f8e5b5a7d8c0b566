// Outlines of the shape kinds Konva has no class for (star, speech bubble, arrow, line), drawn in
// the element's own box (0,0)-(w,h) so the transform handles fit them exactly.
import type Konva from 'konva';

type Ctx = Pick<Konva.Context, 'beginPath' | 'moveTo' | 'lineTo' | 'arcTo' | 'closePath'>;

export const DEFAULT_STAR_POINTS = 5;
const STAR_INNER = 0.45;

export function starPath(ctx: Ctx, w: number, h: number, points = DEFAULT_STAR_POINTS): void {
  const cx = w / 2;
  const cy = h / 2;
  ctx.beginPath();
  for (let i = 0; i < points * 2; i++) {
    const k = i % 2 === 0 ? 1 : STAR_INNER;
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    const x = cx + Math.cos(a) * cx * k;
    const y = cy + Math.sin(a) * cy * k;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
}

/** A rounded body in the top 78% with a tail towards the bottom left. */
export function bubblePath(ctx: Ctx, w: number, h: number, radius: number): void {
  const bodyH = h * 0.78;
  const r = Math.max(0, Math.min(radius || Math.min(w, bodyH) * 0.18, w / 2, bodyH / 2));
  ctx.beginPath();
  ctx.moveTo(r, 0);
  ctx.arcTo(w, 0, w, bodyH, r);
  ctx.arcTo(w, bodyH, 0, bodyH, r);
  ctx.lineTo(w * 0.4, bodyH);
  ctx.lineTo(w * 0.16, h);
  ctx.lineTo(w * 0.22, bodyH);
  ctx.arcTo(0, bodyH, 0, 0, r);
  ctx.arcTo(0, 0, w, 0, r);
  ctx.closePath();
}

/** A filled arrow pointing right: shaft 35% of the height, head as tall as the box. */
export function arrowPath(ctx: Ctx, w: number, h: number): void {
  const head = Math.min(w * 0.5, h * 1.1);
  const shaft = h * 0.35;
  const top = (h - shaft) / 2;
  ctx.beginPath();
  ctx.moveTo(0, top);
  ctx.lineTo(w - head, top);
  ctx.lineTo(w - head, 0);
  ctx.lineTo(w, h / 2);
  ctx.lineTo(w - head, h);
  ctx.lineTo(w - head, top + shaft);
  ctx.lineTo(0, top + shaft);
  ctx.closePath();
}

/** A line across the middle; its thickness is the box height (drawn as a round-capped stroke). */
export function linePath(ctx: Ctx, w: number, h: number): void {
  ctx.beginPath();
  ctx.moveTo(Math.min(h / 2, w / 2), h / 2);
  ctx.lineTo(Math.max(w - h / 2, w / 2), h / 2);
}
