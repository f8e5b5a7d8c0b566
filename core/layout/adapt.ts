// Adapting one design to another size: anchors place and size each element, backgrounds keep
// covering, elements that sat inside the safe zone stay inside it, the hand adjustments saved
// for that size win, and fitted text is re-fitted to its final box.
import { LIMITS, type Anchor, type Design, type Element, type SizeLayout, type TextElement } from '../model/schema';
import { getPreset } from '../presets/data';
import { safeZoneFor, type Size } from '../presets/size';
import type { Preset, Rect, SafeZone } from '../presets/types';
import { isBackground, isSafe, placementIn, pointsInCircle, polygonOverlapsRect } from './safe-zones';
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
}

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

/**
 * The design at another size. Each top-level element follows its anchor (default: scale on both
 * axes); backgrounds stretch to keep covering; an element that was inside the preset's safe zone
 * (mapped proportionally onto the original size) is kept inside it; then the hand adjustments
 * saved for `presetId` are applied and text is re-fitted. The input is not modified.
 */
export function adaptDesign(design: Design, size: Size, presetId?: string, options: AdaptOptions = {}): Design {
  checkSize(size);
  const W = design.width;
  const H = design.height;
  const fit = Math.min(size.width / W, size.height / H);
  const preset = options.preset ?? (presetId ? getPreset(presetId) : undefined);
  const target = preset ? safeZoneFor(preset, size.width, size.height) : null;
  const source = preset ? safeZoneFor(preset, W, H) : null;

  const elements = design.elements.map((el) => {
    if (isBackground(el, W, H)) {
      return resize(el, { x: el.x * (size.width / W), y: el.y * (size.height / H), width: el.width * (size.width / W), height: el.height * (size.height / H) }, fit);
    }
    const anchor = el.anchor ?? DEFAULT_ANCHOR;
    const h = placeOnAxis(anchor.horizontal, el.x, el.width, W, size.width, fit);
    const v = placeOnAxis(anchor.vertical, el.y, el.height, H, size.height, fit);
    let out = resize(el, { x: h.start, y: v.start, width: h.length, height: v.length }, fit);
    if (target && source && isSafe(placementIn(source, outlinePoints(el))) && !isSafe(placementIn(target, outlinePoints(out)))) {
      out = keepInside(out, target);
    }
    return out;
  });

  let adapted: Design = { ...design, width: size.width, height: size.height, elements };
  const layout = presetId ? design.layouts?.[presetId] : undefined;
  if (layout) adapted = { ...adapted, elements: applyOverrides(adapted.elements, layout, size) };
  // Last, so a hand-sized box still never overflows: 'shrink' text only ever gets smaller.
  if (options.refitText) adapted = options.refitText(adapted);
  return adapted;
}

