// Pure tree edits behind the arrange commands: stacking order, grouping, duplicating, pasting.
// They never look at locks; callers check locks first (see actions/edit-actions.ts).
import { newId, type Element, type GroupElement } from '../../core/model';
import { makeGroup, ungroupChildren } from '../../core/layout/geometry';

export type StackMove = 'forward' | 'backward' | 'front' | 'back';

/** Moves the chosen siblings within their parent list; the relative order among them is kept. */
function restackList(list: readonly Element[], ids: ReadonlySet<string>, move: StackMove): Element[] {
  const out = [...list];
  if (!out.some((e) => ids.has(e.id))) return out;
  if (move === 'front' || move === 'back') {
    const chosen = out.filter((e) => ids.has(e.id));
    const rest = out.filter((e) => !ids.has(e.id));
    return move === 'front' ? [...rest, ...chosen] : [...chosen, ...rest];
  }
  // One step: each chosen element swaps with the nearest unchosen neighbour in that direction.
  if (move === 'forward') {
    for (let i = out.length - 2; i >= 0; i--) {
      if (ids.has(out[i]!.id) && !ids.has(out[i + 1]!.id)) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
    }
  } else {
    for (let i = 1; i < out.length; i++) {
      if (ids.has(out[i]!.id) && !ids.has(out[i - 1]!.id)) [out[i], out[i - 1]] = [out[i - 1]!, out[i]!];
    }
  }
  return out;
}

/** Applies a stacking move at every level of the tree (selections are siblings in practice). */
export function restack(elements: readonly Element[], ids: ReadonlySet<string>, move: StackMove): Element[] {
  return restackList(elements, ids, move).map((el) => (el.type === 'group' ? { ...el, children: restack(el.children, ids, move) } : el));
}

/** Moves one top-level element to `index` (0 = bottom of the stack). */
export function moveToIndex(elements: readonly Element[], id: string, index: number): Element[] {
  const from = elements.findIndex((e) => e.id === id);
  if (from < 0) return [...elements];
  const out = [...elements];
  const [el] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(out.length, index)), 0, el!);
  return out;
}

/**
 * Groups the chosen top-level elements into one group placed where the topmost of them was.
 * Returns null when fewer than two top-level elements are chosen.
 */
export function groupTopLevel(elements: readonly Element[], ids: ReadonlySet<string>, groupId = newId('group')): { elements: Element[]; group: GroupElement } | null {
  const chosen = elements.filter((e) => ids.has(e.id));
  if (chosen.length < 2) return null;
  const group = makeGroup(chosen, groupId);
  const topIndex = elements.reduce((last, e, i) => (ids.has(e.id) ? i : last), -1);
  const out: Element[] = [];
  elements.forEach((e, i) => {
    if (i === topIndex) out.push(group);
    else if (!ids.has(e.id)) out.push(e);
  });
  return { elements: out, group };
}

/** Replaces each chosen top-level group by its children, placed in the group's parent. */
export function ungroupTopLevel(elements: readonly Element[], ids: ReadonlySet<string>): { elements: Element[]; released: string[] } {
  const out: Element[] = [];
  const released: string[] = [];
  for (const e of elements) {
    if (e.type === 'group' && ids.has(e.id)) {
      const children = ungroupChildren(e);
      out.push(...children);
      released.push(...children.map((c) => c.id));
    } else out.push(e);
  }
  return { elements: out, released };
}

/** A deep copy with fresh ids (children too), shifted by (dx, dy). */
export function cloneElement(el: Element, dx = 0, dy = 0): Element {
  const prefix = el.type === 'group' ? 'group' : el.type;
  const copy = { ...el, id: newId(prefix), x: el.x + dx, y: el.y + dy } as Element;
  if (copy.type === 'group') (copy as GroupElement).children = (el as GroupElement).children.map((c) => cloneElement(c));
  return copy;
}

/** Top-level ids only: a selection never contains an element and its own ancestor. */
export function topLevelIds(elements: readonly Element[], ids: readonly string[]): string[] {
  const top = new Set(elements.map((e) => e.id));
  return ids.filter((id) => top.has(id));
}
