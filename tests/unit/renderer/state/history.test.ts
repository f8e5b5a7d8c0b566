import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesign, createShapeElement, findElement, type Design } from '../../../../core/model';
import { HISTORY_LIMIT, useDesignStore } from '../../../../renderer/state/design-store';

const store = () => useDesignStore.getState();
const xOf = (id: string) => findElement(store().design.elements, id)!.x;

function fresh(authorMode = true): string {
  const el = createShapeElement({ shape: 'rect', x: 0, y: 0, width: 10, height: 10 });
  const design: Design = { ...createDesign(), elements: [el] };
  store().replaceDesign(design);
  useDesignStore.setState({ authorMode, lastRefusal: null });
  return el.id;
}

describe('design history', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('undoes and redoes each command as one step and drops the redo branch on a new change', () => {
    const id = fresh();
    store().updateElement(id, { x: 5 }, 'history.move');
    store().updateElement(id, { x: 9 }, 'history.move');
    expect(store().past).toHaveLength(2);
    store().undo();
    expect(xOf(id)).toBe(5);
    store().redo();
    expect(xOf(id)).toBe(9);
    store().undo();
    store().updateElement(id, { x: 1 }, 'history.move');
    expect(store().future).toHaveLength(0);
    store().redo();
    expect(xOf(id)).toBe(1);
  });

  it('merges rapid changes with the same merge key (typing, nudging) but not slow ones', () => {
    const id = fresh();
    for (let i = 1; i <= 40; i++) {
      store().updateElement(id, { x: i }, 'history.nudge', { mergeKey: 'nudge' });
      vi.advanceTimersByTime(100);
    }
    expect(store().past).toHaveLength(1);
    vi.advanceTimersByTime(5000);
    store().updateElement(id, { x: 100 }, 'history.nudge', { mergeKey: 'nudge' });
    expect(store().past).toHaveLength(2);
    store().undo();
    expect(xOf(id)).toBe(40);
    store().undo();
    expect(xOf(id)).toBe(0);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps (at least 200)`, () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
    const id = fresh();
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) store().updateElement(id, { x: i }, 'history.move');
    expect(store().past).toHaveLength(HISTORY_LIMIT);
    let undone = 0;
    while (store().past.length) {
      store().undo();
      undone++;
    }
    expect(undone).toBe(HISTORY_LIMIT);
    expect(xOf(id)).toBe(50);
  });

  it('updates several elements as one step and refuses locked keys per element', () => {
    const id = fresh(false);
    const locked = createShapeElement({ shape: 'rect', x: 50, y: 0, width: 10, height: 10, locks: { move: true, resize: false, delete: false, content: false, style: false } });
    useDesignStore.setState({ design: { ...store().design, elements: [...store().design.elements, locked] } });
    const refused = store().updateElements(
      [
        { id, patch: { x: 3 } },
        { id: locked.id, patch: { x: 99, opacity: 0.5 } },
      ],
      'history.align',
    );
    expect(refused).toEqual([locked.id]);
    expect(store().lastRefusal).toEqual({ elementId: locked.id, keys: ['x'] });
    expect(xOf(id)).toBe(3);
    expect(xOf(locked.id)).toBe(50);
    expect(findElement(store().design.elements, locked.id)!.opacity).toBe(0.5);
    expect(store().past).toHaveLength(1);
  });

  it('records nothing when every change is refused', () => {
    fresh(false);
    const locked = createShapeElement({ shape: 'rect', x: 50, y: 0, width: 10, height: 10, locks: { move: true, resize: true, delete: true, content: true, style: true } });
    useDesignStore.setState({ design: { ...store().design, elements: [locked] } });
    store().updateElements([{ id: locked.id, patch: { x: 1 } }], 'history.nudge');
    expect(store().past).toHaveLength(0);
  });
});
