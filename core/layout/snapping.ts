// Snapping of a moving box to the canvas, to other elements' edges and centers, and to equal
// spacing between neighbours. Pure. The canvas prepares an index of the other elements once per
// drag (prepareSnapTargets) and calls snapMove on every pointer move, so a move costs a few binary
// searches and one pass for the spacing row, not a scan of every edge of every element.
import type { Rect } from './geometry';

export type GuideKind = 'edge' | 'center' | 'canvas' | 'spacing';

/** A line to draw: vertical guides (axis 'x') have a fixed x (`pos`) and span `from`..`to` along y. */
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

type Axis = 'x' | 'y';
interface Line {
  pos: number;
  kind: GuideKind;
  ref?: Rect;
}
interface AxisIndex {
  edges: Line[];
  centers: Line[];
  /** Targets ordered by their start along the axis (for the spacing row). */
  ordered: Rect[];
}
export interface SnapIndex {
  x: AxisIndex;
  y: AxisIndex;
}

const lo = (r: Rect, axis: Axis) => (axis === 'x' ? r.x : r.y);
const size = (r: Rect, axis: Axis) => (axis === 'x' ? r.width : r.height);
const hi = (r: Rect, axis: Axis) => lo(r, axis) + size(r, axis);
const mid = (r: Rect, axis: Axis) => lo(r, axis) + size(r, axis) / 2;
const other = (axis: Axis): Axis => (axis === 'x' ? 'y' : 'x');
const byPos = (a: Line, b: Line) => a.pos - b.pos;

function indexAxis(targets: readonly Rect[], axis: Axis): AxisIndex {
  const edges: Line[] = [];
  const centers: Line[] = [];
  for (const t of targets) {
    edges.push({ pos: lo(t, axis), kind: 'edge', ref: t }, { pos: hi(t, axis), kind: 'edge', ref: t });
    centers.push({ pos: mid(t, axis), kind: 'center', ref: t });
  }
  return { edges: edges.sort(byPos), centers: centers.sort(byPos), ordered: [...targets].sort((a, b) => lo(a, axis) - lo(b, axis)) };
}

/** Indexes the boxes a drag may snap to; build once when the drag starts. */
export function prepareSnapTargets(targets: readonly Rect[]): SnapIndex {
  return { x: indexAxis(targets, 'x'), y: indexAxis(targets, 'y') };
}

/** First index whose pos is >= value. */
function lowerBound(lines: readonly Line[], value: number): number {
  let a = 0;
  let b = lines.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (lines[m]!.pos < value) a = m + 1;
    else b = m;
  }
  return a;
}

interface Candidate {
  delta: number;
  line: Line;
  spacing?: SpacingMark;
}

/** Every candidate along one axis within the threshold. */
function candidates(moving: Rect, index: AxisIndex, axis: Axis, opts: SnapOptions): Candidate[] {
  const th = opts.threshold;
  const out: Candidate[] = [];
  const m = [lo(moving, axis), mid(moving, axis), hi(moving, axis)];
  const canvasSize = axis === 'x' ? opts.canvas.width : opts.canvas.height;
  [0, canvasSize / 2, canvasSize].forEach((pos, i) => {
    const d = pos - m[i]!;
    if (Math.abs(d) <= th) out.push({ delta: d, line: { pos, kind: 'canvas' } });
  });
  for (const [j, v] of m.entries()) {
    const lines = j === 1 ? index.centers : index.edges;
    for (let k = lowerBound(lines, v - th); k < lines.length && lines[k]!.pos <= v + th; k++) out.push({ delta: lines[k]!.pos - v, line: lines[k]! });
  }
  // Equal spacing with neighbours in the same row (x) or column (y).
  const o = other(axis);
  const row = index.ordered.filter((t) => lo(t, o) < hi(moving, o) && lo(moving, o) < hi(t, o));
  const at = (r: Rect) => mid(r, o);
  const spaced = (pos: number, delta: number, gaps: SpacingMark['gaps']) => {
    if (Math.abs(delta) <= th) out.push({ delta, line: { pos, kind: 'spacing' }, spacing: { axis, gaps } });
  };
  for (let i = 0; i + 1 < row.length; i++) {
    const a = row[i]!;
    const b = row[i + 1]!;
    const gap = lo(b, axis) - hi(a, axis);
    if (gap <= 0) continue;
    // After b, before a, or centered between them.
    const after = hi(b, axis) + gap;
    spaced(after, after - lo(moving, axis), [
      { start: hi(a, axis), end: lo(b, axis), at: at(a) },
      { start: hi(b, axis), end: after, at: at(b) },
    ]);
    const before = lo(a, axis) - gap;
    spaced(before, before - hi(moving, axis), [
      { start: before, end: lo(a, axis), at: at(a) },
      { start: hi(a, axis), end: lo(b, axis), at: at(b) },
    ]);
    const inner = gap - size(moving, axis);
    if (inner > 0) {
      const start = hi(a, axis) + inner / 2;
      spaced(start, start - lo(moving, axis), [
        { start: hi(a, axis), end: start, at: at(a) },
        { start: start + size(moving, axis), end: lo(b, axis), at: at(b) },
      ]);
    }
  }
  return out;
}

/** The closest candidate, and every other one that lines up (within half a pixel) once snapped. */
function best(list: readonly Candidate[]): { delta: number; aligned: Candidate[] } | null {
  if (!list.length) return null;
  let top = list[0]!;
  for (const c of list) if (Math.abs(c.delta) < Math.abs(top.delta) - 1e-9) top = c;
  return { delta: top.delta, aligned: list.filter((c) => Math.abs(c.delta - top.delta) <= 0.5) };
}

/** Where a box dragged to `moving` should land, and the guides that explain why. */
export function snapMove(moving: Rect, targets: readonly Rect[] | SnapIndex, opts: SnapOptions): SnapResult {
  const index = Array.isArray(targets) ? prepareSnapTargets(targets) : (targets as SnapIndex);
  const result: SnapResult = { dx: 0, dy: 0, guides: [], spacing: [] };
  const found = { x: best(candidates(moving, index.x, 'x', opts)), y: best(candidates(moving, index.y, 'y', opts)) };
  if (!found.x && !found.y) return result;
  result.dx = found.x?.delta ?? 0;
  result.dy = found.y?.delta ?? 0;
  const snapped = { ...moving, x: moving.x + result.dx, y: moving.y + result.dy };
  for (const axis of ['x', 'y'] as const) {
    const f = found[axis];
    if (!f) continue;
    const spacing = f.aligned.find((c) => c.spacing)?.spacing;
    if (spacing) result.spacing.push(spacing);
    // Guides span the snapped box and whatever it lines up with.
    const across = other(axis);
    const seen = new Set<string>();
    for (const { line } of f.aligned) {
      if (line.kind === 'spacing') continue;
      const from = line.ref ? Math.min(lo(line.ref, across), lo(snapped, across)) : 0;
      const to = line.ref ? Math.max(hi(line.ref, across), hi(snapped, across)) : across === 'x' ? opts.canvas.width : opts.canvas.height;
      const key = `${line.pos}:${line.kind}`;
      const prev = result.guides.find((g) => g.axis === axis && `${g.pos}:${g.kind}` === key);
      if (prev) {
        prev.from = Math.min(prev.from, from);
        prev.to = Math.max(prev.to, to);
      } else if (!seen.has(key)) {
        seen.add(key);
        result.guides.push({ axis, pos: line.pos, from, to, kind: line.kind });
      }
    }
  }
  return result;
}
