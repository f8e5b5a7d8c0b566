// Walking the element tree: groups hold children, everything else is a leaf.
import type { Element } from './schema';

export function* walkElements(elements: readonly Element[], depth = 0): Generator<{ element: Element; depth: number }> {
  for (const element of elements) {
    yield { element, depth };
    if (element.type === 'group') yield* walkElements(element.children, depth + 1);
  }
}

export function findElement(elements: readonly Element[], id: string): Element | undefined {
  for (const { element } of walkElements(elements)) if (element.id === id) return element;
  return undefined;
}

/** Returns a new tree with the element of that id replaced by fn(element); other branches are shared. */
export function mapElement(elements: readonly Element[], id: string, fn: (el: Element) => Element): Element[] {
  return elements.map((el) => {
    if (el.id === id) return fn(el);
    if (el.type === 'group') {
      const children = mapElement(el.children, id, fn);
      return children.some((c, i) => c !== el.children[i]) ? { ...el, children } : el;
    }
    return el;
  });
}

export function removeElements(elements: readonly Element[], ids: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (const el of elements) {
    if (ids.has(el.id)) continue;
    out.push(el.type === 'group' ? { ...el, children: removeElements(el.children, ids) } : el);
  }
  return out;
}
