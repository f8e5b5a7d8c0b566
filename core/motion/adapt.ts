// Keyframes at another size: each keyframe keeps its offset from the element's own position,
// scaled as the element was scaled, so a blur box keeps following what it covered.
import type { Design, Element, Keyframe } from '../model';

function byId(elements: readonly Element[], out = new Map<string, Element>()): Map<string, Element> {
  for (const el of elements) {
    out.set(el.id, el);
    if (el.type === 'group') byId(el.children, out);
  }
  return out;
}

/** `adapted` (made from `original` by core/layout adaptDesign) with its keyframes moved to match. */
export function adaptKeyframes(original: Design, adapted: Design): Design {
  const before = byId(original.elements);
  let changed = false;
  const map = (els: readonly Element[]): Element[] =>
    els.map((el) => {
      let out = el;
      const was = before.get(el.id);
      // Keyframes already moved by another rule (a blur box following its photo) are left as they are.
      if (was?.keyframes?.length && el.keyframes === was.keyframes && (was.x !== el.x || was.y !== el.y || was.width !== el.width || was.height !== el.height)) {
        const sx = was.width > 0 ? el.width / was.width : 1;
        const sy = was.height > 0 ? el.height / was.height : 1;
        const keyframes: Keyframe[] = was.keyframes.map((k) => ({ t: k.t, x: el.x + (k.x - was.x) * sx, y: el.y + (k.y - was.y) * sy }));
        out = { ...el, keyframes };
        changed = true;
      }
      if (out.type === 'group') out = { ...out, children: map(out.children) };
      return out;
    });
  const elements = map(adapted.elements);
  return changed ? { ...adapted, elements } : adapted;
}
