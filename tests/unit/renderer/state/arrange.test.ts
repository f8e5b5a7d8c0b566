import { describe, expect, it } from 'vitest';
import { createShapeElement, type Element, type GroupElement } from '../../../../core/model';
import { cloneElement, groupTopLevel, moveToIndex, restack, ungroupTopLevel } from '../../../../renderer/state/arrange';

const rect = (id: string, x = 0, y = 0) => createShapeElement({ id, shape: 'rect', x, y, width: 10, height: 10 });
const ids = (els: readonly Element[]) => els.map((e) => e.id);
const list = ['a', 'b', 'c', 'd', 'e'].map((id, i) => rect(id, i * 20));

describe('stacking order', () => {
  it('moves chosen elements one step, keeping their relative order', () => {
    expect(ids(restack(list, new Set(['b']), 'forward'))).toEqual(['a', 'c', 'b', 'd', 'e']);
    expect(ids(restack(list, new Set(['b', 'c']), 'forward'))).toEqual(['a', 'd', 'b', 'c', 'e']);
    expect(ids(restack(list, new Set(['e']), 'forward'))).toEqual(ids(list));
    expect(ids(restack(list, new Set(['d']), 'backward'))).toEqual(['a', 'b', 'd', 'c', 'e']);
  });
  it('brings to front and sends to back', () => {
    expect(ids(restack(list, new Set(['a', 'c']), 'front'))).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(ids(restack(list, new Set(['d']), 'back'))).toEqual(['d', 'a', 'b', 'c', 'e']);
  });
  it('moves one element to an index', () => {
    expect(ids(moveToIndex(list, 'a', 4))).toEqual(['b', 'c', 'd', 'e', 'a']);
    expect(ids(moveToIndex(list, 'e', 0))).toEqual(['e', 'a', 'b', 'c', 'd']);
  });
});

describe('group and ungroup', () => {
  it('groups chosen elements at the position of the topmost, with relative children', () => {
    const result = groupTopLevel(list, new Set(['b', 'd']), 'g');
    expect(result).not.toBeNull();
    expect(ids(result!.elements)).toEqual(['a', 'c', 'g', 'e']);
    expect(result!.group).toMatchObject({ x: 20, y: 0, width: 50, height: 10 });
    expect(result!.group.children.map((c) => [c.id, c.x])).toEqual([
      ['b', 0],
      ['d', 40],
    ]);
    expect(groupTopLevel(list, new Set(['b']))).toBeNull();
  });
  it('ungroups back to the same place and order', () => {
    const { elements } = groupTopLevel(list, new Set(['b', 'c']), 'g')!;
    const back = ungroupTopLevel(elements, new Set(['g']));
    expect(ids(back.elements)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(back.elements.map((e) => e.x)).toEqual(list.map((e) => e.x));
    expect(back.released).toEqual(['b', 'c']);
  });
  it('clones deeply with fresh ids and an offset', () => {
    const { group } = groupTopLevel(list, new Set(['a', 'b']), 'g')!;
    const copy = cloneElement(group, 20, 20) as GroupElement;
    expect(copy.id).not.toBe('g');
    expect([copy.x, copy.y]).toEqual([group.x + 20, group.y + 20]);
    expect(copy.children.map((c) => c.id)).not.toContain('a');
    expect(copy.children.map((c) => c.x)).toEqual(group.children.map((c) => c.x));
  });
});
