// Canvas view math: how the design page sits in the viewport.
export const PAGE_MARGIN = 48;

export function fitZoom(viewport: { width: number; height: number }, page: { width: number; height: number }): number {
  const w = Math.max(1, viewport.width - PAGE_MARGIN * 2);
  const h = Math.max(1, viewport.height - PAGE_MARGIN * 2);
  return Math.max(0.02, Math.min(w / page.width, h / page.height));
}

export function pageOffset(viewport: { width: number; height: number }, page: { width: number; height: number }, zoom: number) {
  return { x: Math.round((viewport.width - page.width * zoom) / 2), y: Math.round((viewport.height - page.height * zoom) / 2) };
}

/** Converts a transformed node's scale back into model width/height (the model never stores scale). */
export function bakeScale(node: { width(): number; height(): number; scaleX(): number; scaleY(): number }) {
  return {
    width: Math.max(1, Math.round(node.width() * Math.abs(node.scaleX()))),
    height: Math.max(1, Math.round(node.height() * Math.abs(node.scaleY()))),
  };
}

import type { Point } from '../../core/layout/geometry';

export type { Point };

/**
 * The view after zooming from `scale` to `next` so that the design point under `from` (stage
 * pixels, before) ends up under `to` (after): Ctrl+wheel keeps it under the pointer (from = to);
 * a two-finger pinch also follows the fingers' midpoint. Returns the pan relative to the
 * centered page at the new zoom.
 */
export function zoomAround(
  viewport: { width: number; height: number },
  page: { width: number; height: number },
  offset: Point,
  scale: number,
  next: number,
  from: Point,
  to: Point,
): { zoom: number; pan: Point } {
  const q = { x: (from.x - offset.x) / scale, y: (from.y - offset.y) / scale };
  const base = pageOffset(viewport, page, next);
  return { zoom: next, pan: { x: to.x - q.x * next - base.x, y: to.y - q.y * next - base.y } };
}

/** Zoom factor of a pinch: how far apart the two fingers are now compared to before. */
export function pinchScale(before: [Point, Point], after: [Point, Point]): number {
  const d0 = Math.hypot(before[0].x - before[1].x, before[0].y - before[1].y);
  const d1 = Math.hypot(after[0].x - after[1].x, after[0].y - after[1].y);
  return d0 > 0 ? d1 / d0 : 1;
}

export function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
