// Adapting one design to another size: anchors place and size each element, backgrounds keep
// covering, elements that sat inside the safe zone stay inside it, the hand adjustments saved
// for that size win, and fitted text is re-fitted to its final box.
import Flatbush from 'flatbush';
import { LIMITS, type Anchor, type Design, type Element, type SizeLayout, type TextElement } from '../model/schema';
import { getPreset, PRESETS } from '../presets/data';
import { safeZoneFor, type Size } from '../presets/size';
import type { Preset, Rect, SafeZone } from '../presets/types';
import { isBackground, isBleedPhoto, isSafe, placementIn, pointsInCircle, pointsInRect, polygonOverlapsRect } from './safe-zones';
import { walkElements } from '../model/tree';
import { hasWords } from '../elements/text-content';
import { boundsOfPoints as boundsOf, outlinePoints, type Point } from './geometry';

export class LayoutError extends Error {
  constructor(
    readonly code: 'layout.bad-size',
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'LayoutError';
  }
}

export interface AdaptOptions {
  /** The preset to keep safe zones for when `presetId` is not a built-in (custom sizes). */
  preset?: Preset;
  /**
   * Re-fits text to its final box (core/layout/text-fit applyTextFit with a measurer; in Node,
   * cli/export-node nodeTextRefit). Without it font sizes scale by min(scaleX, scaleY).
   */
  refitText?: (design: Design) => Design;
  /**
   * The height a text element's words need in its box's width at its font size (text-fit's
   * 'grow' layout). Text that would end up smaller than MIN_TEXT_SHARE of the design's smallest
   * text (relative to the shorter side) keeps that size; with this, its box also grows into the
   * free room above and below it.
   */
  textHeight?: (el: TextElement) => number;
}

/** Text is kept at least this share of the design's smallest text, relative to the shorter side (the quality check asks for 0.8). */
export const MIN_TEXT_SHARE = 0.85;

const DEFAULT_ANCHOR: Anchor = { horizontal: 'scale', vertical: 'scale' };

type AxisAnchor = Anchor['horizontal'] | Anchor['vertical'];

/** New start and length on one axis. `fit` is the uniform content scale, `axis` this axis' scale. */
export function placeOnAxis(anchor: AxisAnchor, start: number, length: number, oldSpan: number, newSpan: number, fit: number): { start: number; length: number } {
  const axis = newSpan / oldSpan;
  switch (anchor) {
    case 'scale':
      return { start: start * axis, length: length * axis };
    case 'left':
    case 'top':
      return { start: start * fit, length: length * fit };
    case 'right':
    case 'bottom': {
      const margin = oldSpan - (start + length);
      return { start: newSpan - margin * fit - length * fit, length: length * fit };
    }
    case 'center': {
      const offset = start + length / 2 - oldSpan / 2;
      return { start: newSpan / 2 + offset * fit - (length * fit) / 2, length: length * fit };
    }
    case 'stretch': {
      const before = start * fit;
      const after = (oldSpan - start - length) * fit;
      return { start: before, length: Math.max(0, newSpan - before - after) };
    }
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Scales what an element draws (font, strokes, radii, shadows), not its box; within the schema's bounds. */
function scaleContent<T extends Element>(el: T, k: number): T {
  return k === 1 ? el : (scaleDrawn(el, k) as T);
}

function scaleDrawn(el: Element, k: number): Element {
  switch (el.type) {
    case 'text': {
      const out: TextElement = { ...el, fontSize: clampFont(el.fontSize * k), strokeWidth: clamp(el.strokeWidth * k, 0, 200), letterSpacing: clamp(el.letterSpacing * k, -50, 200) };
      if (el.shadow) out.shadow = { ...el.shadow, blur: clamp(el.shadow.blur * k, 0, 200), offsetX: clamp(el.shadow.offsetX * k, -500, 500), offsetY: clamp(el.shadow.offsetY * k, -500, 500) };
      if (el.highlight) out.highlight = { ...el.highlight, padding: clamp(el.highlight.padding * k, 0, 500), radius: clamp(el.highlight.radius * k, 0, 500) };
      return out;
    }
    case 'shape':
      return { ...el, strokeWidth: clamp(el.strokeWidth * k, 0, 200), cornerRadius: el.cornerRadius * k };
    case 'image':
      return el.cornerRadius === undefined ? el : { ...el, cornerRadius: clamp(el.cornerRadius * k, 0, 10_000) };
    case 'redact':
      return { ...el, strength: clamp(el.strength * k, 1, 500) };
    default:
      return el;
  }
}

function clampFont(size: number): number {
  return clamp(size, 1, 2000);
}

/** Group children follow their group's box proportionally. */
function scaleChildren(children: readonly Element[], kx: number, ky: number): Element[] {
  const k = Math.min(kx, ky);
  return children.map((c) => {
    const moved = { ...c, x: c.x * kx, y: c.y * ky, width: c.width * kx, height: c.height * ky } as Element;
    if (moved.type === 'group') return { ...moved, children: scaleChildren(moved.children, kx, ky) };
    return scaleContent(moved, k);
  });
}

function resize(el: Element, box: Rect, contentScale: number): Element {
  const kx = el.width > 0 ? box.width / el.width : contentScale;
  const ky = el.height > 0 ? box.height / el.height : contentScale;
  const placed = { ...el, x: box.x, y: box.y, width: box.width, height: box.height } as Element;
  if (placed.type === 'group') return { ...placed, children: scaleChildren(placed.children, kx, ky) };
  return scaleContent(placed, contentScale);
}

function translate(el: Element, dx: number, dy: number): Element {
  return dx || dy ? ({ ...el, x: el.x + dx, y: el.y + dy } as Element) : el;
}

/** Scales an element about the center of its (possibly rotated) box. */
function shrinkAboutCenter(el: Element, k: number): Element {
  const a = (el.rotation * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const half = (w: number, h: number): Point => ({ x: (w / 2) * cos - (h / 2) * sin, y: (w / 2) * sin + (h / 2) * cos });
  const h0 = half(el.width, el.height);
  const h1 = half(el.width * k, el.height * k);
  const box = { x: el.x + h0.x - h1.x, y: el.y + h0.y - h1.y, width: el.width * k, height: el.height * k };
  return resize(el, box, k);
}

/** Moves (and if needed shrinks) an element until it is inside the zone's area and circle, clear of overlays if it can be. */
export function keepInside(el: Element, zone: SafeZone): Element {
  let out = el;
  const pts = () => outlinePoints(out);
  // 1. Area: shrink when larger than the area, then slide in.
  let b = boundsOf(pts());
  const area = zone.area;
  if (out.type !== 'group' && (b.width > area.width || b.height > area.height)) {
    out = shrinkAboutCenter(out, Math.min(area.width / b.width, area.height / b.height) * 0.999);
    b = boundsOf(pts());
  }
  const dx = b.x < area.x ? area.x - b.x : b.x + b.width > area.x + area.width ? area.x + area.width - (b.x + b.width) : 0;
  const dy = b.y < area.y ? area.y - b.y : b.y + b.height > area.y + area.height ? area.y + area.height - (b.y + b.height) : 0;
  out = translate(out, dx, dy);
  // 2. Circle: pull toward the center (binary search on the distance), shrink if the center is not enough.
  const circle = zone.circle;
  if (circle && !pointsInCircle(pts(), circle)) {
    const c = boundsOf(pts());
    const off = { x: c.x + c.width / 2 - circle.cx, y: c.y + c.height / 2 - circle.cy };
    const base = out;
    const at = (t: number) => translate(base, -off.x * (1 - t), -off.y * (1 - t));
    if (pointsInCircle(outlinePoints(at(0)), circle)) {
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < 24; i++) {
        const mid = (lo + hi) / 2;
        if (pointsInCircle(outlinePoints(at(mid)), circle)) lo = mid;
        else hi = mid;
      }
      out = at(lo);
    } else if (base.type !== 'group') {
      const centered = at(0);
      const far = Math.max(...outlinePoints(centered).map((p) => Math.hypot(p.x - circle.cx, p.y - circle.cy)));
      out = shrinkAboutCenter(centered, (circle.r / far) * 0.999);
    } else {
      out = at(0);
    }
  }
  // 3. Overlays: the smallest slide that clears them while staying safe otherwise; else leave it.
  const hits = zone.covered.filter((r) => polygonOverlapsRect(pts(), r));
  if (hits.length) {
    const b2 = boundsOf(pts());
    const moves: Point[] = hits.flatMap((r) => [
      { x: r.x - (b2.x + b2.width), y: 0 },
      { x: r.x + r.width - b2.x, y: 0 },
      { x: 0, y: r.y - (b2.y + b2.height) },
      { x: 0, y: r.y + r.height - b2.y },
    ]);
    moves.sort((m1, m2) => Math.hypot(m1.x, m1.y) - Math.hypot(m2.x, m2.y));
    for (const m of moves) {
      const moved = translate(out, m.x, m.y);
      if (isSafe(placementIn(zone, outlinePoints(moved)))) {
        out = moved;
        break;
      }
    }
  }
  return out;
}

function applyOverrides(elements: readonly Element[], layout: SizeLayout, size: Size): Element[] {
  const kx = layout.width ? size.width / layout.width : 1;
  const ky = layout.height ? size.height / layout.height : 1;
  const walk = (list: readonly Element[]): Element[] =>
    list.map((el) => {
      const o = layout.elements[el.id];
      let out: Element = el.type === 'group' ? { ...el, children: walk(el.children) } : el;
      if (o) {
        const box = { x: o.x * kx, y: o.y * ky, width: o.width * kx, height: o.height * ky };
        out = { ...resize(out, box, 1) } as Element;
        if (out.type === 'text' && o.fontSize !== undefined) out = { ...out, fontSize: clampFont(o.fontSize * Math.min(kx, ky)) };
      }
      return out;
    });
  return walk(elements);
}

function checkSize(size: Size): void {
  const ok = (n: number) => Number.isInteger(n) && n >= 1 && n <= LIMITS.maxCanvasSide;
  if (!ok(size.width) || !ok(size.height)) {
    throw new LayoutError('layout.bad-size', `cannot adapt to ${size.width}x${size.height}: sides must be whole numbers from 1 to ${LIMITS.maxCanvasSide}`, {
      width: size.width,
      height: size.height,
      max: LIMITS.maxCanvasSide,
    });
  }
}

/** Elements that may change shape: backgrounds, text boxes (text re-wraps), rectangles and lines (bands), blur boxes, photos drawn with cover or contain (re-cropped, never distorted), and any axis the author set to stretch. Circles, stars, stretched images and groups keep their aspect ratio. */
export function mayStretch(el: Element, width: number, height: number): boolean {
  if (isBackground(el, width, height)) return true;
  if (el.anchor && (el.anchor.horizontal === 'stretch' || el.anchor.vertical === 'stretch')) return true;
  switch (el.type) {
    case 'text':
    case 'redact':
      return true;
    case 'shape':
      return el.shape === 'rect' || el.shape === 'line';
    case 'image':
      return el.fit !== 'stretch';
    default:
      return false;
  }
}

/** What safe zones are about: visible text, logos and photos that are not the background, and groups. */
function isContent(el: Element, width: number, height: number): boolean {
  if (!el.visible || el.opacity <= 0) return false;
  if (el.type === 'text') return hasWords(el);
  return (el.type === 'image' || el.type === 'group') && !isBackground(el, width, height) && !isBleedPhoto(el, width, height);
}

function intersect(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x), height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y) };
}

/**
 * The part of a canvas where content goes: the safe area, inside the circular crop (its inscribed
 * square) and clear of corner overlays (cut off on the side that keeps the most room).
 */
export function contentFrame(zone: SafeZone): Rect {
  let frame: Rect = { ...zone.area };
  if (zone.circle) {
    const half = zone.circle.r / Math.SQRT2;
    frame = intersect(frame, { x: zone.circle.cx - half, y: zone.circle.cy - half, width: 2 * half, height: 2 * half });
  }
  for (const cover of zone.covered) {
    const hit = intersect(frame, cover);
    if (hit.width <= 0 || hit.height <= 0) continue;
    const cuts: Rect[] = [
      { ...frame, width: cover.x - frame.x },
      { ...frame, x: cover.x + cover.width, width: frame.x + frame.width - (cover.x + cover.width) },
      { ...frame, height: cover.y - frame.y },
      { ...frame, y: cover.y + cover.height, height: frame.y + frame.height - (cover.y + cover.height) },
    ].filter((r) => r.width > 0 && r.height > 0);
    if (cuts.length) frame = cuts.reduce((best, r) => (r.width * r.height > best.width * best.height ? r : best));
  }
  return frame;
}

const area = (r: Rect) => r.width * r.height;

/**
 * The frame the design's content was laid out in: the tightest content frame, among the presets
 * of the design's own size, that holds all its content (a story made for Instagram keeps clear of
 * Instagram's bars), else the whole canvas.
 */
export function designFrame(design: Design): Rect {
  const W = design.width;
  const H = design.height;
  const whole: Rect = { x: 0, y: 0, width: W, height: H };
  const content = design.elements.filter((el) => isContent(el, W, H)).map((el) => outlinePoints(el));
  if (!content.length) return whole;
  let best = whole;
  for (const preset of PRESETS) {
    if (preset.variable || preset.width !== W || preset.height !== H) continue;
    const frame = contentFrame(safeZoneFor(preset, W, H));
    if (area(frame) < area(best) && content.every((pts) => pointsInRect(pts, frame))) best = frame;
  }
  return best;
}

/**
 * Where the design's frame goes at `size`: the size's content frame; on a side where the design
 * drew something beyond its frame (a story's top and bottom blocks), no closer to the edge than
 * the design's own margin there, scaled, so that decoration keeps its room.
 */
function targetFrame(design: Design, from: Rect, zone: SafeZone | null, size: Size): Rect {
  const W = design.width;
  const H = design.height;
  const t = zone ? contentFrame(zone) : { x: 0, y: 0, width: size.width, height: size.height };
  const kx = size.width / W;
  const ky = size.height / H;
  const eps = 0.5;
  const beyond = { left: false, top: false, right: false, bottom: false };
  for (const el of design.elements) {
    if (!el.visible || isBackground(el, W, H)) continue;
    const b = boundsOf(outlinePoints(el));
    beyond.left ||= b.x < from.x - eps && from.x > eps;
    beyond.top ||= b.y < from.y - eps && from.y > eps;
    beyond.right ||= b.x + b.width > from.x + from.width + eps && from.x + from.width < W - eps;
    beyond.bottom ||= b.y + b.height > from.y + from.height + eps && from.y + from.height < H - eps;
  }
  const left = beyond.left ? Math.max(t.x, from.x * kx) : t.x;
  const top = beyond.top ? Math.max(t.y, from.y * ky) : t.y;
  const right = beyond.right ? Math.min(t.x + t.width, (from.x + from.width) * kx) : t.x + t.width;
  const bottom = beyond.bottom ? Math.min(t.y + t.height, (from.y + from.height) * ky) : t.y + t.height;
  return right - left > 1 && bottom - top > 1 ? { x: left, y: top, width: right - left, height: bottom - top } : t;
}

/** An affine map from one frame onto another, one scale per axis. */
interface FrameMap {
  from: Rect;
  to: Rect;
  sx: number;
  sy: number;
}

const mapX = (m: FrameMap, x: number) => m.to.x + (x - m.from.x) * m.sx;
const mapY = (m: FrameMap, y: number) => m.to.y + (y - m.from.y) * m.sy;

/** The center of an element's (possibly rotated) box. */
function centerOf(el: Element): Point {
  const b = boundsOf(outlinePoints(el));
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** The element scaled by `k` (box and what it draws) with its center moved to `center`. */
function placeAt(el: Element, center: Point, k: number): Element {
  const a = (el.rotation * Math.PI) / 180;
  const w = el.width * k;
  const h = el.height * k;
  const half = { x: (w / 2) * Math.cos(a) - (h / 2) * Math.sin(a), y: (w / 2) * Math.sin(a) + (h / 2) * Math.cos(a) };
  return resize(el, { x: center.x - half.x, y: center.y - half.y, width: w, height: h }, k);
}

/** A band along an edge thinner than this share of the page across it is a bar. */
const THIN_BAR = 0.05;

/** The sides of the canvas an element touches (or runs past). */
function touchedEdges(el: Element, W: number, H: number) {
  const eps = 0.5;
  return { left: el.x <= eps, top: el.y <= eps, right: el.x + el.width >= W - eps, bottom: el.y + el.height >= H - eps };
}

/**
 * Automatic placement, for elements the author did not anchor: the design's frame is mapped onto
 * the target's content frame. Boxes that may stretch (text, bands, photos) take the mapped box,
 * and bands that touched a canvas edge still do; everything else keeps its aspect ratio, scaled
 * to fit its mapped box about its mapped center, and what lies inside such an element (a number
 * in its circle) moves and scales with it. Text scales with the square root of the frame's area
 * change, so its share of the canvas stays close to the design's.
 */
function placeAutomatically(el: Element, map: FrameMap, containers: ReadonlyMap<string, { from: Point; to: Point; k: number }>, W: number, H: number, size: Size): Element {
  const attached = containers.get(el.id);
  if (attached) {
    const c = centerOf(el);
    return placeAt(el, { x: attached.to.x + (c.x - attached.from.x) * attached.k, y: attached.to.y + (c.y - attached.from.y) * attached.k }, attached.k);
  }
  const content = Math.sqrt(map.sx * map.sy);
  if (el.rotation % 360 !== 0 || !mayStretch(el, W, H)) {
    const c = centerOf(el);
    return placeAt(el, { x: mapX(map, c.x), y: mapY(map, c.y) }, Math.min(map.sx, map.sy));
  }
  const box: Rect = { x: mapX(map, el.x), y: mapY(map, el.y), width: el.width * map.sx, height: el.height * map.sy };
  if (el.type !== 'text') {
    const edge = touchedEdges(el, W, H);
    const right = box.x + box.width;
    const bottom = box.y + box.height;
    // A band that ran past an edge still does; one that ended at it ends at the new edge.
    if (edge.left) box.x = el.x < 0 ? Math.min(box.x, 0) : 0;
    if (edge.top) box.y = el.y < 0 ? Math.min(box.y, 0) : 0;
    box.width = (edge.right ? (el.x + el.width > W ? Math.max(right, size.width) : size.width) : right) - box.x;
    box.height = (edge.bottom ? (el.y + el.height > H ? Math.max(bottom, size.height) : size.height) : bottom) - box.y;
    // A thin bar along one edge (an accent rule, a top strip) stays thin: it keeps to its edge
    // with its own thickness scaled like the content, instead of growing over the margin.
    const bar = (thickness: number, span: number) => thickness < THIN_BAR * span;
    if (bar(el.width, W) && edge.left !== edge.right) {
      box.width = el.width * content;
      box.x = edge.left ? Math.min(0, el.x * content) : size.width - box.width + Math.max(0, (el.x + el.width - W) * content);
    }
    if (bar(el.height, H) && edge.top !== edge.bottom) {
      box.height = el.height * content;
      box.y = edge.top ? Math.min(0, el.y * content) : size.height - box.height + Math.max(0, (el.y + el.height - H) * content);
    }
  }
  return resize(el, box, el.type === 'text' ? content : Math.min(content, Math.max(map.sx, map.sy)));
}

/** For each element that lies inside a shape-keeping element (a number in its circle), that element's similarity transform. */
function containerMoves(elements: readonly Element[], map: FrameMap, W: number, H: number): Map<string, { from: Point; to: Point; k: number }> {
  const moves = new Map<string, { from: Point; to: Point; k: number }>();
  const keepers = elements.flatMap((el, i) => (!el.anchor && !isBackground(el, W, H) && (el.rotation % 360 !== 0 || !mayStretch(el, W, H)) ? [i] : []));
  if (!keepers.length) return moves;
  // Bounds once per element and the keepers in a spatial index: this runs for every size of
  // every export, on designs of 1,000 elements.
  const bounds = elements.map((el) => boundsOf(outlinePoints(el)));
  const index = new Flatbush(keepers.length);
  for (const c of keepers) {
    const b = bounds[c]!;
    index.add(b.x, b.y, b.x + b.width, b.y + b.height);
  }
  index.finish();
  elements.forEach((el, i) => {
    if (el.anchor || isBackground(el, W, H)) return;
    const b = bounds[i]!;
    let best = -1;
    // Keepers in design order, as the choice among equal areas goes to the first.
    const candidates = index.search(b.x, b.y, b.x + b.width, b.y + b.height).map((k) => keepers[k]!).sort((p, q) => p - q);
    for (const c of candidates) {
      if (c === i || area(elements[c]!) < area(el) || !rectInRect(b, bounds[c]!)) continue;
      if (best < 0 || area(elements[c]!) < area(elements[best]!)) best = c;
    }
    const inside = best >= 0 ? elements[best]! : null;
    if (!inside || inside.rotation % 360 !== 0) return;
    const from = centerOf(inside);
    moves.set(el.id, { from, to: { x: mapX(map, from.x), y: mapY(map, from.y) }, k: Math.min(map.sx, map.sy) });
  });
  return moves;
}

/** `inner` lies in `outer`, with the half pixel of slack safe-zone checks allow. */
function rectInRect(inner: Rect, outer: Rect): boolean {
  const eps = 0.5;
  return inner.x >= outer.x - eps && inner.y >= outer.y - eps && inner.x + inner.width <= outer.x + outer.width + eps && inner.y + inner.height <= outer.y + outer.height + eps;
}

/** The design's smallest visible font size relative to its shorter side; null without text. */
export function smallestTextShare(design: Design): number | null {
  let smallest = Infinity;
  for (const { element } of walkElements(design.elements)) {
    if (element.type === 'text' && element.visible) smallest = Math.min(smallest, element.fontSize / Math.min(design.width, design.height));
  }
  return Number.isFinite(smallest) ? smallest : null;
}

/**
 * Keeps automatically placed text at least at `floor` px: a box too short for its words at that
 * size grows into the free room above and below it (within `frame`, clear of elements it did not
 * overlap in the design), following its vertical alignment; a chip or button drawn behind it
 * grows with it.
 */
function giveTextRoom(placed: Element[], design: Design, frame: Rect, floor: number, skip: ReadonlySet<string>, textHeight?: (el: TextElement) => number): Element[] {
  const W = design.width;
  const H = design.height;
  const out = [...placed];
  // Boxes as plain numbers, four per element (left, top, right, bottom), the placed ones kept
  // current as boxes grow: the search below runs texts x elements for every size of every export.
  const flat = (elements: readonly Element[]) => {
    const edges = new Float64Array(elements.length * 4);
    elements.forEach((el, k) => setEdges(edges, k, el));
    return edges;
  };
  const setEdges = (edges: Float64Array, k: number, el: Element) => {
    const b = boundsOf(outlinePoints(el));
    edges[4 * k] = b.x;
    edges[4 * k + 1] = b.y;
    edges[4 * k + 2] = b.x + b.width;
    edges[4 * k + 3] = b.y + b.height;
  };
  // Whether element a's and element b's boxes share more than half a pixel across, and down.
  const sharesColumns = (p: Float64Array, a: number, q: Float64Array, b: number) => Math.min(p[4 * a + 2]!, q[4 * b + 2]!) - Math.max(p[4 * a]!, q[4 * b]!) > 0.5;
  const sharesRows = (p: Float64Array, a: number, q: Float64Array, b: number) => Math.min(p[4 * a + 3]!, q[4 * b + 3]!) - Math.max(p[4 * a + 1]!, q[4 * b + 1]!) > 0.5;
  // The boxes, and which elements may back or block a text, made when the first text needs room:
  // at most sizes every text fits and none of it is needed. Until then only font sizes change in
  // `out`, not boxes, so the placed boxes are the same made then as made now.
  let room: { orig: Float64Array; now: Float64Array; shapes: number[]; blockers: number[] } | null = null;
  const roomToGrow = () => {
    if (room) return room;
    const background = design.elements.map((el) => isBackground(el, W, H));
    // Indices, ascending, of what may back a text (shapes) and of what blocks one from growing.
    const shapes: number[] = [];
    const blockers: number[] = [];
    design.elements.forEach((el, j) => {
      if (el.type === 'shape' && !background[j]) shapes.push(j);
      if (el.visible && !background[j]) blockers.push(j);
    });
    room = { orig: flat(design.elements), now: flat(out), shapes, blockers };
    return room;
  };
  for (let i = 0; i < out.length; i++) {
    const el = out[i]!;
    const before = design.elements[i]!;
    if (el.type !== 'text' || el.rotation % 360 !== 0 || skip.has(el.id) || !el.visible) continue;
    const sized: TextElement = el.fontSize < floor ? { ...el, fontSize: floor } : el;
    // A little over the exact height: the re-fit steps font sizes by half a pixel.
    const need = textHeight ? textHeight(sized) * 1.04 : 0;
    if (need <= el.height) {
      out[i] = sized;
      continue;
    }
    const { orig, now, shapes, blockers } = roomToGrow();
    // Element a's design box lies in element b's, with the half pixel of slack of rectInRect.
    const inside = (a: number, b: number) =>
      orig[4 * a]! >= orig[4 * b]! - 0.5 && orig[4 * a + 1]! >= orig[4 * b + 1]! - 0.5 && orig[4 * a + 2]! <= orig[4 * b + 2]! + 0.5 && orig[4 * a + 3]! <= orig[4 * b + 3]! + 0.5;
    // A shape drawn behind just this text (a chip, a button) grows with it.
    const backer = shapes.find((j) => j !== i && inside(i, j) && design.elements[j]!.height <= before.height * 1.6) ?? -1;
    let top = frame.y;
    let bottom = frame.y + frame.height;
    const boxTop = now[4 * i + 1]!;
    const boxBottom = now[4 * i + 3]!;
    for (const j of blockers) {
      // Columns first: most elements share none with this text, and that test is the cheapest.
      if (!sharesColumns(now, j, now, i) || j === i || j === backer || (sharesColumns(orig, i, orig, j) && sharesRows(orig, i, orig, j))) continue;
      if (now[4 * j + 3]! <= boxTop + 0.5) top = Math.max(top, now[4 * j + 3]!);
      else if (now[4 * j + 1]! >= boxBottom - 0.5) bottom = Math.min(bottom, now[4 * j + 1]!);
    }
    const extra = Math.min(need - el.height, Math.max(0, el.y - top) + Math.max(0, bottom - (el.y + el.height)));
    const roomUp = Math.max(0, el.y - top);
    const roomDown = Math.max(0, bottom - (el.y + el.height));
    const wantUp = el.verticalAlign === 'bottom' ? extra : el.verticalAlign === 'middle' ? extra / 2 : 0;
    let up = Math.min(roomUp, wantUp);
    const down = Math.min(roomDown, extra - up);
    up = Math.min(roomUp, extra - down);
    out[i] = { ...sized, y: el.y - up, height: el.height + up + down };
    setEdges(now, i, out[i]!);
    if (backer >= 0) {
      const b = out[backer]!;
      out[backer] = { ...b, y: b.y - up, height: b.height + up + down } as Element;
      setEdges(now, backer, out[backer]!);
    }
  }
  return out;
}

const isAnchored = (el: Element) => !!el.anchor && (el.anchor.horizontal !== 'scale' || el.anchor.vertical !== 'scale');

/**
 * The design at another size. Backgrounds stretch to keep covering. Elements the author anchored
 * follow their anchors and, if they were inside the preset's safe zone, stay inside it. All other
 * elements are placed automatically (placeAutomatically): the design's frame onto the size's
 * content frame, aspect ratios kept where they matter, text scaled with the area; content that
 * still lands outside the safe zone is moved in, and what started on the canvas stays on it.
 * Then the hand adjustments saved for `presetId` win, and text is re-fitted. The input is not
 * modified.
 */
export function adaptDesign(design: Design, size: Size, presetId?: string, options: AdaptOptions = {}): Design {
  checkSize(size);
  const W = design.width;
  const H = design.height;
  const fit = Math.min(size.width / W, size.height / H);
  const preset = options.preset ?? (presetId ? getPreset(presetId) : undefined);
  const target = preset ? safeZoneFor(preset, size.width, size.height) : null;
  const source = preset ? safeZoneFor(preset, W, H) : null;
  const canvas: SafeZone = { area: { x: 0, y: 0, width: size.width, height: size.height }, covered: [] };

  const from = designFrame(design);
  const sameSize = size.width === W && size.height === H;
  const alreadySafe = !target || design.elements.every((el) => !isContent(el, W, H) || isAnchored(el) || isSafe(placementIn(target, outlinePoints(el))));
  // At the design's own size the author's layout stays: exactly, when its content is already
  // clear of the platform's bars; else only what is under them moves (below), unless the design
  // was laid out in another platform's safe area of this size (a Facebook story exported for
  // Instagram), whose frame then maps onto this one's.
  const whole = from.x <= 0 && from.y <= 0 && from.width >= W && from.height >= H;
  const to = sameSize && (alreadySafe || whole) ? from : targetFrame(design, from, target, size);
  const map: FrameMap = { from, to, sx: to.width / from.width, sy: to.height / from.height };
  // Under the identity map (the design's own size, nothing to move) nothing needs a container's move.
  const containers = to === from ? new Map<string, { from: Point; to: Point; k: number }>() : containerMoves(design.elements, map, W, H);

  const elements = design.elements.map((el) => {
    if (isBackground(el, W, H)) {
      return resize(el, { x: el.x * (size.width / W), y: el.y * (size.height / H), width: el.width * (size.width / W), height: el.height * (size.height / H) }, fit);
    }
    if (isAnchored(el)) {
      const anchor = el.anchor ?? DEFAULT_ANCHOR;
      const h = placeOnAxis(anchor.horizontal, el.x, el.width, W, size.width, fit);
      const v = placeOnAxis(anchor.vertical, el.y, el.height, H, size.height, fit);
      let out = resize(el, { x: h.start, y: v.start, width: h.length, height: v.length }, fit);
      if (target && source && isSafe(placementIn(source, outlinePoints(el))) && !isSafe(placementIn(target, outlinePoints(out)))) {
        out = keepInside(out, target);
      }
      return out;
    }
    let out = placeAutomatically(el, map, containers, W, H, size);
    if (target && isContent(el, W, H) && !isSafe(placementIn(target, outlinePoints(out)))) out = keepInside(out, target);
    const wasOnCanvas = pointsInRect(outlinePoints(el), { x: 0, y: 0, width: W, height: H });
    if (wasOnCanvas && !pointsInRect(outlinePoints(out), canvas.area)) out = keepInside(out, canvas);
    return out;
  });

  let adapted: Design = { ...design, width: size.width, height: size.height, elements };
  const smallest = smallestTextShare(design);
  if (smallest !== null && to !== from) {
    const skip = new Set([...containers.keys(), ...design.elements.filter(isAnchored).map((el) => el.id)]);
    const floor = MIN_TEXT_SHARE * smallest * Math.min(size.width, size.height);
    // Without a measurer the floor still holds; only the boxes cannot know to grow.
    adapted = { ...adapted, elements: giveTextRoom(elements, design, to, floor, skip, options.textHeight) };
  }
  const layout = presetId ? design.layouts?.[presetId] : undefined;
  if (layout) adapted = { ...adapted, elements: applyOverrides(adapted.elements, layout, size) };
  // Last, so a hand-sized box still never overflows: 'shrink' text only ever gets smaller.
  if (options.refitText) adapted = options.refitText(adapted);
  return adapted;
}
