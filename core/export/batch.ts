// Exports one design to several presets in turn, with progress and cancel between images.
import type { Design } from '../model/schema';
import type { Preset } from '../presets/types';
import { exportDesign, type ExportPipelineOptions } from './pipeline';
import { ExportError, type CanvasLike, type Encoder, type ExportResult } from './types';

export type BatchOutcome = { preset: Preset; ok: true; result: ExportResult } | { preset: Preset; ok: false; error: ExportError };

export interface BatchProgress {
  /** Presets finished (successfully or not). */
  done: number;
  total: number;
  presetId: string;
}

export interface BatchResult {
  outcomes: BatchOutcome[];
  cancelled: boolean;
}

/** A failure for one preset does not stop the others; cancelling does, keeping what is done. */
export async function exportBatch<C extends CanvasLike>(
  design: Design,
  presets: readonly Preset[],
  options: ExportPipelineOptions,
  encoder: Encoder<C>,
  onProgress?: (p: BatchProgress) => void,
): Promise<BatchResult> {
  const outcomes: BatchOutcome[] = [];
  for (const preset of presets) {
    if (options.signal?.aborted) return { outcomes, cancelled: true };
    try {
      outcomes.push({ preset, ok: true, result: await exportDesign(design, preset, options, encoder) });
    } catch (e) {
      if (e instanceof ExportError && e.code === 'export.cancelled') return { outcomes, cancelled: true };
      const error = e instanceof ExportError ? e : new ExportError('export.encoder-failed', e instanceof Error ? e.message : String(e), { preset: preset.id });
      outcomes.push({ preset, ok: false, error });
    }
    onProgress?.({ done: outcomes.length, total: presets.length, presetId: preset.id });
  }
  return { outcomes, cancelled: false };
}
