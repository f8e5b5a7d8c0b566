// What the canvas shows and edits when an export size is active: the design adapted to that
// size (core/layout/adapt), and geometry changes saved as that size's hand adjustment in
// design.layouts[presetId] (one undo step each) instead of moving the base layout.
import { useMemo } from 'react';
import { adaptToPreset } from '../../core/export/adapt-to-preset';
import { filterPatchByLocks, findElement, type Design, type Element, type SizeLayout } from '../../core/model';
import type { Preset } from '../../core/presets';
import { placedAt } from '../../core/motion/timeline';
import { useMotionStore } from '../motion/motion-store';
import { keyframedMoves } from '../motion/motion-edits';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { presetById, useSizeStore } from './size-store';
import { sceneContextFor } from './scene-context';

export type GeometryPatch = { id: string; patch: Partial<Element> };

const GEOMETRY_KEYS = ['x', 'y', 'width', 'height'] as const;

let cache: { design: Design; preset: Preset; presetKey: string; fonts: number; view: Design } | null = null;

/** What adaptation depends on in a preset: a custom size edited under the same id is a new key. */
export function presetKey(p: Preset): string {
  return JSON.stringify([p.id, p.width, p.height, p.variable ?? null, p.safeZone]);
}

/** The design adapted to `preset` at its export size (cached for the latest design). */
export function adaptedFor(design: Design, preset: Preset): Design {
  // Text is re-fitted with the loaded fonts' metrics: a font finishing loading invalidates.
  const fontsEpoch = useEditorStore.getState().fontsVersion;
  // Built-in presets are the same object every time; custom ones are rebuilt, so compare by content.
  if (cache && cache.design === design && cache.fonts === fontsEpoch && (cache.preset === preset || cache.presetKey === presetKey(preset))) return cache.view;
  const view = adaptToPreset(design, preset, sceneContextFor(design));
  cache = { design, preset, presetKey: presetKey(preset), fonts: fontsEpoch, view };
  return view;
}

/** The design the canvas should draw and hit-test right now (adapted when a size is active). */
export function getViewDesign(): Design {
  const design = useDesignStore.getState().design;
  const id = useSizeStore.getState().activePresetId;
  const preset = id ? presetById(id) : undefined;
  const view = preset ? adaptedFor(design, preset) : design;
  const playhead = useMotionStore.getState().playhead;
  return playhead === null ? view : placedAt(view, playhead);
}

/** React hook form of getViewDesign. */
export function useViewDesign(): Design {
  const design = useDesignStore((s) => s.design);
  const id = useSizeStore((s) => s.activePresetId);
  const custom = useSizeStore((s) => s.customPresets);
  const fonts = useEditorStore((s) => s.fontsVersion);
  const playhead = useMotionStore((s) => s.playhead);
  const view = useMemo(() => {
    const preset = id ? presetById(id, custom) : undefined;
    return preset ? adaptedFor(design, preset) : design;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fonts: re-fit after fonts load
  }, [design, id, custom, fonts]);
  // At a moment of the timeline, keyframed elements stand where they are then.
  return useMemo(() => (playhead === null ? view : placedAt(view, playhead)), [view, playhead]);
}

/**
 * Saves geometry patches from the canvas (moves, resizes). With no size active they go to the
 * design store as before; with a size active, each changed element's box at that size is stored
 * in design.layouts[presetId], honouring move/resize locks. Returns the ids that refused something.
 */
export function commitGeometry(patches: readonly GeometryPatch[], label: string): string[] {
  const store = useDesignStore.getState();
  const id = useSizeStore.getState().activePresetId;
  const preset = id ? presetById(id) : undefined;
  // Moving a keyframed element at a moment of the timeline sets its keyframe there.
  if (!preset) return store.updateElements(keyframedMoves(patches, useMotionStore.getState().playhead).rest, label);

  const view = adaptedFor(store.design, preset);
  const refusedIds: string[] = [];
  const overrides: SizeLayout['elements'] = {};
  for (const { id: elementId, patch } of patches) {
    const base = findElement(store.design.elements, elementId);
    const shown = findElement(view.elements, elementId);
    if (!base || !shown) continue;
    const geometry: Partial<Element> = {};
    for (const k of GEOMETRY_KEYS) if (patch[k] !== undefined) geometry[k] = patch[k];
    // The base element's locks decide, exactly as for the base layout.
    const { allowed, refused } = filterPatchByLocks(base, geometry, store.authorMode);
    if (refused.length) refusedIds.push(elementId);
    const box = { x: shown.x, y: shown.y, width: shown.width, height: shown.height, ...allowed } as Pick<Element, 'x' | 'y' | 'width' | 'height'>;
    if (GEOMETRY_KEYS.every((k) => box[k] === shown[k])) continue;
    overrides[elementId] = {
      x: round(box.x),
      y: round(box.y),
      width: Math.max(0, round(box.width)),
      height: Math.max(0, round(box.height)),
      ...(shown.type === 'text' ? { fontSize: shown.fontSize } : {}),
    };
  }
  if (refusedIds.length) useDesignStore.setState({ lastRefusal: { elementId: refusedIds[0]!, keys: ['move'] } });
  if (Object.keys(overrides).length === 0) return refusedIds;
  const size = { width: view.width, height: view.height };
  store.commit('history.sizeAdjust', (d) => {
    const previous = d.layouts?.[preset.id];
    // Adjustments made at another size of a variable preset are rescaled by adapt; keep one size.
    const kept = previous && previous.width === size.width && previous.height === size.height ? previous.elements : rescale(previous, size);
    return { ...d, layouts: { ...d.layouts, [preset.id]: { ...size, elements: { ...kept, ...overrides } } } };
  });
  return refusedIds;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function rescale(layout: SizeLayout | undefined, size: { width: number; height: number }): SizeLayout['elements'] {
  if (!layout) return {};
  const kx = layout.width ? size.width / layout.width : 1;
  const ky = layout.height ? size.height / layout.height : 1;
  return Object.fromEntries(
    Object.entries(layout.elements).map(([id, o]) => [
      id,
      { x: o.x * kx, y: o.y * ky, width: o.width * kx, height: o.height * ky, ...(o.fontSize !== undefined ? { fontSize: o.fontSize * Math.min(kx, ky) } : {}) },
    ]),
  );
}

/** Whether the active size has hand adjustments. */
export function hasSizeAdjustments(design: Pick<Design, 'layouts'>, presetId: string | null): boolean {
  return !!presetId && Object.keys(design.layouts?.[presetId]?.elements ?? {}).length > 0;
}

/** Drops the hand adjustments of one size (one undo step). */
export function resetSizeLayout(presetId: string): void {
  useDesignStore.getState().commit('history.sizeReset', (d) => {
    if (!d.layouts?.[presetId]) return d;
    const { [presetId]: _dropped, ...rest } = d.layouts;
    return { ...d, layouts: Object.keys(rest).length ? rest : undefined };
  });
}

/** The elements as the canvas shows them now (at the active size), for the inspector's geometry. */
export function useShownElements(ids: readonly string[]): Element[] {
  const view = useViewDesign();
  return useMemo(() => ids.map((id) => findElement(view.elements, id)).filter((e): e is Element => Boolean(e)), [view, ids]);
}

/** The active export size, if any (a built-in preset or a custom size). */
export function useActivePreset(): Preset | undefined {
  const id = useSizeStore((s) => s.activePresetId);
  const custom = useSizeStore((s) => s.customPresets);
  return id ? presetById(id, custom) : undefined;
}
