// Safe-zone geometry and checks: where an element's rotated outline lies relative to a preset's
// safe area, its circular crop and the rectangles overlays cover.
import type { Design, Element } from '../model/schema';
import { hasWords } from '../elements/text-content';
import { safeZoneFor } from '../presets/size';
import type { Circle, Preset, SafeZone } from '../presets/types';
import { childFrame, cornersIn, ROOT_FRAME, type Frame, type Point, type Rect } from './geometry';

/** Half a pixel of slack: positions that round to the edge count as inside. */
const EPS = 0.5;

export function pointsInRect(points: readonly Point[], r: Rect): boolean {
  return points.every((p) => p.x >= r.x - EPS && p.y >= r.y - EPS && p.x <= r.x + r.width + EPS && p.y <= r.y + r.height + EPS);
}

/** A convex outline lies in a disk exactly when its corners do. */
export function pointsInCircle(points: readonly Point[], c: Circle): boolean {
  return points.every((p) => Math.hypot(p.x - c.cx, p.y - c.cy) <= c.r + EPS);
}

/** Separating-axis test between a convex polygon and an axis-aligned rectangle (touching is not overlap). */
export function polygonOverlapsRect(points: readonly Point[], r: Rect): boolean {
  if (points.length === 0 || r.width <= 0 || r.height <= 0) return false;
  const rectPts: Point[] = [
    { x: r.x, y: r.y },
    { x: r.x + r.width, y: r.y },
    { x: r.x + r.width, y: r.y + r.height },
    { x: r.x, y: r.y + r.height },
  ];
  const axes: Point[] = [{ x: 1, y: 0 }, { x: 0, y: 1 }];
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    if (a.x !== b.x || a.y !== b.y) axes.push({ x: -(b.y - a.y), y: b.x - a.x });
  }
  for (const axis of axes) {
    const len = Math.hypot(axis.x, axis.y);
    const project = (p: Point) => (p.x * axis.x + p.y * axis.y) / len;
    const pa = points.map(project);
    const ra = rectPts.map(project);
    if (Math.max(...pa) <= Math.min(...ra) + EPS || Math.max(...ra) <= Math.min(...pa) + EPS) return false;
  }
  return true;
}

export interface Placement {
  inArea: boolean;
  inCircle: boolean;
  /** Indexes of the covered rectangles the outline overlaps. */
  covered: number[];
}

export function placementIn(zone: SafeZone, points: readonly Point[]): Placement {
  return {
    inArea: pointsInRect(points, zone.area),
    inCircle: zone.circle ? pointsInCircle(points, zone.circle) : true,
    covered: zone.covered.flatMap((r, i) => (polygonOverlapsRect(points, r) ? [i] : [])),
  };
}

export function isSafe(p: Placement): boolean {
  return p.inArea && p.inCircle && p.covered.length === 0;
}

/** An unrotated image, shape or redaction box that covers the whole canvas is a background: it keeps covering, safe zones do not apply. */
export function isBackground(el: Element, width: number, height: number): boolean {
  return (
    (el.type === 'image' || el.type === 'shape' || el.type === 'redact') &&
    el.rotation % 360 === 0 &&
    el.x <= EPS &&
    el.y <= EPS &&
    el.x + el.width >= width - EPS &&
    el.y + el.height >= height - EPS
  );
}

/**
 * A photo drawn with cover or contain that runs to a canvas edge (a photo band, a half-page
 * photo): like a background it is re-cropped to its new box at other sizes, and safe zones do not
 * apply to it. Logos and stickers sit inside the page.
 */
export function isBleedPhoto(el: Element, width: number, height: number): boolean {
  if (el.type !== 'image' || el.fit === 'stretch' || el.rotation % 360 !== 0) return false;
  return el.x <= EPS || el.y <= EPS || el.x + el.width >= width - EPS || el.y + el.height >= height - EPS;
}

export type SafeZoneWarningCode = 'layout.outside-safe-area' | 'layout.outside-safe-circle' | 'layout.under-overlay';

export interface SafeZoneWarning {
  code: SafeZoneWarningCode;
  elementId: string;
  elementType: 'text' | 'image';
  /** Plain English for logs; the UI shows `warnings.<code>`. */
  message: string;
  params: Record<string, string | number>;
}

/**
 * Text and logos (image elements that are neither the background nor a photo bleeding off an
 * edge) whose rotated outline leaves the
 * preset's safe area, its circular crop, or runs under an overlay. The zone is mapped onto the
 * design's own size, so a design that is not yet at the preset's size is checked proportionally.
 */
export function checkSafeZones(design: Design, preset: Preset): SafeZoneWarning[] {
  const zone = safeZoneFor(preset, design.width, design.height);
  const warnings: SafeZoneWarning[] = [];
  const visit = (elements: readonly Element[], frame: Frame, top: boolean) => {
    for (const el of elements) {
      if (!el.visible || el.opacity <= 0) continue;
      if (el.type === 'group') {
        visit(el.children, childFrame(frame, el), false);
        continue;
      }
      if (el.type !== 'text' && el.type !== 'image') continue;
      if (el.type === 'text' && !hasWords(el)) continue;
      if (top && (isBackground(el, design.width, design.height) || isBleedPhoto(el, design.width, design.height))) continue;
      const place = placementIn(zone, cornersIn(el, frame));
      const base = { elementId: el.id, elementType: el.type, params: { elementId: el.id, name: el.name, preset: preset.id } };
      const what = el.type === 'text' ? 'text' : 'image';
      if (!place.inArea) warnings.push({ ...base, code: 'layout.outside-safe-area', message: `${what} "${el.name || el.id}" leaves the safe area of ${preset.id}` });
      if (!place.inCircle) warnings.push({ ...base, code: 'layout.outside-safe-circle', message: `${what} "${el.name || el.id}" leaves the circular crop of ${preset.id}` });
      if (place.covered.length) warnings.push({ ...base, code: 'layout.under-overlay', message: `${what} "${el.name || el.id}" runs under an overlay of ${preset.id}` });
    }
  };
  visit(design.elements, ROOT_FRAME, true);
  return warnings;
}
