// "One design, every size": which export size the editor previews, whether safe zones are
// drawn, and the user's saved custom sizes. The document itself stays in the design store;
// hand adjustments for a size live in design.layouts[presetId] (see size-view.ts).
import { create } from 'zustand';
import { getPreset, presetFromCustom, type CustomPreset, type Preset } from '../../core/presets';
import { getApi } from '../bridge';

export interface SizeState {
  /** The preset the canvas shows the design adapted to; null = the design's own size. */
  activePresetId: string | null;
  showSafeZones: boolean;
  customPresets: CustomPreset[];
  setActivePreset(id: string | null): void;
  setShowSafeZones(show: boolean): void;
  /** Loads the saved custom sizes from settings (once at start, harmless to repeat). */
  loadCustomPresets(): Promise<void>;
  /** Saves the full list of custom sizes to settings; throws the API's coded error. */
  saveCustomPresets(list: CustomPreset[]): Promise<void>;
}

export const useSizeStore = create<SizeState>()((set, get) => ({
  activePresetId: null,
  showSafeZones: true,
  customPresets: [],
  setActivePreset: (activePresetId) => {
    if (activePresetId !== null && !presetById(activePresetId, get().customPresets)) return;
    set({ activePresetId });
  },
  setShowSafeZones: (showSafeZones) => set({ showSafeZones }),
  async loadCustomPresets() {
    const settings = await getApi().getSettings();
    set({ customPresets: settings.customPresets ?? [] });
  },
  async saveCustomPresets(list) {
    const settings = await getApi().setSettings({ customPresets: list });
    const saved = settings.customPresets ?? [];
    const active = get().activePresetId;
    set({ customPresets: saved, activePresetId: active && presetById(active, saved) ? active : null });
  },
}));

/** A built-in preset or one of the user's custom sizes. */
export function presetById(id: string, custom: readonly CustomPreset[] = useSizeStore.getState().customPresets): Preset | undefined {
  const builtIn = getPreset(id);
  if (builtIn) return builtIn;
  const c = custom.find((p) => p.id === id);
  return c ? presetFromCustom(c) : undefined;
}

export function activePreset(): Preset | undefined {
  const id = useSizeStore.getState().activePresetId;
  return id ? presetById(id) : undefined;
}
