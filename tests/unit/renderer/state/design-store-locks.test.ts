// Locks hold through the store for every command path a volunteer has: the real edit actions
// (paste, nudge, align), raw commits, deletion, undo and redo.
import { beforeEach, describe, expect, it } from 'vitest';
import { createDesign, createShapeElement, createTextElement, findElement, type Design, type Element } from '../../../../core/model';
import { UNLOCKED } from '../../../../core/model/schema';
import { useDesignStore } from '../../../../renderer/state/design-store';
import { useEditorStore } from '../../../../renderer/state/editor-store';
import { alignSelection, nudge, pastePayload } from '../../../../renderer/actions/edit-actions';

const LOCKED = { move: true, resize: true, delete: true, content: false, style: true };

function template(): Design {
  const logo = createShapeElement({ id: 'logo', x: 100, y: 100, width: 80, height: 80, shape: 'rect', locks: LOCKED });
  const headline = createTextElement({ id: 'headline', x: 40, y: 300, width: 400, height: 80, text: 'Your headline', locks: LOCKED });
  const free = createShapeElement({ id: 'free', x: 10, y: 10, width: 20, height: 20, shape: 'ellipse' });
  return { ...createDesign({ width: 600, height: 600 }), elements: [logo, headline, free] };
}

const el = (id: string) => findElement(useDesignStore.getState().design.elements, id)!;

beforeEach(() => {
  useDesignStore.getState().replaceDesign(template());
  useDesignStore.getState().setAuthorMode(false);
  useEditorStore.getState().select([]);
});

describe('design store lock guard (fill-in mode)', () => {
  it('keyboard nudges move free elements but not move-locked ones', () => {
    useEditorStore.getState().select(['logo', 'free']);
    nudge(10, 0);
    expect(el('logo').x).toBe(100);
    expect(el('free').x).toBe(20);
  });

  it('align leaves a move-locked element where it is', () => {
    useEditorStore.getState().select(['logo']);
    alignSelection('left');
    expect(el('logo').x).toBe(100);
  });

  it('a raw commit (any future command) cannot move, restyle or delete a locked element', () => {
    const store = useDesignStore.getState();
    store.commit('history.test', (d) => ({
      ...d,
      elements: d.elements.filter((e) => e.id !== 'headline').map((e) => (e.id === 'logo' ? ({ ...e, x: 0, fill: '#00ff00' } as Element) : e)),
    }));
    expect(el('logo')).toMatchObject({ x: 100, fill: '#e63946' });
    expect(el('headline')).toBeDefined();
    expect(useDesignStore.getState().lastRefusal).not.toBeNull();
  });

  it('a refused commit leaves no undo step behind', () => {
    useDesignStore.getState().commit('history.test', (d) => ({ ...d, elements: d.elements.map((e) => (e.id === 'logo' ? { ...e, y: 1 } : e)) }));
    expect(useDesignStore.getState().past).toHaveLength(0);
  });

  it('paste adds nothing in fill-in mode and never overwrites the locked originals', async () => {
    const original = el('headline');
    await pastePayload({ elements: [{ ...original, text: 'pasted' } as Element], assets: {} } as never, 20);
    const { elements } = useDesignStore.getState().design;
    expect(elements).toHaveLength(3);
    expect(el('headline')).toMatchObject({ x: 40, y: 300, text: 'Your headline' });
    expect(useDesignStore.getState().lastRefusal?.keys).toEqual(['add']);
  });

  it('deleteElements skips delete-locked elements', () => {
    useDesignStore.getState().deleteElements(['logo', 'free']);
    expect(el('logo')).toBeDefined();
    expect(el('free')).toBeUndefined();
  });

  it('undo and redo cannot bring back a locked position changed in author mode', () => {
    const store = useDesignStore.getState();
    store.setAuthorMode(true);
    store.updateElement('logo', { x: 400 }, 'history.move');
    expect(el('logo').x).toBe(400);
    store.updateElement('headline', { text: 'Edited' }, 'history.text');
    store.setAuthorMode(false);
    useDesignStore.getState().undo(); // text back
    expect(el('headline')).toMatchObject({ text: 'Your headline' });
    useDesignStore.getState().undo(); // would move the locked logo back to 100
    expect(el('logo').x).toBe(400);
    useDesignStore.getState().redo();
    expect(el('logo').x).toBe(400);
    useDesignStore.getState().redo();
    expect(el('headline')).toMatchObject({ text: 'Edited' });
    expect(useDesignStore.getState().future).toHaveLength(0);
  });

  it('volunteers cannot lift locks through updateElement, but authors can', () => {
    useDesignStore.getState().updateElement('logo', { locks: UNLOCKED }, 'history.unlock');
    expect(el('logo').locks.move).toBe(true);
    useDesignStore.getState().setAuthorMode(true);
    useDesignStore.getState().updateElement('logo', { locks: UNLOCKED }, 'history.unlock');
    expect(el('logo').locks.move).toBe(false);
  });

  it('in author mode the store lets every change through; a nudge still obeys the lock, as the Layers panel shows it', () => {
    useDesignStore.getState().setAuthorMode(true);
    useEditorStore.getState().select(['logo']);
    nudge(5, 5);
    expect(el('logo')).toMatchObject({ x: 100, y: 100 });
    useDesignStore.getState().updateElement('logo', { x: 105, y: 105 }, 'history.move');
    expect(el('logo')).toMatchObject({ x: 105, y: 105 });
  });
});

describe('replaceDesign picks the mode from the design', () => {
  it('a design with slots opens in fill-in mode; one without (even with locks) in author mode', () => {
    useDesignStore.getState().replaceDesign(template());
    expect(useDesignStore.getState().authorMode).toBe(true);
    useDesignStore.getState().replaceDesign(createDesign());
    expect(useDesignStore.getState().authorMode).toBe(true);
    const slotOnly = createTextElement({ x: 0, y: 0, width: 1, height: 1, text: '', slot: { kind: 'text', label: {}, hint: {} } });
    useDesignStore.getState().replaceDesign({ ...createDesign(), elements: [slotOnly] });
    expect(useDesignStore.getState().authorMode).toBe(false);
  });
});

describe('a template made here is the user’s own', () => {
  it('marking a slot in author mode stamps the design as owned, so the author keeps the switch', () => {
    const store = useDesignStore.getState();
    store.replaceDesign(createDesign());
    expect(useDesignStore.getState().authorMode).toBe(true);
    store.addElements([createTextElement({ id: 'h', x: 0, y: 0, width: 100, height: 40, text: 'Headline' })]);
    store.updateElement('h', { slot: { kind: 'text', label: {}, hint: {} } }, 'history.templateRules');
    const design = useDesignStore.getState().design;
    expect(design.origin).toMatchObject({ owned: true, templateId: design.id });
    expect(useDesignStore.getState().setAuthorMode(false)).toBe(true);
    expect(useDesignStore.getState().setAuthorMode(true)).toBe(true);
    // Someone else's template (slots, not owned) refuses the switch.
    store.replaceDesign({ ...design, origin: { ...design.origin!, owned: false } });
    expect(useDesignStore.getState().authorMode).toBe(false);
    expect(useDesignStore.getState().setAuthorMode(true)).toBe(false);
    expect(useDesignStore.getState().authorMode).toBe(false);
  });
});
