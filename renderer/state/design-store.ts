// The design store: the document and its undo history. Every change is a named command so
// undo steps are meaningful; rapid changes with the same merge key (typing, nudging) merge into one.
import { create } from 'zustand';
import {
  pixelBudgetRefusal,
  canDelete,
  createDesign,
  enforceFillIn,
  filterPatchByLocks,
  opensInAuthorMode,
  mayAuthor,
  markedOwned,
  findElement,
  mapElement,
  removeElements,
  sameValue,
  type Design,
  type Element,
  type Language,
} from '../../core/model';

export const HISTORY_LIMIT = 300;
const MERGE_WINDOW_MS = 1200;

export interface HistoryEntry {
  /** i18n key naming the command, e.g. "history.move". */
  label: string;
  before: Design;
  mergeKey?: string;
  at: number;
}

export interface DesignState {
  design: Design;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Template authors may change locked properties; volunteers may not. */
  authorMode: boolean;
  /** Increments on every change; the autosave and "unsaved" indicator watch it. */
  revision: number;
  savedRevision: number;
  /** The last refusal caused by a lock, for the status bar. */
  lastRefusal: { elementId: string; keys: string[] } | null;
  /** The last change refused because its images would hold more pixels than a file may (core/model/asset-budget). */
  lastBudgetRefusal: { pixels: number; max: number; at: number } | null;

  commit(label: string, change: (design: Design) => Design, options?: { mergeKey?: string }): void;
  /** A new document with no history; starts in fill-in mode for templates and others' locked designs. */
  replaceDesign(design: Design): void;
  addElements(elements: Element[]): void;
  updateElement<T extends Element>(id: string, patch: Partial<T>, label: string, options?: { mergeKey?: string }): void;
  /** Several elements' patches as ONE undo step, each filtered by its locks. Returns the ids that refused something. */
  updateElements(patches: readonly { id: string; patch: Partial<Element> }[], label: string, options?: { mergeKey?: string }): string[];
  deleteElements(ids: readonly string[]): string[];
  undo(): void;
  redo(): void;
  setLanguage(language: Language): void;
  markSaved(): void;
  /** Author mode edits the template itself; fill-in mode enforces every lock. False when the design is not the user's to author. */
  setAuthorMode(on: boolean): boolean;
}

/**
 * The guard behind every command path: outside author mode, a new design is checked element by
 * element against the current one and anything a lock forbids is put back (core/model/locks).
 */
function guarded(current: Design, next: Design, authorMode: boolean): { design: Design; refusal: DesignState['lastRefusal'] } {
  if (authorMode || next === current) return { design: next, refusal: null };
  const { design, refused } = enforceFillIn(current, next);
  const first = refused[0];
  return { design, refusal: first ? { elementId: first.elementId, keys: first.keys } : null };
}

export const useDesignStore = create<DesignState>()((set, get) => ({
  design: createDesign({ width: 1080, height: 1080 }),
  past: [],
  future: [],
  authorMode: true,
  revision: 0,
  savedRevision: 0,
  lastRefusal: null,
  lastBudgetRefusal: null,

  commit(label, change, options = {}) {
    const { design, past, authorMode } = get();
    const proposed = change(design);
    // Every path that adds or swaps an image ends here: refuse what could not be saved or opened.
    const overBudget = pixelBudgetRefusal(design, proposed);
    if (overBudget) {
      set({ lastBudgetRefusal: { ...overBudget, at: Date.now() } });
      return;
    }
    const checked = guarded(design, proposed, authorMode);
    if (checked.refusal) set({ lastRefusal: checked.refusal });
    // A template the user makes here (slots marked in author mode) is theirs from that moment.
    const next = markedOwned(checked.design, authorMode);
    if (next === design || (checked.refusal && sameValue(next, design))) return;
    const now = Date.now();
    const last = past.at(-1);
    const merges = options.mergeKey !== undefined && last?.mergeKey === options.mergeKey && now - last.at < MERGE_WINDOW_MS;
    const newPast = merges
      ? [...past.slice(0, -1), { ...last!, at: now }]
      : [...past, { label, before: design, mergeKey: options.mergeKey, at: now }].slice(-HISTORY_LIMIT);
    set({ design: next, past: newPast, future: [], revision: get().revision + 1 });
  },

  replaceDesign(design) {
    // A template, work made from one, or someone else's locked design opens in fill-in mode so its
    // locks hold from the first command; the user's own work opens in author mode.
    set({ design, past: [], future: [], revision: 0, savedRevision: 0, lastRefusal: null, authorMode: opensInAuthorMode(design) });
  },

  addElements(elements) {
    if (!elements.length) return;
    get().commit('history.add', (d) => ({ ...d, elements: [...d.elements, ...elements] }));
  },

  updateElement(id, patch, label, options) {
    const { design, authorMode } = get();
    const element = findElement(design.elements, id);
    if (!element) return;
    const { allowed, refused } = filterPatchByLocks(element, patch as Partial<Element>, authorMode);
    if (refused.length) set({ lastRefusal: { elementId: id, keys: refused } });
    const changed = Object.entries(allowed).some(([k, v]) => (element as Record<string, unknown>)[k] !== v);
    if (!changed) return;
    get().commit(label, (d) => ({ ...d, elements: mapElement(d.elements, id, (el) => ({ ...el, ...allowed }) as Element) }), options);
  },

  updateElements(patches, label, options) {
    const { design, authorMode } = get();
    const refusedIds: string[] = [];
    const allowedById = new Map<string, Partial<Element>>();
    for (const { id, patch } of patches) {
      const element = findElement(design.elements, id);
      if (!element) continue;
      const { allowed, refused } = filterPatchByLocks(element, patch, authorMode);
      if (refused.length) {
        refusedIds.push(id);
        set({ lastRefusal: { elementId: id, keys: refused } });
      }
      if (Object.entries(allowed).some(([k, v]) => (element as Record<string, unknown>)[k] !== v)) allowedById.set(id, allowed);
    }
    if (allowedById.size) {
      get().commit(
        label,
        (d) => {
          let elements = d.elements;
          for (const [id, allowed] of allowedById) elements = mapElement(elements, id, (el) => ({ ...el, ...allowed }) as Element);
          return { ...d, elements };
        },
        options,
      );
    }
    return refusedIds;
  },

  deleteElements(ids) {
    const { design } = get();
    // A delete lock holds in every mode, like the Layers panel's lock: authors unlock first.
    const deletable = ids.filter((id) => {
      const el = findElement(design.elements, id);
      return el !== undefined && canDelete(el);
    });
    if (deletable.length < ids.length) set({ lastRefusal: { elementId: ids.find((id) => !deletable.includes(id))!, keys: ['delete'] } });
    if (deletable.length) get().commit('history.delete', (d) => ({ ...d, elements: removeElements(d.elements, new Set(deletable)) }));
    return deletable;
  },

  undo() {
    const { past, future, design, revision, authorMode } = get();
    const entry = past.at(-1);
    if (!entry) return;
    // The step is used up even when a lock keeps part of it; redo returns to today's design.
    const checked = guarded(design, entry.before, authorMode);
    if (checked.refusal) set({ lastRefusal: checked.refusal });
    set({ design: checked.design, past: past.slice(0, -1), future: [...future, { ...entry, before: design }], revision: revision + 1 });
  },

  redo() {
    const { past, future, design, revision, authorMode } = get();
    const entry = future.at(-1);
    if (!entry) return;
    const checked = guarded(design, entry.before, authorMode);
    if (checked.refusal) set({ lastRefusal: checked.refusal });
    set({ design: checked.design, future: future.slice(0, -1), past: [...past, { ...entry, before: design, mergeKey: undefined }], revision: revision + 1 });
  },

  setLanguage(language) {
    get().commit('history.language', (d) => (d.language === language ? d : { ...d, language }));
  },

  markSaved() {
    set({ savedRevision: get().revision });
  },

  setAuthorMode(on) {
    // Templates from the gallery, a pack or someone else's file need "Edit a copy" first.
    if (on && !mayAuthor(get().design)) return false;
    if (get().authorMode !== on) set({ authorMode: on, lastRefusal: null });
    return true;
  },
}));
