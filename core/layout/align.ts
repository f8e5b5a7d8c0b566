// Align and distribute: pure functions returning how far each box should move. Callers apply the
// deltas through the design store so locks are honoured.
import type { Rect } from './geometry';
import { unionRects } from './geometry';

export type AlignMode = 'left' | 'hcenter' | 'right' | 'top' | 'vcenter' | 'bottom';

export interface Delta {
  dx: number;
  dy: number;
}

/**
 * Aligns boxes to each other's joint bounds, or to `reference` (e.g. the canvas) when given.
 * A single box with no reference does not move.
 */
export function alignDeltas(rects: readonly Rect[], mode: AlignMode, reference?: Rect): Delta[] {
  if (!rects.length) return [];
  const ref = reference ?? unionRects(rects);
  return rects.map((r) => {
    switch (mode) {
      case 'left':
        return { dx: ref.x - r.x, dy: 0 };
      case 'hcenter':
        return { dx: ref.x + ref.width / 2 - (r.x + r.width / 2), dy: 0 };
      case 'right':
        return { dx: ref.x + ref.width - (r.x + r.width), dy: 0 };
      case 'top':
        return { dx: 0, dy: ref.y - r.y };
      case 'vcenter':
        return { dx: 0, dy: ref.y + ref.height / 2 - (r.y + r.height / 2) };
      case 'bottom':
        return { dx: 0, dy: ref.y + ref.height - (r.y + r.height) };
    }
  });
}

/**
 * Spreads boxes so the gaps between neighbours are equal, keeping the first and last (by
 * position along the axis) in place. Needs three or more boxes; fewer do not move.
 * Deltas come back in the input order.
 */
export function distributeDeltas(rects: readonly Rect[], axis: 'x' | 'y'): Delta[] {
  const deltas: Delta[] = rects.map(() => ({ dx: 0, dy: 0 }));
  if (rects.length < 3) return deltas;
  const pos = (r: Rect) => (axis === 'x' ? r.x : r.y);
  const len = (r: Rect) => (axis === 'x' ? r.width : r.height);
  const order = rects.map((r, i) => ({ r, i })).sort((a, b) => pos(a.r) - pos(b.r) || a.i - b.i);
  const first = order[0]!.r;
  const last = order.at(-1)!.r;
  const span = pos(last) + len(last) - pos(first);
  const total = order.reduce((sum, o) => sum + len(o.r), 0);
  const gap = (span - total) / (order.length - 1);
  let cursor = pos(first);
  for (const { r, i } of order) {
    const d = cursor - pos(r);
    deltas[i] = axis === 'x' ? { dx: d, dy: 0 } : { dx: 0, dy: d };
    cursor += len(r) + gap;
  }
  return deltas;
}
