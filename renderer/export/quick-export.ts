// Quick exports (File > Export PNG, Export EN + ES, Copy image) are jobs of the one export path
// (core/export/job.ts); the actions load this module when first used. They draw what the canvas shows: the size being previewed in the size
// bar, with its adaptation and hand adjustments, or the design's own size when none is.
import { runExportJob, DEFAULT_QUALITY, type ExportSink, type ExportSummary } from '../../core/export';
import { apiErrorInfo } from '../../core/api-errors';
import type { Language } from '../../core/model';
import { getApi } from '../bridge';
import { useDesignStore } from '../state/design-store';
import { createAppEncoder } from './app-encoder';
import { QUICK_NAME_PATTERN, quickExportPreset } from './quick-preset';
import { clipboardSink, saveFileSink } from './sinks';

export { QUICK_NAME_PATTERN, quickExportPreset } from './quick-preset';

/** Runs one quick export of the open design as PNG into `sink`, in `languages`. */
export async function quickExport(sink: ExportSink, languages?: readonly Language[]): Promise<ExportSummary> {
  const design = useDesignStore.getState().design;
  const summary = await runExportJob(
    {
      design,
      presets: [quickExportPreset(design)],
      languages: languages ?? [design.language],
      format: 'png',
      quality: DEFAULT_QUALITY,
      scale: 1,
      pattern: QUICK_NAME_PATTERN,
    },
    { encoder: createAppEncoder({ oneOff: true }), sink, signal: new AbortController().signal, errorInfo: apiErrorInfo },
  );
  const failed = summary.failed[0];
  if (failed) throw Object.assign(new Error(failed.code), { code: failed.code, params: failed.params });
  return summary;
}

export const quickSaveSink = (): ExportSink => saveFileSink(getApi());
export const quickClipboardSink = (): ExportSink => clipboardSink(getApi());
