// Snapping of a moving box to the canvas, to other elements' edges and centers, and to equal
// spacing between neighbours. Pure: the canvas calls it on every drag move and draws the guides.
import type { Rect } from './geometry';

export type GuideKind = 'edge' | 'center' | 'canvas' | 'spacing';

/** A line to draw: vertical guides have a fixed x (`pos`) and span `from`..`to` along y. */
export interface Guide {
  axis: 'x' | 'y';
  pos: number;
  from: number;
  to: number;
  kind: GuideKind;
}

/** Equal-spacing marker: the gaps (along `axis`) that became equal, each [start, end] at `at`. */
export interface SpacingMark {
  axis: 'x' | 'y';
  gaps: { start: number; end: number; at: number }[];
}

export interface SnapResult {
  dx: number;
  dy: number;
  guides: Guide[];
  spacing: SpacingMark[];
}

export interface SnapOptions {
  /** Distance in design pixels within which a candidate attracts (divide screen px by zoom). */
  threshold: number;
  canvas: { width: number; height: number };
}

interface Candidate {
  delta: number;
  lines: { pos: number; kind: GuideKind; ref?: Rect }[];
  spacing?: SpacingMark;
}

const lo = (r: Rect, axis: 'x' | 'y') => (axis === 'x' ? r.x : r.y);
const size = (r: Rect, axis: 'x' | 'y') => (axis === 'x' ? r.width : r.height);
const hi = (r: Rect, axis: 'x' | 'y') => lo(r, axis) + size(r, axis);
const other = (axis: 'x' | 'y'): 'x' | 'y' => (axis === 'x' ? 'y' : 'x');

function overlapsAcross(a: Rect, b: Rect, axis: 'x' | 'y'): boolean {
  const o = other(axis);
  return lo(a, o) < hi(b, o) && lo(b, o) < hi(a, o);
}

/** Best snap along one axis, or null when nothing is within the threshold. */
function snapAxis(moving: Rect, targets: readonly Rect[], axis: 'x' | 'y', opts: SnapOptions): Candidate | null {
  const m = [lo(moving, axis), lo(moving, axis) + size(moving, axis) / 2, hi(moving, axis)];
  const canvasSize = axis === 'x' ? opts.canvas.width : opts.canvas.height;
  let best: Candidate | null = null;
  const consider = (delta: number, line: Candidate['lines'][number], spacing?: SpacingMark) => {
    if (Math.abs(delta) > opts.threshold) return;
    if (!best || Math.abs(delta) < Math.abs(best.delta) - 1e-9) best = { delta, lines: [line], spacing };
    else if (Math.abs(delta - best.delta) < 1e-9) {
      best.lines.push(line);
      if (spacing && !best.spacing) best.spacing = spacing;
    }
  };
  for (const [i, pos] of [0, canvasSize / 2, canvasSize].entries()) {
    for (const [j, v] of m.entries()) if (i === j || (i === 1 && j === 1)) consider(pos - v, { pos, kind: 'canvas' });
  }
  for (const t of targets) {
    const tv = [lo(t, axis), lo(t, axis) + size(t, axis) / 2, hi(t, axis)];
    for (const [i, pos] of tv.entries()) {
      for (const [j, v] of m.entries()) {
        if ((i === 1) !== (j === 1)) continue; // centers to centers, edges to edges
        consider(pos - v, { pos, kind: i === 1 ? 'center' : 'edge', ref: t });
      }
    }
  }
  // Equal spacing with neighbours in the same row (x) or column (y).
  const row = targets.filter((t) => overlapsAcross(t, moving, axis)).sort((a, b) => lo(a, axis) - lo(b, axis));
  for (let i = 0; i + 1 < row.length; i++) {
    const a = row[i]!;
    const b = row[i + 1]!;
    const gap = lo(b, axis) - hi(a, axis);
    if (gap <= 0) continue;
    const at = (r: Rect) => lo(r, other(axis)) + size(r, other(axis)) / 2;
    // After b, before a, or centered between them.
    const afterPos = hi(b, axis) + gap;
    consider(afterPos - lo(moving, axis), { pos: afterPos, kind: 'spacing' }, {
      axis,
      gaps: [
        { start: hi(a, axis), end: lo(b, axis), at: at(a) },
        { start: hi(b, axis), end: afterPos, at: at(b) },
      ],
    });
    const beforePos = lo(a, axis) - gap;
    consider(beforePos - hi(moving, axis), { pos: beforePos, kind: 'spacing' }, {
      axis,
      gaps: [
        { start: beforePos, end: lo(a, axis), at: at(a) },
        { start: hi(a, axis), end: lo(b, axis), at: at(b) },
      ],
    });
    const inner = gap - size(moving, axis);
    if (inner > 0) {
      const start = hi(a, axis) + inner / 2;
      consider(start - lo(moving, axis), { pos: start, kind: 'spacing' }, {
        axis,
        gaps: [
          { start: hi(a, axis), end: start, at: at(a) },
          { start: start + size(moving, axis), end: lo(b, axis), at: at(b) },
        ],
      });
    }
  }
  return best;
}

/** Where a box dragged to `moving` should land, and the guides that explain why. */
export function snapMove(moving: Rect, targets: readonly Rect[], opts: SnapOptions): SnapResult {
  const result: SnapResult = { dx: 0, dy: 0, guides: [], spacing: [] };
  let snappedAny = false;
  for (const axis of ['x', 'y'] as const) {
    const best = snapAxis(moving, targets, axis, opts);
    if (!best) continue;
    snappedAny = true;
    if (axis === 'x') result.dx = best.delta;
    else result.dy = best.delta;
    if (best.spacing) result.spacing.push(best.spacing);
  }
  // Nothing within reach: no guides either (this runs on every pointer move).
  if (!snappedAny) return result;
  // Guides span the snapped box and whatever it lines up with, computed after both axes moved.
  const snapped = { ...moving, x: moving.x + result.dx, y: moving.y + result.dy };
  for (const axis of ['x', 'y'] as const) {
    const best = snapAxis(snapped, targets, axis, { ...opts, threshold: 0.5 });
    if (!best) continue;
    const across = other(axis);
    for (const line of best.lines) {
      if (line.kind === 'spacing') continue;
      const canvasAcross = across === 'x' ? opts.canvas.width : opts.canvas.height;
      const from = line.ref ? Math.min(lo(line.ref, across), lo(snapped, across)) : 0;
      const to = line.ref ? Math.max(hi(line.ref, across), hi(snapped, across)) : canvasAcross;
      result.guides.push({ axis: axis === 'x' ? 'x' : 'y', pos: line.pos, from, to, kind: line.kind });
    }
  }
  return result;
}
