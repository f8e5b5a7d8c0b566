// The arrange and clipboard commands honour template locks: every lock for volunteers, and the
// direct moves (nudge, drag, delete) for authors too, who lift a lock before moving the element.
import { beforeEach, describe, expect, it } from 'vitest';
import { createDesign, createShapeElement, UNLOCKED, type Design, type Element } from '../../../../core/model';
import { useDesignStore } from '../../../../renderer/state/design-store';
import { useEditorStore } from '../../../../renderer/state/editor-store';
import {
  alignSelection,
  cutSelection,
  distributeSelection,
  duplicateSelection,
  groupSelection,
  nudge,
  restackSelection,
  toggleLock,
  ungroupSelection,
} from '../../../../renderer/actions/edit-actions';

const store = () => useDesignStore.getState();
const ids = () => store().design.elements.map((e) => e.id);
const byId = (id: string) => store().design.elements.find((e) => e.id === id)!;

let free: Element;
let free2: Element;
let locked: Element;

beforeEach(() => {
  free = createShapeElement({ id: 'free', shape: 'rect', x: 0, y: 0, width: 10, height: 10 });
  free2 = createShapeElement({ id: 'free2', shape: 'rect', x: 300, y: 50, width: 10, height: 10 });
  locked = createShapeElement({ id: 'locked', shape: 'rect', x: 100, y: 100, width: 10, height: 10, locks: { ...UNLOCKED, move: true, delete: true } });
  const design: Design = { ...createDesign(), elements: [free, locked, free2] };
  store().replaceDesign(design);
  store().setAuthorMode(false);
  useEditorStore.getState().select([]);
});

const select = (...list: string[]) => useEditorStore.getState().select(list);

describe('locks in edit commands', () => {
  it('nudging moves only unlocked elements', () => {
    select('free', 'locked');
    nudge(5, 0);
    expect(byId('free').x).toBe(5);
    expect(byId('locked').x).toBe(100);
    expect(store().lastRefusal?.elementId).toBe('locked');
  });

  it('align and distribute leave locked elements in place', () => {
    select('free', 'locked', 'free2');
    alignSelection('top');
    expect(byId('locked').y).toBe(100);
    expect(byId('free2').y).toBe(0);
    distributeSelection('x');
    expect(byId('locked').x).toBe(100);
  });

  it('refuses to restack or group a move-locked element', () => {
    select('locked');
    restackSelection('front');
    expect(ids()).toEqual(['free', 'locked', 'free2']);
    select('free', 'locked');
    groupSelection();
    expect(ids()).toEqual(['free', 'locked', 'free2']);
    expect(store().past).toHaveLength(0);
  });

  it('cut removes only what may be deleted; fill-in mode adds nothing, so duplicating is refused', () => {
    select('free', 'locked');
    expect(cutSelection(() => undefined)).toBe(true);
    expect(ids()).toEqual(['locked', 'free2']);
    select('locked');
    duplicateSelection();
    expect(ids()).toEqual(['locked', 'free2']);
    expect(store().lastRefusal?.keys).toEqual(['add']);
  });

  it('authors may do all of it once they lift the lock, which holds in author mode too', () => {
    store().setAuthorMode(true);
    select('free', 'locked');
    nudge(1, 0);
    expect(byId('locked').x).toBe(100);
    expect(store().lastRefusal?.elementId).toBe('locked');
    toggleLock(['locked']); // every lock on
    toggleLock(['locked']); // and off: the Layers panel's button
    nudge(1, 0);
    expect(byId('locked').x).toBe(101);
    duplicateSelection();
    expect(store().design.elements).toHaveLength(5);
    store().undo();
    select('free', 'locked');
    groupSelection();
    expect(store().design.elements.map((e) => e.type)).toEqual(['group', 'shape']);
    ungroupSelection();
    expect(ids()).toEqual(['free', 'locked', 'free2']);
  });
});
