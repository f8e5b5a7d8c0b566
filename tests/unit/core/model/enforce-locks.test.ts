import { describe, expect, it } from 'vitest';
import { createDesign, createShapeElement, createTextElement, enforceLocks, type Design, type Element, type GroupElement } from '../../../../core/model';
import { UNLOCKED, type Locks } from '../../../../core/model/schema';

const locks = (l: Partial<Locks>): Locks => ({ ...UNLOCKED, ...l });

function design(elements: Element[]): Design {
  return { ...createDesign({ width: 500, height: 500 }), elements };
}

function group(id: string, children: Element[], l: Partial<Locks> = {}): GroupElement {
  return { id, type: 'group', name: '', x: 0, y: 0, width: 100, height: 100, rotation: 0, opacity: 1, visible: true, locks: locks(l), children };
}

const title = () => createTextElement({ id: 'title', x: 10, y: 20, width: 200, height: 50, text: 'Hello', locks: locks({ move: true, resize: true, delete: true, style: true }) });
const free = () => createShapeElement({ id: 'free', x: 0, y: 0, width: 10, height: 10, shape: 'rect' });

function edit(d: Design, id: string, patch: Record<string, unknown>): Design {
  return { ...d, elements: d.elements.map((el) => (el.id === id ? ({ ...el, ...patch } as Element) : el)) };
}

describe('enforceLocks', () => {
  it('returns the change itself when no lock is touched', () => {
    const before = design([title(), free()]);
    const after = edit(edit(before, 'free', { x: 99 }), 'title', { text: 'Bye' });
    const result = enforceLocks(before, after);
    expect(result.design).toBe(after);
    expect(result.refused).toEqual([]);
  });

  it('puts back move, resize and style changes on a locked element but keeps allowed ones', () => {
    const before = design([title(), free()]);
    const after = edit(edit(before, 'title', { x: 300, width: 10, fill: '#ff0000', text: 'New words' }), 'free', { y: 40 });
    const { design: fixed, refused } = enforceLocks(before, after);
    const t = fixed.elements.find((e) => e.id === 'title')!;
    expect(t).toMatchObject({ x: 10, width: 200, fill: '#111111', text: 'New words' });
    expect(fixed.elements.find((e) => e.id === 'free')!.y).toBe(40);
    expect(refused).toEqual([{ elementId: 'title', keys: expect.arrayContaining(['x', 'width', 'fill']) }]);
    expect(refused[0]!.keys).not.toContain('text');
  });

  it('refuses content changes when content is locked, including language variants', () => {
    const before = design([createTextElement({ id: 't', x: 0, y: 0, width: 9, height: 9, text: 'A', locks: locks({ content: true }) })]);
    const after = edit(before, 't', { text: 'B', variants: { es: 'C' }, x: 5 });
    const { design: fixed, refused } = enforceLocks(before, after);
    expect(fixed.elements[0]).toMatchObject({ text: 'A', variants: {}, x: 5 });
    expect(refused[0]!.keys.sort()).toEqual(['text', 'variants']);
  });

  it('removes a property a locked element did not have before (added shadow is style)', () => {
    const before = design([title()]);
    const after = edit(before, 'title', { shadow: { color: '#000000', blur: 2, offsetX: 1, offsetY: 1 } });
    const { design: fixed } = enforceLocks(before, after);
    expect('shadow' in fixed.elements[0]!).toBe(false);
  });

  it('never lets a volunteer change lock flags or slot marks, even on unlocked elements', () => {
    const before = design([free()]);
    const after = edit(before, 'free', { locks: locks({ move: true }), slot: { kind: 'text', label: {}, hint: {} } });
    const { design: fixed, refused } = enforceLocks(before, after);
    expect(fixed.elements[0]!.locks).toEqual(UNLOCKED);
    expect(fixed.elements[0]!.slot).toBeUndefined();
    expect(refused[0]!.keys.sort()).toEqual(['locks', 'slot']);
  });

  it('restores a delete-locked element at its old position and lets others go', () => {
    const before = design([free(), title(), createShapeElement({ id: 'other', x: 0, y: 0, width: 1, height: 1, shape: 'rect' })]);
    const after = { ...before, elements: [] };
    const { design: fixed, refused } = enforceLocks(before, after);
    expect(fixed.elements.map((e) => e.id)).toEqual(['title']);
    expect(fixed.elements[0]).toBe(before.elements[1]);
    expect(refused).toEqual([{ elementId: 'title', keys: ['delete'] }]);
  });

  it('restores a locked child deleted from a group that still exists', () => {
    const child = { ...title(), id: 'child' };
    const before = design([group('g', [free(), child])]);
    const after = design([group('g', [free()])]);
    const { design: fixed } = enforceLocks(before, after);
    expect((fixed.elements[0] as GroupElement).children.map((c) => c.id)).toEqual(['free', 'child']);
  });

  it('refuses the whole change when a deleted group held a delete-locked child', () => {
    const before = design([group('g', [{ ...title(), id: 'child', locks: locks({ delete: true }) }]), free()]);
    const after = design([free()]);
    const result = enforceLocks(before, after);
    expect(result.design).toBe(before);
    expect(result.refused).toEqual([{ elementId: 'child', keys: ['delete'] }]);
  });

  it('brings back a delete-locked group that was ungrouped, without duplicate ids', () => {
    const before = design([group('g', [free()], { delete: true })]);
    const after = design([{ ...free(), x: 50 }]);
    const { design: fixed } = enforceLocks(before, after);
    expect(fixed.elements.map((e) => e.id)).toEqual(['g']);
    expect((fixed.elements[0] as GroupElement).children.map((c) => c.id)).toEqual(['free']);
  });

  it('refuses re-parenting a move-locked element', () => {
    const before = design([title(), free()]);
    const after = design([group('g', [title()]), free()]);
    expect(enforceLocks(before, after).design).toBe(before);
  });

  it('works for undo: going back to a state where a locked element sat elsewhere keeps it in place', () => {
    const now = design([title()]);
    const older = edit(now, 'title', { x: 400, y: 400, text: 'Older text' });
    const { design: fixed } = enforceLocks(now, older);
    expect(fixed.elements[0]).toMatchObject({ x: 10, y: 20, text: 'Older text' });
  });

  it('lets pasted elements (new ids) in, even when they carry locks', () => {
    const before = design([title()]);
    const pasted = { ...title(), id: 'copy', x: 30 };
    const after = { ...before, elements: [...before.elements, pasted] };
    expect(enforceLocks(before, after).design).toBe(after);
  });

  it('compares values structurally, so an equal rebuilt object is not a change', () => {
    const before = design([{ ...title(), fill: { token: 'brand.primary', fallback: '#C8102E' } } as Element]);
    const after = edit(before, 'title', { fill: { fallback: '#C8102E', token: 'brand.primary' } });
    expect(enforceLocks(before, after).refused).toEqual([]);
  });
});

describe('enforceLocks and re-theming', () => {
  it('lets a kit switch refresh token fallbacks on style-locked elements (same token, same drawing)', () => {
    const before = design([{ ...title(), fill: { token: 'brand.primary', fallback: '#C8102E' } } as Element]);
    const after = edit(before, 'title', { fill: { token: 'brand.primary', fallback: '#00AA55' } });
    expect(enforceLocks(before, after)).toEqual({ design: after, refused: [] });
  });

  it('still refuses pointing a style-locked element at another token', () => {
    const before = design([{ ...title(), fill: { token: 'brand.primary', fallback: '#C8102E' } } as Element]);
    const after = edit(before, 'title', { fill: { token: 'brand.accent', fallback: '#FFC72C' } });
    expect(enforceLocks(before, after).refused).toEqual([{ elementId: 'title', keys: ['fill'] }]);
  });
});
