// Lock enforcement lives in the model so every command path (UI, paste, undo, keyboard) obeys it.
import type { Design, DesignOrigin, Element, Locks } from './schema';
import { CONTENT_KEYS } from '../elements';

const GEOMETRY_MOVE = ['x', 'y'] as const;
const GEOMETRY_RESIZE = ['width', 'height', 'rotation'] as const;
/** Keys that never count as style: identity, geometry, content, visibility of the element in the editor. */
const NON_STYLE = new Set<string>(['id', 'type', 'name', 'locks', 'visible', 'children', 'anchor', 'keyframes', ...GEOMETRY_MOVE, ...GEOMETRY_RESIZE, ...CONTENT_KEYS]);

export type LockKind = keyof Locks;

/** Which lock (if any) forbids changing `key`. */
export function lockForKey(key: string): LockKind | null {
  // The anchor says where the element goes at other sizes: part of its placement.
  if ((GEOMETRY_MOVE as readonly string[]).includes(key) || key === 'anchor' || key === 'keyframes') return 'move';
  if ((GEOMETRY_RESIZE as readonly string[]).includes(key)) return 'resize';
  if (CONTENT_KEYS.includes(key)) return 'content';
  if (NON_STYLE.has(key)) return null;
  return 'style';
}

/**
 * Removes from `patch` every key the element's locks forbid; `authorMode` (template authors)
 * bypasses locks. Returns the allowed patch and the names of refused keys.
 */
export function filterPatchByLocks<T extends Element>(element: T, patch: Partial<T>, authorMode = false): { allowed: Partial<T>; refused: string[] } {
  if (authorMode) return { allowed: patch, refused: [] };
  const allowed: Partial<T> = {};
  const refused: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'locks') {
      refused.push(key);
      continue;
    }
    const lock = lockForKey(key);
    if (lock && element.locks[lock]) refused.push(key);
    else (allowed as Record<string, unknown>)[key] = value;
  }
  return { allowed, refused };
}

export function canDelete(element: Element, authorMode = false): boolean {
  return authorMode || !element.locks.delete;
}

/** One element's refused changes: property keys, or "delete"/"move" for structural changes. */
export interface LockRefusal {
  elementId: string;
  keys: string[];
}

interface Placed {
  element: Element;
  parentId: string | null;
  index: number;
}

function indexTree(elements: readonly Element[], parentId: string | null = null, out = new Map<string, Placed>()): Map<string, Placed> {
  elements.forEach((element, index) => {
    out.set(element.id, { element, parentId, index });
    if (element.type === 'group') indexTree(element.children, element.id, out);
  });
  return out;
}

/** Structural equality of JSON-like values (element properties are plain data). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * A color token's fallback is a cache of the kit's value (rethemeDesign refreshes it), so two
 * values that differ only there draw the same and are not a style change.
 */
function withoutFallbacks(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutFallbacks);
  const record = value as Record<string, unknown>;
  if (typeof record.token === 'string') return { token: record.token };
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withoutFallbacks(v)]));
}

/** Keys a volunteer may never change on any element: the template's own rules. */
const AUTHOR_ONLY = new Set(['locks', 'slot']);

function revertLockedKeys(before: Element, after: Element): { element: Element; keys: string[] } {
  const keys: string[] = [];
  const fixed: Record<string, unknown> = { ...after };
  const all = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of all) {
    if (key === 'children' || key === 'id') continue;
    const was = (before as Record<string, unknown>)[key];
    const now = (after as Record<string, unknown>)[key];
    if (sameValue(was, now) || sameValue(withoutFallbacks(was), withoutFallbacks(now))) continue;
    const lock = lockForKey(key);
    const forbidden = AUTHOR_ONLY.has(key) || (key === 'type' ? Object.values(before.locks).some(Boolean) : lock !== null && before.locks[lock]);
    if (!forbidden) continue;
    keys.push(key);
    if (was === undefined) delete fixed[key];
    else fixed[key] = was;
  }
  return { element: keys.length ? (fixed as unknown as Element) : after, keys };
}

function replaceById(elements: readonly Element[], fixes: ReadonlyMap<string, Element>): Element[] {
  let changed = false;
  const out = elements.map((el) => {
    let next = fixes.get(el.id) ?? el;
    if (next.type === 'group') {
      const children = replaceById(next.children, fixes);
      if (children !== next.children) next = { ...next, children };
    }
    if (next !== el) changed = true;
    return next;
  });
  return changed ? out : (elements as Element[]);
}

function withoutIds(elements: readonly Element[], ids: ReadonlySet<string>): Element[] {
  return elements.filter((el) => !ids.has(el.id)).map((el) => (el.type === 'group' ? { ...el, children: withoutIds(el.children, ids) } : el));
}

function insertAt(elements: readonly Element[], parentId: string | null, index: number, element: Element): Element[] | null {
  if (parentId === null) {
    const out = [...elements];
    out.splice(Math.min(index, out.length), 0, element);
    return out;
  }
  let found = false;
  const visit = (list: readonly Element[]): Element[] =>
    list.map((el) => {
      if (el.type !== 'group') return el;
      if (el.id === parentId) {
        found = true;
        const children = [...el.children];
        children.splice(Math.min(index, children.length), 0, element);
        return { ...el, children };
      }
      return { ...el, children: visit(el.children) };
    });
  const out = visit(elements);
  return found ? out : null;
}

/**
 * The store-level guard for volunteers (not author mode): given the design before and after any
 * command (paste, align, nudge, undo, redo, or one added later), puts back every property a lock
 * forbids changing, restores deleted elements that are locked against deletion, and refuses
 * outright a change that re-parents a move-locked element or deletes the group holding a locked
 * one (no partial repair could keep its position honest). Lock flags and slot marks are the
 * author's and never change here. Returns `after` itself when nothing was refused.
 */
export function enforceLocks<D extends { elements: Element[] }>(before: D, after: D): { design: D; refused: LockRefusal[] } {
  if (before.elements === after.elements) return { design: after, refused: [] };
  const was = indexTree(before.elements);
  const now = indexTree(after.elements);
  const refused: LockRefusal[] = [];
  const fixes = new Map<string, Element>();
  const missing: Placed[] = [];

  for (const [id, b] of was) {
    const a = now.get(id);
    if (!a) {
      if (b.element.locks.delete) missing.push(b);
      continue;
    }
    if (a.parentId !== b.parentId && b.element.locks.move) return { design: before, refused: [{ elementId: id, keys: ['move'] }] };
    if (a.element === b.element) continue;
    const { element, keys } = revertLockedKeys(b.element, a.element);
    if (keys.length) {
      fixes.set(id, element);
      refused.push({ elementId: id, keys });
    }
  }

  let elements = fixes.size ? replaceById(after.elements, fixes) : after.elements;
  const restored = new Set<string>();
  for (const m of missing) {
    if (restored.has(m.element.id)) continue; // came back with a restored ancestor
    const subtree = indexTree([m.element]);
    for (const id of subtree.keys()) restored.add(id);
    // Ungrouping leaves the children elsewhere; the restored group brings its own copies.
    const next = insertAt(withoutIds(elements, new Set(subtree.keys())), m.parentId, m.index, m.element);
    if (!next) return { design: before, refused: [{ elementId: m.element.id, keys: ['delete'] }] };
    elements = next;
    refused.push({ elementId: m.element.id, keys: ['delete'] });
  }
  if (!refused.length) return { design: after, refused };
  return { design: { ...after, elements }, refused };
}

/**
 * True when some element is marked as a slot: the design is a template, or work made from one.
 * Locks alone do not count (meme layouts lock their caption bands for the user's own comfort).
 */
export function hasSlots(elements: readonly Element[]): boolean {
  return elements.some((el) => el.slot !== undefined || (el.type === 'group' && hasSlots(el.children)));
}

/** True when some element carries a lock flag. */
export function hasLocks(elements: readonly Element[]): boolean {
  return elements.some((el) => Object.values(el.locks).some(Boolean) || (el.type === 'group' && hasLocks(el.children)));
}

/**
 * Whether the user may switch this design to author mode: their own work (made here, or a
 * template of their own), never a template from the gallery, a pack or someone else's file,
 * which need "Edit a copy" first. A design with slots and no origin is a template from a file;
 * locks alone do not make a design foreign (memes lock their caption bands), and hold anyway.
 */
export function mayAuthor(design: { elements: Element[]; origin?: DesignOrigin | undefined }): boolean {
  return design.origin ? design.origin.owned : !hasSlots(design.elements);
}

/**
 * A design changed in author mode that has slots: a template being made here, marked as the
 * user's own (the store applies it to every author-mode change), so saving and reopening it does
 * not lock its author out.
 */
export function markedOwned<D extends { id: string; elements: Element[]; origin?: DesignOrigin }>(design: D, authorMode: boolean): D {
  if (!authorMode || design.origin || !hasSlots(design.elements)) return design;
  return { ...design, origin: { templateId: design.id, name: {}, owned: true, texts: {}, photos: {}, altText: {} } };
}

/** The mode a design opens in: templates (slots) and others' locked designs in fill-in mode. */
export function opensInAuthorMode(design: { elements: Element[]; origin?: DesignOrigin | undefined }): boolean {
  return !hasSlots(design.elements) && mayAuthor(design);
}

/** Design-wide parts that fill-in mode keeps as the author left them. */
const FIXED_DESIGN_KEYS = ['width', 'height', 'background', 'brandKitId', 'altPattern', 'origin'] as const;

function idOrder(elements: readonly Element[], out = new Map<string, string[]>(), parent = ''): Map<string, string[]> {
  out.set(parent, elements.map((el) => el.id));
  for (const el of elements) if (el.type === 'group') idOrder(el.children, out, el.id);
  return out;
}

/** The element order is the author's: the ids both designs share must keep their order in each group. */
function sameOrder(before: readonly Element[], after: readonly Element[]): boolean {
  const a = idOrder(before);
  const b = idOrder(after);
  for (const [parent, ids] of a) {
    const now = b.get(parent);
    if (!now) continue;
    const kept = new Set(now);
    const was = ids.filter((id) => kept.has(id));
    const had = new Set(ids);
    const is = now.filter((id) => had.has(id));
    if (was.length !== is.length || was.some((id, i) => id !== is[i])) return false;
  }
  return true;
}


/**
 * Fill-in mode's guard over the whole design: the element locks (enforceLocks), then what the
 * author did not open: canvas size, background, brand kit, alt-text pattern and origin, element
 * order, and the set of elements (nothing added). Hand adjustments per size keep the positions of
 * move- or resize-locked elements. Returns `after` itself when nothing was refused.
 */
export function enforceFillIn(before: Design, after: Design): { design: Design; refused: LockRefusal[] } {
  if (before === after) return { design: after, refused: [] };
  if (!sameOrder(before.elements, after.elements)) return { design: before, refused: [{ elementId: '', keys: ['order'] }] };
  const { design: locked, refused } = enforceLocks(before, after);
  let design = locked;
  const was = indexTree(before.elements);
  const added = [...indexTree(design.elements).keys()].filter((id) => !was.has(id));
  if (added.length) {
    design = { ...design, elements: withoutIds(design.elements, new Set(added)) };
    refused.push({ elementId: '', keys: ['add'] });
  }
  const restored: Record<string, unknown> = {};
  const keys: string[] = [];
  for (const key of FIXED_DESIGN_KEYS) {
    if (sameValue(withoutFallbacks(before[key]), withoutFallbacks(design[key]))) continue;
    restored[key] = before[key];
    keys.push(key === 'width' || key === 'height' ? 'size' : key);
  }
  if (keys.length) {
    design = { ...design, ...restored };
    refused.push({ elementId: '', keys: [...new Set(keys)] });
  }
  const layouts = keepLockedAdjustments(before, design);
  if (layouts !== design.layouts) {
    design = { ...design, layouts };
    refused.push({ elementId: '', keys: ['layouts'] });
  }
  return refused.length ? { design, refused } : { design: after, refused };
}

function keepLockedAdjustments(before: Design, after: Design): Design['layouts'] {
  if (before.layouts === after.layouts) return after.layouts;
  const fixedIds = [...indexTree(before.elements).values()].filter((p) => p.element.locks.move || p.element.locks.resize).map((p) => p.element.id);
  if (!fixedIds.length) return after.layouts;
  let changed = false;
  const out: NonNullable<Design['layouts']> = {};
  const sizes = new Set([...Object.keys(before.layouts ?? {}), ...Object.keys(after.layouts ?? {})]);
  for (const size of sizes) {
    const b = before.layouts?.[size];
    const a = after.layouts?.[size];
    if (!a) {
      if (b && fixedIds.some((id) => Object.hasOwn(b.elements, id))) {
        out[size] = { ...b, elements: Object.fromEntries(fixedIds.filter((id) => Object.hasOwn(b.elements, id)).map((id) => [id, b.elements[id]!])) };
        changed = true;
      }
      continue;
    }
    const elements = { ...a.elements };
    for (const id of fixedIds) {
      const was = b?.elements[id];
      if (sameValue(was, elements[id])) continue;
      changed = true;
      if (was === undefined) delete elements[id];
      else elements[id] = was;
    }
    out[size] = { ...a, elements };
  }
  return changed ? out : after.layouts;
}
