// Changes to a design's motion, each one undo step through the design store (locks enforced
// there): an element's entrance, its keyframes, the timeline's length and end.
import { findElement, mapElement, type Animation, type Design, type Element, type Motion } from '../../core/model';
import { keyframePosition, suggestedDuration, upsertKeyframe } from '../../core/motion/timeline';
import { useDesignStore } from '../state/design-store';
import { useImageStore } from '../assets/image-store';
import { photoSecondsIn } from './use-moving';

const designPhotoSeconds = (d: Pick<Design, 'assets'>) => photoSecondsIn(d.assets, useImageStore.getState().animations);

/** A timeline long enough for everything, added when the first thing starts to move. */
function withTimeline(d: Design): Design {
  return d.motion ? d : { ...d, motion: { duration: suggestedDuration(d, designPhotoSeconds(d)), end: 'loop' } };
}

export function setEntrance(elementId: string, animation: Animation | undefined): void {
  useDesignStore.getState().commit(
    'history.animation',
    (d) => withTimeline({ ...d, elements: mapElement(d.elements, elementId, (el) => ({ ...el, animation }) as Element) }),
    { mergeKey: `animation:${elementId}` },
  );
}

/** Records where the element is now as its keyframe at `t`. */
export function keyframeHere(elementId: string, t: number): void {
  const el = findElement(useDesignStore.getState().design.elements, elementId);
  if (!el) return;
  useDesignStore.getState().commit('history.keyframe', (d) =>
    withTimeline({ ...d, elements: mapElement(d.elements, elementId, (e) => ({ ...e, keyframes: upsertKeyframe(e.keyframes, { t: round(t), x: e.x, y: e.y }) }) as Element) }),
  );
}

export function removeKeyframe(elementId: string, t: number): void {
  useDesignStore.getState().commit('history.keyframe', (d) =>
    ({ ...d, elements: mapElement(d.elements, elementId, (e) => {
      const keyframes = (e.keyframes ?? []).filter((k) => k.t !== t);
      return { ...e, keyframes: keyframes.length ? keyframes : undefined } as Element;
    }) }),
  );
}

export function setTimeline(patch: Partial<Motion>): void {
  useDesignStore.getState().commit('history.timeline', (d) => {
    const current = withTimeline(d).motion!;
    return { ...d, motion: { ...current, ...patch } };
  }, { mergeKey: 'timeline' });
}

/** Makes the design a still again: no timeline, entrances or keyframes. */
export function removeMotion(): void {
  const strip = (els: readonly Element[]): Element[] =>
    els.map((el) => {
      const { animation: _a, keyframes: _k, ...rest } = el;
      const out = rest as Element;
      return out.type === 'group' ? ({ ...out, children: strip(out.children) } as Element) : out;
    });
  useDesignStore.getState().commit('history.removeMotion', (d) => {
    const { motion: _m, ...rest } = d;
    return { ...rest, elements: strip(d.elements) } as Design;
  });
}

/**
 * Moves made at a moment of the timeline (x and y where the element is shown then): an element
 * with keyframes gets a keyframe there (x and y leave the patch); everything else moves as usual.
 */
export function keyframedMoves<P extends { id: string; patch: Partial<Element> }>(patches: readonly P[], playhead: number | null): { rest: P[]; keyed: boolean } {
  if (playhead === null) return { rest: [...patches], keyed: false };
  const design = useDesignStore.getState().design;
  const keyedPatches: { id: string; x: number; y: number }[] = [];
  const rest: P[] = [];
  for (const p of patches) {
    const el = findElement(design.elements, p.id);
    if (el?.keyframes?.length && (p.patch.x !== undefined || p.patch.y !== undefined)) {
      const shown = keyframePosition(el.keyframes, playhead) ?? el;
      keyedPatches.push({ id: p.id, x: p.patch.x ?? shown.x, y: p.patch.y ?? shown.y });
      const { x: _x, y: _y, ...others } = p.patch;
      if (Object.keys(others).length) rest.push({ ...p, patch: others });
    } else rest.push(p);
  }
  if (keyedPatches.length) {
    useDesignStore.getState().commit('history.keyframe', (d) => {
      let elements = d.elements;
      for (const k of keyedPatches) elements = mapElement(elements, k.id, (e) => ({ ...e, keyframes: upsertKeyframe(e.keyframes, { t: round(playhead), x: k.x, y: k.y }) }) as Element);
      return { ...d, elements };
    });
  }
  return { rest, keyed: keyedPatches.length > 0 };
}

function round(t: number): number {
  return Math.round(t * 100) / 100;
}
