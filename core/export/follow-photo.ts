// A blur box covers something in a photo (a face), so at another size it follows the photo's
// pixels, not the page: when the photo is cropped differently to fill a new shape, the box (and
// each of its keyframes) moves and scales with what it covered. A box the user placed by hand at
// that size stays where they put it.
import type { Design, Element, ImageElement, Keyframe } from '../model';
import { cropFitRects } from '../scene/crop-fit';

type Point = { x: number; y: number };

/** Maps design points to the photo's own pixels and back, for one placement of the photo. */
function photoFrame(img: ImageElement, natural: { width: number; height: number }) {
  const r = cropFitRects(img.fit, img.crop, img, natural);
  const kx = r.sw / r.dw;
  const ky = r.sh / r.dh;
  return {
    toPhoto(p: Point): Point {
      let lx = p.x - img.x - r.dx;
      let ly = p.y - img.y - r.dy;
      if (img.flipX) lx = r.dw - lx;
      if (img.flipY) ly = r.dh - ly;
      return { x: r.sx + lx * kx, y: r.sy + ly * ky };
    },
    toDesign(u: Point): Point {
      let lx = (u.x - r.sx) / kx;
      let ly = (u.y - r.sy) / ky;
      if (img.flipX) lx = r.dw - lx;
      if (img.flipY) ly = r.dh - ly;
      return { x: img.x + r.dx + lx, y: img.y + r.dy + ly };
    },
    scale: { x: 1 / kx, y: 1 / ky },
  };
}

/** The topmost unrotated photo under the box's centre, among the elements drawn before it. */
function photoUnder(elements: readonly Element[], index: number, box: Element): ImageElement | null {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let i = index - 1; i >= 0; i--) {
    const el = elements[i]!;
    if (el.type === 'image' && el.visible && el.rotation % 360 === 0 && cx >= el.x && cx <= el.x + el.width && cy >= el.y && cy <= el.y + el.height) return el;
  }
  return null;
}

/** `adapted` (made from `original` for `presetId`) with each blur box on a photo moved with the photo's pixels. */
export function followPhotos(original: Design, adapted: Design, presetId: string): Design {
  // Only blur boxes follow: a design without one is done (this runs for every size of every export).
  if (!original.elements.some((e) => e.type === 'redact')) return adapted;
  const handPlaced = original.layouts?.[presetId]?.elements ?? {};
  const byId = new Map(adapted.elements.map((e) => [e.id, e]));
  const indexOf = new Map<string, number>();
  original.elements.forEach((e, i) => {
    if (!indexOf.has(e.id)) indexOf.set(e.id, i);
  });
  let changed = false;
  const elements = adapted.elements.map((el) => {
    const i = indexOf.get(el.id);
    const was = i === undefined ? undefined : original.elements[i];
    if (i === undefined || !was || was.type !== 'redact' || was.rotation % 360 !== 0 || handPlaced[el.id]) return el;
    const photo = photoUnder(original.elements, i, was);
    const now = photo ? byId.get(photo.id) : undefined;
    const natural = photo ? original.assets[photo.assetId] : undefined;
    if (!photo || !now || now.type !== 'image' || !natural || now.width <= 0 || now.height <= 0 || photo.width <= 0 || photo.height <= 0) return el;
    const before = photoFrame(photo, natural);
    const after = photoFrame(now, natural);
    const move = (p: Point) => after.toDesign(before.toPhoto(p));
    const sx = after.scale.x / before.scale.x;
    const sy = after.scale.y / before.scale.y;
    // Flips swap which corner is the top-left: place the box by its centre.
    const centre = move({ x: was.x + was.width / 2, y: was.y + was.height / 2 });
    const width = was.width * sx;
    const height = was.height * sy;
    const keyframes: Keyframe[] | undefined = was.keyframes?.map((k) => {
      const c = move({ x: k.x + was.width / 2, y: k.y + was.height / 2 });
      return { t: k.t, x: c.x - width / 2, y: c.y - height / 2 };
    });
    changed = true;
    return { ...el, x: centre.x - width / 2, y: centre.y - height / 2, width, height, strength: was.strength * Math.min(sx, sy), ...(keyframes ? { keyframes } : {}) } as Element;
  });
  return changed ? { ...adapted, elements } : adapted;
}
