// The timeline's place in the editor: the moment shown (null: the still design, editable as
// ever) and whether it is playing. Not part of the document: nothing here is saved or undone.
import { create } from 'zustand';

interface MotionState {
  /** Seconds into the timeline the canvas shows, or null for the still design. */
  playhead: number | null;
  playing: boolean;
  setPlayhead(t: number | null): void;
  play(): void;
  pause(): void;
  /** Back to the still design. */
  stop(): void;
}

export const useMotionStore = create<MotionState>()((set) => ({
  playhead: null,
  playing: false,
  setPlayhead: (t) => set({ playhead: t === null ? null : Math.max(0, t) }),
  play: () => set((s) => ({ playing: true, playhead: s.playhead ?? 0 })),
  pause: () => set({ playing: false }),
  stop: () => set({ playing: false, playhead: null }),
}));
