// The design drawn beyond its trim: everything moves in by the bleed, and what runs to an edge
// (a background photo, a band of color) runs on past it, so trimming a hair off never shows paper.
import type { Element } from '../elements';
import type { Design } from '../model/schema';

/** Closer than this (design px) to an edge counts as touching it. */
const EDGE = 0.5;

/** Kinds that can grow into the bleed without changing what they show inside the trim. */
function extendable(el: Element): boolean {
  if (el.rotation % 360 !== 0) return false;
  if (el.type === 'shape') return el.shape === 'rect';
  if (el.type === 'image') return el.fit === 'cover' || el.fit === 'stretch';
  return el.type === 'redact';
}

/**
 * A copy of `design` at its size plus `bleed` design px on every side: elements shifted by the
 * bleed, and those that touch an edge of the trim extended across the bleed on that side.
 */
export function withBleed(design: Design, bleed: number): Design {
  const { width: w, height: h } = design;
  const elements = design.elements.map((el): Element => {
    const moved = { ...el, x: el.x + bleed, y: el.y + bleed };
    if (bleed <= 0 || !extendable(el)) return moved;
    const left = el.x <= EDGE ? bleed : 0;
    const top = el.y <= EDGE ? bleed : 0;
    const right = el.x + el.width >= w - EDGE ? bleed : 0;
    const bottom = el.y + el.height >= h - EDGE ? bleed : 0;
    if (!left && !top && !right && !bottom) return moved;
    return { ...moved, x: moved.x - left, y: moved.y - top, width: el.width + left + right, height: el.height + top + bottom } as Element;
  });
  return { ...design, width: w + 2 * bleed, height: h + 2 * bleed, elements };
}

/** The part of `design` in a region, as a design of the region's size (a tile of a sign). */
export function designRegion(design: Design, x: number, y: number, width: number, height: number): Design {
  return { ...design, width, height, elements: design.elements.map((el) => ({ ...el, x: el.x - x, y: el.y - y }) as Element) };
}
