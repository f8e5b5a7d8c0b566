// Snapping a resize handle: the lines a handle may snap to (the canvas's edges and middle, other
// elements' edges and centers) and the nearest one within the threshold on each axis the handle
// moves. Pure, so the editor's transformer and unit tests share it.
import type { Element } from '../model/schema';
import { elementBounds, type Point } from './geometry';
import type { Guide, GuideKind } from './snapping';

export interface SnapLine {
  pos: number;
  kind: GuideKind;
}

export interface ResizeTargets {
  xs: SnapLine[];
  ys: SnapLine[];
}

/** Lines for a resize of `movingIds` in a design of `width` x `height` (hidden elements excluded). */
export function resizeSnapTargets(elements: readonly Element[], movingIds: ReadonlySet<string>, width: number, height: number): ResizeTargets {
  const xs: SnapLine[] = [0, width / 2, width].map((pos) => ({ pos, kind: 'canvas' as const }));
  const ys: SnapLine[] = [0, height / 2, height].map((pos) => ({ pos, kind: 'canvas' as const }));
  for (const el of elements) {
    if (!el.visible || movingIds.has(el.id)) continue;
    const b = elementBounds(el);
    xs.push({ pos: b.x, kind: 'edge' }, { pos: b.x + b.width / 2, kind: 'center' }, { pos: b.x + b.width, kind: 'edge' });
    ys.push({ pos: b.y, kind: 'edge' }, { pos: b.y + b.height / 2, kind: 'center' }, { pos: b.y + b.height, kind: 'edge' });
  }
  return { xs, ys };
}

function nearest(v: number, lines: readonly SnapLine[], threshold: number): SnapLine | null {
  let best: SnapLine | null = null;
  for (const c of lines) if (Math.abs(c.pos - v) <= threshold && (!best || Math.abs(c.pos - v) < Math.abs(best.pos - v))) best = c;
  return best;
}

export interface ResizeSnap {
  /** The snapped position per axis, or null where nothing was near. */
  x: number | null;
  y: number | null;
  guides: Guide[];
}

/**
 * Snaps the handle named `anchor` (Konva's names: "top-left", "middle-right", ...) at `point`
 * (design pixels): left/right handles snap on x, top/bottom handles on y.
 */
export function snapResizeHandle(point: Point, anchor: string, targets: ResizeTargets, threshold: number, size: { width: number; height: number }): ResizeSnap {
  const sx = /left|right/.test(anchor) ? nearest(point.x, targets.xs, threshold) : null;
  const sy = /top|bottom/.test(anchor) ? nearest(point.y, targets.ys, threshold) : null;
  const guides: Guide[] = [];
  if (sx) guides.push({ axis: 'x', pos: sx.pos, from: 0, to: size.height, kind: sx.kind });
  if (sy) guides.push({ axis: 'y', pos: sy.pos, from: 0, to: size.width, kind: sy.kind });
  return { x: sx?.pos ?? null, y: sy?.pos ?? null, guides };
}
