// Every path that adds or swaps an image commits through the design store, which refuses a
// change whose images could not be saved or opened (more pixels than a file may hold).
import { beforeEach, describe, expect, it } from 'vitest';
import { createDesign, createImageElement, type Design } from '../../../../core/model';
import { useDesignStore } from '../../../../renderer/state/design-store';

const addPhoto = (d: Design, i: number): Design => ({
  ...d,
  assets: { ...d.assets, [`p${i}`]: { mime: 'image/jpeg', name: `p${i}.jpg`, width: 7000, height: 7000 } },
  elements: [...d.elements, createImageElement({ id: `img${i}`, x: 0, y: 0, width: 100, height: 100, assetId: `p${i}` })],
});

describe('design store pixel budget', () => {
  beforeEach(() => useDesignStore.getState().replaceDesign(createDesign({ name: 'Photos', width: 1080, height: 1080 })));

  it('adds three 49-megapixel photos and refuses the fourth, leaving the design and its history as they were', () => {
    for (let i = 0; i < 3; i++) useDesignStore.getState().commit('history.addImage', (d) => addPhoto(d, i));
    const before = useDesignStore.getState();
    expect(before.design.elements).toHaveLength(3);
    useDesignStore.getState().commit('history.addImage', (d) => addPhoto(d, 3));
    const after = useDesignStore.getState();
    expect(after.design).toBe(before.design);
    expect(after.past).toHaveLength(3);
    expect(after.lastBudgetRefusal).toMatchObject({ pixels: 196_000_000, max: 150_000_000 });
    // Removing a photo is always allowed.
    useDesignStore.getState().commit('history.delete', (d) => ({ ...d, elements: d.elements.slice(1) }));
    expect(useDesignStore.getState().design.elements).toHaveLength(2);
  });
});
