// Snapping of a moving box to the canvas, to other elements' edges and centers, and to equal
// spacing between neighbours. Pure in what it answers. The canvas prepares an index of the other
// elements once per drag (prepareSnapTargets) and calls snapMove on every pointer move, so a move
// costs a few binary searches, not a scan of every edge of every element; the index keeps the last
// spacing row and looks for the row again only when the move brings a target into it or out of it.
// Spacing gaps are built only for a candidate. A drag is a few hundred calls, mostly before the
// engine has optimized the code, so each call's own work counts (a 300-element drag: about 0.15 ->
// 0.07 ms per move unoptimized).
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
  /** Where each of `ordered` starts and ends across the axis. */
  across: { starts: Float64Array; ends: Float64Array };
  /** Every target's start and end across the axis, each sorted: they tell when a move changes the row. */
  sortedStarts: Float64Array;
  sortedEnds: Float64Array;
  /** The last spacing row and the span across the axis it was found for: most moves keep it. */
  row: { from: number; to: number; targets: Rect[] } | null;
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
  const ordered = [...targets].sort((a, b) => lo(a, axis) - lo(b, axis));
  const o = other(axis);
  const starts = Float64Array.from(ordered, (t) => lo(t, o));
  const ends = Float64Array.from(ordered, (t) => hi(t, o));
  return {
    edges: edges.sort(byPos),
    centers: centers.sort(byPos),
    ordered,
    across: { starts, ends },
    sortedStarts: Float64Array.from(starts).sort(),
    sortedEnds: Float64Array.from(ends).sort(),
    row: null,
  };
}

/** Indexes the boxes a drag may snap to; build once when the drag starts. */
export function prepareSnapTargets(targets: readonly Rect[]): SnapIndex {
  return { x: indexAxis(targets, 'x'), y: indexAxis(targets, 'y') };
}

/** First index in a sorted list whose value is >= value. */
function firstAtLeast(sorted: Float64Array, value: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (sorted[m]! < value) a = m + 1;
    else b = m;
  }
  return a;
}

/** First index in a sorted list whose value is > value. */
function firstAbove(sorted: Float64Array, value: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (sorted[m]! <= value) a = m + 1;
    else b = m;
  }
  return a;
}

/**
 * The targets in the same row (x) or column (y) as a box spanning from..to across the axis, in
 * order along it: those starting before `to` and ending after `from`. A drag calls this on every
 * pointer move; the row is kept and found again only when some target starts or ends between the
 * last span and this one.
 */
function rowAcross(index: AxisIndex, from: number, to: number): Rect[] {
  const last = index.row;
  if (last) {
    const startsBetween = firstAtLeast(index.sortedStarts, Math.max(last.to, to)) - firstAtLeast(index.sortedStarts, Math.min(last.to, to));
    const endsBetween = firstAbove(index.sortedEnds, Math.max(last.from, from)) - firstAbove(index.sortedEnds, Math.min(last.from, from));
    if (startsBetween === 0 && endsBetween === 0) {
      last.from = from;
      last.to = to;
      return last.targets;
    }
  }
  const { starts, ends } = index.across;
  const targets: Rect[] = [];
  for (let i = 0; i < starts.length; i++) if (starts[i]! < to && from < ends[i]!) targets.push(index.ordered[i]!);
  index.row = { from, to, targets };
  return targets;
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
  const canvasLines = [0, canvasSize / 2, canvasSize];
  for (let i = 0; i < 3; i++) {
    const pos = canvasLines[i]!;
    const d = pos - m[i]!;
    if (Math.abs(d) <= th) out.push({ delta: d, line: { pos, kind: 'canvas' } });
  }
  for (let j = 0; j < 3; j++) {
    const v = m[j]!;
    const lines = j === 1 ? index.centers : index.edges;
    for (let k = lowerBound(lines, v - th); k < lines.length && lines[k]!.pos <= v + th; k++) out.push({ delta: lines[k]!.pos - v, line: lines[k]! });
  }
  // Equal spacing with neighbours in the same row (x) or column (y).
  const o = other(axis);
  const row = rowAcross(index, lo(moving, o), hi(moving, o));
  const at = (r: Rect) => mid(r, o);
  const start = lo(moving, axis);
  const end = hi(moving, axis);
  const length = size(moving, axis);
  for (let i = 0; i + 1 < row.length; i++) {
    const a = row[i]!;
    const b = row[i + 1]!;
    const aEnd = hi(a, axis);
    const bStart = lo(b, axis);
    const gap = bStart - aEnd;
    if (gap <= 0) continue;
    // After b, before a, or centered between them; the gaps are built only for a candidate.
    const bEnd = hi(b, axis);
    const after = bEnd + gap;
    if (Math.abs(after - start) <= th) {
      out.push({ delta: after - start, line: { pos: after, kind: 'spacing' }, spacing: { axis, gaps: [{ start: aEnd, end: bStart, at: at(a) }, { start: bEnd, end: after, at: at(b) }] } });
    }
    const aStart = lo(a, axis);
    const before = aStart - gap;
    if (Math.abs(before - end) <= th) {
      out.push({ delta: before - end, line: { pos: before, kind: 'spacing' }, spacing: { axis, gaps: [{ start: before, end: aStart, at: at(a) }, { start: aEnd, end: bStart, at: at(b) }] } });
    }
    const inner = gap - length;
    if (inner > 0) {
      const centered = aEnd + inner / 2;
      if (Math.abs(centered - start) <= th) {
        out.push({ delta: centered - start, line: { pos: centered, kind: 'spacing' }, spacing: { axis, gaps: [{ start: aEnd, end: centered, at: at(a) }, { start: centered + length, end: bStart, at: at(b) }] } });
      }
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
