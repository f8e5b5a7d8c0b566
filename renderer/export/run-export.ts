// The export dialog's run: the one export job (core/export/job.ts) into the folder the user chose,
// asking before replacing files. Cancelling stops between images, so only complete files remain.
import { runExportJob, type ExportJob as CoreExportJob, type CanvasLike, type Encoder, type ExportProgress, type ExportSummary, type PdfDeps } from '../../core/export';
import type { PlacardApi } from '../../core/api';
import { apiErrorInfo } from '../../core/api-errors';
import { folderSink } from './sinks';
import type { VideoWriter } from '../../core/motion';

export { patternFor, type ExportedFile, type ExportProgress, type ExportSummary, type FailedFile } from '../../core/export';

export interface ExportJob extends CoreExportJob {
  folderToken: string;
}

export interface ExportRunDeps {
  api: Pick<PlacardApi, 'writeExportFiles'>;
  encoder: Encoder<CanvasLike>;
  signal: AbortSignal;
  onProgress(p: ExportProgress): void;
  /** Asked once when files exist: 'replace' (this and later ones), 'skip' or 'cancel'. */
  confirmOverwrite(names: string[]): Promise<'replace' | 'skip' | 'cancel'>;
  /** The label font and words of a PDF (format 'pdf'). */
  pdf?: PdfDeps;
  /** Encodes MP4 and WebM (formats 'mp4', 'webm'). */
  video?: VideoWriter<CanvasLike>;
}

export function runExport(job: ExportJob, deps: ExportRunDeps): Promise<ExportSummary> {
  return runExportJob(job, {
    encoder: deps.encoder,
    sink: folderSink(deps.api, job.folderToken, deps.confirmOverwrite),
    signal: deps.signal,
    onProgress: deps.onProgress,
    errorInfo: apiErrorInfo,
    ...(deps.pdf ? { pdf: deps.pdf } : {}),
    ...(deps.video ? { video: deps.video } : {}),
  });
}
