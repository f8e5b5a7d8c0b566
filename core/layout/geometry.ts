// The one geometry set: points, rects, frames, corners and bounds of model elements, and the
// transforms that group and ungroup elements without moving anything on the page. Konva rotates a
// node about its own (x, y), so every element's frame is: translate(x, y) then rotate(rotation).
import type { Element, GroupElement } from '../model/schema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

/** A parent transform: translation then rotation (degrees), as Konva groups apply them. */
export interface Frame {
  x: number;
  y: number;
  rotation: number;
}

export const ROOT_FRAME: Frame = { x: 0, y: 0, rotation: 0 };

const RAD = Math.PI / 180;

/** Rotates a point about the origin by `degrees` (clockwise on screen, as Konva does). */
export function rotatePoint(p: Point, degrees: number): Point {
  if (!degrees) return { x: p.x, y: p.y };
  const c = Math.cos(degrees * RAD);
  const s = Math.sin(degrees * RAD);
  return { x: p.x * c - p.y * s, y: p.x * s + p.y * c };
}

function applyFrame(frame: Frame, p: Point): Point {
  const r = rotatePoint(p, frame.rotation);
  return { x: frame.x + r.x, y: frame.y + r.y };
}

/** The frame of an element inside `parent`. */
export function childFrame(parent: Frame, el: Pick<Element, 'x' | 'y' | 'rotation'>): Frame {
  const origin = applyFrame(parent, { x: el.x, y: el.y });
  return { x: origin.x, y: origin.y, rotation: parent.rotation + el.rotation };
}

/** The four corners of an element's box, clockwise from its origin, in the coordinates `parent` maps to. */
export function cornersIn(el: Pick<Element, 'x' | 'y' | 'width' | 'height' | 'rotation'>, parent: Frame): Point[] {
  const f = childFrame(parent, el);
  const w = el.width;
  const h = el.height;
  // applyFrame on each corner, written out: adapting asks for corners about ten times per element
  // per exported size, and the corner list, its mapped copy and each rotated point were most of what
  // adapting a busy design allocated. Same arithmetic, same numbers.
  if (!f.rotation) return [{ x: f.x + 0, y: f.y + 0 }, { x: f.x + w, y: f.y + 0 }, { x: f.x + w, y: f.y + h }, { x: f.x + 0, y: f.y + h }];
  const c = Math.cos(f.rotation * RAD);
  const s = Math.sin(f.rotation * RAD);
  const at = (x: number, y: number): Point => ({ x: f.x + (x * c - y * s), y: f.y + (x * s + y * c) });
  return [at(0, 0), at(w, 0), at(w, h), at(0, h)];
}

/** The four corners of an element's box in its parent's coordinates, clockwise from its origin. */
export function elementCorners(el: Pick<Element, 'x' | 'y' | 'width' | 'height' | 'rotation'>): Point[] {
  return cornersIn(el, ROOT_FRAME);
}

/** Corners of every leaf under a group (or of the element itself), in canvas coordinates. */
export function outlinePoints(el: Element, parent: Frame = ROOT_FRAME): Point[] {
  if (el.type !== 'group') return cornersIn(el, parent);
  const f = childFrame(parent, el);
  return el.children.flatMap((c) => outlinePoints(c, f));
}

export function boundsOfPoints(points: readonly Point[]): Rect {
  if (!points.length) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Axis-aligned bounds of an element (rotation included) in its parent's coordinates. */
export function elementBounds(el: Element): Rect {
  return boundsOfPoints(elementCorners(el));
}

export function unionRects(rects: readonly Rect[]): Rect {
  return boundsOfPoints(rects.flatMap((r) => [
    { x: r.x, y: r.y },
    { x: r.x + r.width, y: r.y + r.height },
  ]));
}

/** Places a child of `group` into the group's parent: position, rotation and opacity composed. */
export function childToParent(group: Pick<GroupElement, 'x' | 'y' | 'rotation' | 'opacity' | 'visible'>, child: Element): Element {
  const p = rotatePoint({ x: child.x, y: child.y }, group.rotation);
  return {
    ...child,
    x: group.x + p.x,
    y: group.y + p.y,
    rotation: normalizeDegrees(child.rotation + group.rotation),
    opacity: child.opacity * group.opacity,
    visible: child.visible && group.visible,
  };
}

export function normalizeDegrees(deg: number): number {
  let d = deg % 360;
  if (d > 180) d -= 360;
  if (d <= -180) d += 360;
  return Math.round(d * 1e6) / 1e6;
}

/**
 * Wraps elements (all siblings in the same parent) in a new unrotated group at their joint bounds;
 * children keep their page position because their coordinates become relative to the group.
 */
export function makeGroup(children: readonly Element[], id: string, name = ''): GroupElement {
  const box = unionRects(children.map(elementBounds));
  return {
    id,
    type: 'group',
    name,
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    rotation: 0,
    opacity: 1,
    visible: true,
    locks: { move: false, resize: false, delete: false, content: false, style: false },
    children: children.map((c) => ({ ...c, x: c.x - box.x, y: c.y - box.y })),
  };
}

/** The group's children expressed in the group's parent, in the same stacking order. */
export function ungroupChildren(group: GroupElement): Element[] {
  return group.children.map((c) => childToParent(group, c));
}

/**
 * Bakes a scale applied to a group (by the transform handles) into its children, since the model
 * never stores scale: positions and sizes scale; rotated children keep their angle.
 */
export function scaleGroup(group: GroupElement, sx: number, sy: number): GroupElement {
  return {
    ...group,
    width: group.width * sx,
    height: group.height * sy,
    children: group.children.map((c) => {
      const scaled = { ...c, x: c.x * sx, y: c.y * sy, width: c.width * Math.abs(sx), height: c.height * Math.abs(sy) } as Element;
      if (scaled.type === 'text') return { ...scaled, fontSize: Math.max(1, Math.min(2000, scaled.fontSize * Math.sqrt(Math.abs(sx * sy)))) };
      if (scaled.type === 'group') return scaleGroup({ ...(c as GroupElement), x: c.x * sx, y: c.y * sy }, sx, sy);
      return scaled;
    }),
  };
}

/** Scales a box about its top-left keeping its aspect ratio, using the larger requested factor. */
export function lockAspect(oldBox: { width: number; height: number }, next: { width: number; height: number }): { width: number; height: number } {
  if (oldBox.width <= 0 || oldBox.height <= 0) return next;
  const k = Math.max(next.width / oldBox.width, next.height / oldBox.height);
  return { width: oldBox.width * k, height: oldBox.height * k };
}
