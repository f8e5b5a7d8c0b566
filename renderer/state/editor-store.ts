// Editor state that is not part of the document: selection, zoom, text being edited, messages.
import { create } from 'zustand';

export type StatusMessage = { key: string; params?: Record<string, string | number>; tone: 'info' | 'success' | 'error' };

export interface EditorState {
  selectedIds: string[];
  /** Canvas pixels per design pixel. */
  zoom: number;
  /** When true the zoom follows the window size. */
  zoomToFit: boolean;
  /** Screen pixels the page is panned from its centered position. */
  pan: { x: number; y: number };
  editingTextId: string | null;
  /** Bumped when web fonts finish loading so text re-measures. */
  fontsVersion: number;
  status: StatusMessage | null;
  busy: boolean;
  /** Which left-panel tab is chosen. */
  leftTab: string;
  /** Whether the left panel is shown beside its rail (hidden, the canvas takes its room). */
  leftOpen: boolean;

  select(ids: string[]): void;
  toggleSelected(id: string): void;
  setZoom(zoom: number, toFit?: boolean): void;
  /** Sets zoom and pan together (zooming about the pointer needs both). */
  setView(zoom: number, pan: { x: number; y: number }): void;
  setEditingText(id: string | null): void;
  bumpFonts(): void;
  setStatus(status: StatusMessage | null): void;
  setBusy(busy: boolean): void;
  /** Chooses a tab and shows the panel. */
  setLeftTab(id: string): void;
  setLeftOpen(open: boolean): void;
}

/** Below this window width the left panel floats over the canvas (styles.css, panels/left/LeftPanel.tsx). */
export const NARROW_WINDOW = '(max-width: 1000px)';

/** Whether the window is that narrow now (never in Node). */
export function narrowWindow(): boolean {
  return typeof window !== 'undefined' && (window.matchMedia?.(NARROW_WINDOW).matches ?? false);
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 8;

export const useEditorStore = create<EditorState>()((set, get) => ({
  selectedIds: [],
  zoom: 0.5,
  zoomToFit: true,
  pan: { x: 0, y: 0 },
  editingTextId: null,
  fontsVersion: 0,
  status: null,
  busy: false,
  leftTab: 'design',
  // A narrow window starts with the canvas clear; the rail opens the panel over it.
  leftOpen: !narrowWindow(),

  select: (ids) => set({ selectedIds: ids }),
  toggleSelected: (id) => {
    const ids = get().selectedIds;
    set({ selectedIds: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] });
  },
  setZoom: (zoom, toFit = false) => set({ zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)), zoomToFit: toFit, ...(toFit ? { pan: { x: 0, y: 0 } } : {}) }),
  setView: (zoom, pan) => set({ zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)), zoomToFit: false, pan }),
  setEditingText: (id) => set({ editingTextId: id }),
  bumpFonts: () => set({ fontsVersion: get().fontsVersion + 1 }),
  setStatus: (status) => set({ status }),
  setBusy: (busy) => set({ busy }),
  setLeftTab: (leftTab) => set({ leftTab, leftOpen: true }),
  setLeftOpen: (leftOpen) => set({ leftOpen }),
}));
