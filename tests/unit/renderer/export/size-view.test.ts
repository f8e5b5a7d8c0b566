// Per-size hand adjustments: with an export size active, canvas moves and resizes are saved in
// design.layouts[presetId] (one undo step each), honour locks, leave the base layout alone and
// are what adaptDesign uses for that size only.
import { beforeEach, describe, expect, it } from 'vitest';
import { createDesign, createShapeElement, UNLOCKED, type Design } from '../../../../core/model';
import { adaptDesign } from '../../../../core/layout/adapt';
import { useDesignStore } from '../../../../renderer/state/design-store';
import { useSizeStore } from '../../../../renderer/export/size-store';
import { adaptedFor, commitGeometry, getViewDesign, hasSizeAdjustments, resetSizeLayout } from '../../../../renderer/export/size-view';
import { getPreset } from '../../../../core/presets';

const store = () => useDesignStore.getState();
/** Adjustments are stored to the hundredth of a pixel. */
const r2 = (n: number) => Math.round(n * 100) / 100;
const story = getPreset('instagram-story')!;

beforeEach(() => {
  const design: Design = {
    ...createDesign({ width: 1080, height: 1080 }),
    elements: [
      createShapeElement({ id: 'box', shape: 'rect', x: 440, y: 440, width: 200, height: 200 }),
      createShapeElement({ id: 'pinned', shape: 'rect', x: 40, y: 40, width: 100, height: 100, locks: { ...UNLOCKED, move: true } }),
    ],
  };
  store().replaceDesign(design);
  store().setAuthorMode(false);
  useSizeStore.setState({ activePresetId: null, customPresets: [] });
});

describe('size view', () => {
  it('without an active size, geometry goes to the base layout', () => {
    commitGeometry([{ id: 'box', patch: { x: 400 } }], 'history.move');
    expect(store().design.elements[0]!.x).toBe(400);
    expect(store().design.layouts).toBeUndefined();
    expect(getViewDesign()).toBe(store().design);
  });

  it('with a size active, a move is saved as that size’s adjustment in one undo step', () => {
    useSizeStore.getState().setActivePreset('instagram-story');
    const view = getViewDesign();
    expect([view.width, view.height]).toEqual([1080, 1920]);
    const shown = view.elements[0]!;
    const before = store().past.length;
    commitGeometry([{ id: 'box', patch: { x: shown.x, y: shown.y + 300 } }], 'history.move');
    expect(store().past.length).toBe(before + 1);
    expect(store().design.elements[0]).toMatchObject({ x: 440, y: 440 });
    expect(store().design.layouts?.['instagram-story']).toEqual({
      width: 1080,
      height: 1920,
      elements: { box: { x: r2(shown.x), y: r2(shown.y + 300), width: r2(shown.width), height: r2(shown.height) } },
    });
    expect(hasSizeAdjustments(store().design, 'instagram-story')).toBe(true);
    // The export of that size uses it; another size does not.
    const adaptedStory = adaptDesign(store().design, { width: 1080, height: 1920 }, 'instagram-story', { preset: story });
    expect(adaptedStory.elements[0]!.y).toBeCloseTo(shown.y + 300, 1);
    const square = adaptDesign(store().design, { width: 1080, height: 1080 }, 'instagram-square');
    expect(square.elements[0]!.y).toBe(440);
    expect(getViewDesign().elements[0]!.y).toBeCloseTo(shown.y + 300, 1);

    store().undo();
    expect(store().design.layouts?.['instagram-story']).toBeUndefined();
  });

  it('keeps earlier adjustments of the same size and honours move locks', () => {
    useSizeStore.getState().setActivePreset('instagram-story');
    const shown = getViewDesign().elements;
    commitGeometry([{ id: 'box', patch: { y: shown[0]!.y + 10 } }], 'history.move');
    const refused = commitGeometry([{ id: 'pinned', patch: { x: 500 } }], 'history.move');
    expect(refused).toEqual(['pinned']);
    expect(Object.keys(store().design.layouts!['instagram-story']!.elements)).toEqual(['box']);
    commitGeometry([{ id: 'box', patch: { width: 300 } }], 'history.transform');
    expect(store().design.layouts!['instagram-story']!.elements['box']).toMatchObject({ width: 300, y: r2(shown[0]!.y + 10) });
  });

  it('reset drops the adjustments of that size only', () => {
    useSizeStore.getState().setActivePreset('instagram-story');
    commitGeometry([{ id: 'box', patch: { x: 10 } }], 'history.move');
    useSizeStore.getState().setActivePreset('x-post');
    commitGeometry([{ id: 'box', patch: { x: 20 } }], 'history.move');
    resetSizeLayout('instagram-story');
    expect(Object.keys(store().design.layouts ?? {})).toEqual(['x-post']);
    expect(adaptedFor(store().design, story).elements[0]!.x).not.toBe(10);
  });

  it('refuses an unknown size', () => {
    useSizeStore.getState().setActivePreset('no-such-size');
    expect(useSizeStore.getState().activePresetId).toBeNull();
  });
});
