// Which image is being cropped on the canvas (at most one); the crop overlay reads it.
import { create } from 'zustand';

interface CropState {
  croppingId: string | null;
  start(id: string): void;
  stop(): void;
}

export const useCropStore = create<CropState>()((set) => ({
  croppingId: null,
  start: (id) => set({ croppingId: id }),
  stop: () => set({ croppingId: null }),
}));
