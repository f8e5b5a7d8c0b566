// Marquee selection: the visible top-level elements whose bounds (rotation included) overlap the
// dragged rectangle, in design pixels.
import type { Element } from '../model/schema';
import { elementBounds, type Rect } from './geometry';

export function marqueeHits(elements: readonly Element[], box: Rect): string[] {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  return elements
    .filter((el) => {
      if (!el.visible) return false;
      const b = elementBounds(el);
      return b.x < right && b.x + b.width > box.x && b.y < bottom && b.y + b.height > box.y;
    })
    .map((el) => el.id);
}
