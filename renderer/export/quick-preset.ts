// What quick exports draw (the size being previewed, else the design's own) and how they name
// files; light enough for menu labels at start (the export itself is quick-export.ts).
import { designSizePreset, type Preset } from '../../core/presets';
import type { Design } from '../../core/model';
import { useDesignStore } from '../state/design-store';
import { activePreset } from './size-store';

/** Quick exports name files by the pixel size they hold. */
export const QUICK_NAME_PATTERN = '{name}-{width}x{height}';

/** The size quick exports draw: the previewed preset, else the design's own size. */
export function quickExportPreset(design: Pick<Design, 'width' | 'height'> = useDesignStore.getState().design): Preset {
  return activePreset() ?? designSizePreset(design);
}
