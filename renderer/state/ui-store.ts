// Transient editor UI that is not the document or the selection: the command palette, the context
// menu, and the snap guides drawn during a drag (kept apart so a drag re-renders only the guides).
import { create } from 'zustand';
import type { Guide, SpacingMark } from '../../core/layout/snapping';

export interface UiState {
  paletteOpen: boolean;
  contextMenu: { x: number; y: number } | null;
  guides: Guide[];
  spacing: SpacingMark[];
  /** Rubber-band selection rectangle in stage (screen) pixels while dragging on empty canvas. */
  marquee: { x: number; y: number; width: number; height: number } | null;
  setMarquee(marquee: UiState['marquee']): void;
  setPaletteOpen(open: boolean): void;
  openContextMenu(x: number, y: number): void;
  closeContextMenu(): void;
  setGuides(guides: Guide[], spacing: SpacingMark[]): void;
  /** The slot whose fill-in field has the focus: outlined on the canvas, without selecting it. */
  focusedSlotId: string | null;
  setFocusedSlot(id: string | null): void;
}

function sameJson(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && (a.length === 0 || JSON.stringify(a) === JSON.stringify(b));
}

export const useUiStore = create<UiState>()((set, get) => ({
  paletteOpen: false,
  contextMenu: null,
  guides: [],
  spacing: [],
  marquee: null,
  focusedSlotId: null,
  setFocusedSlot: (focusedSlotId) => set({ focusedSlotId }),
  setMarquee: (marquee) => set({ marquee }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen, contextMenu: null }),
  openContextMenu: (x, y) => set({ contextMenu: { x, y }, paletteOpen: false }),
  closeContextMenu: () => set({ contextMenu: null }),
  setGuides: (guides, spacing) => {
    const s = get();
    // Called on every pointer move: unchanged guides must not re-render or redraw anything.
    if (sameJson(guides, s.guides) && sameJson(spacing, s.spacing)) return;
    set({ guides, spacing });
  },
}));
