// The ONE export path: every export, copy and quick export is a job run here. For each language
// and preset the design is exported (adapted, text re-fitted, drawn, encoded, fitted to the byte
// limit), named by the one naming rule, and handed with its alt text to a sink: a folder, a file
// the user picks, the clipboard. The next image is drawn while the sink writes this one; files
// still land one by one, in order, and nothing new starts after Cancel.
import type { Design, Language } from '../model/schema';
import type { Preset } from '../presets/types';
import { altTextFile } from './alt-text';
import { EXPORT_LOOKAHEAD, inOrderAhead } from './batch';
import { altTextFileName, fileNameFor } from './naming';
import { exportDesign } from './pipeline';
import { ExportError, type CancelSignal, type CanvasLike, type EncodeFormat, type Encoder, type ExportResult } from './types';

export interface ExportJob {
  design: Design;
  presets: readonly Preset[];
  languages: readonly Language[];
  format: EncodeFormat;
  quality: number;
  scale: number;
  /** The file-name pattern (core/export/naming.ts tokens). */
  pattern: string;
}

/** One finished image as a sink receives it. */
export interface SinkFile {
  preset: Preset;
  lang: Language;
  fileName: string;
  result: ExportResult;
  /** The alt text written beside the image, when the design has one for this language. */
  altText: { fileName: string; text: string } | null;
}

export type SinkOutcome = { status: 'written'; path?: string } | { status: 'skipped' } | { status: 'cancelled' };

/** Where finished images go. A sink failure (thrown) fails that image only. */
export interface ExportSink {
  write(file: SinkFile): Promise<SinkOutcome>;
}

export interface ExportedFile {
  preset: Preset;
  lang: Language;
  fileName: string;
  altTextFileName: string | null;
  /** Where the sink put it, when it says (a save dialog's path). */
  path?: string;
  result: ExportResult;
}

export interface FailedFile {
  preset: Preset;
  lang: Language;
  code: string;
  params: Record<string, string | number>;
}

export interface ExportSummary {
  files: ExportedFile[];
  failed: FailedFile[];
  /** Names the user chose not to replace. */
  skipped: string[];
  cancelled: boolean;
}

export interface ExportProgress {
  done: number;
  total: number;
  current: { preset: Preset; lang: Language } | null;
}

export interface ExportJobDeps {
  encoder: Encoder<CanvasLike>;
  sink: ExportSink;
  signal: CancelSignal;
  onProgress?(p: ExportProgress): void;
  /** Turns a sink's thrown error into a code and params (e.g. core/api apiErrorInfo). */
  errorInfo?(e: unknown): { code: string; params: Record<string, string | number> } | null;
}

/** With several languages the file names must differ: {lang} is added when the pattern lacks it. */
export function patternFor(pattern: string, languages: readonly Language[]): string {
  return languages.length > 1 && !pattern.includes('{lang}') ? `${pattern}-{lang}` : pattern;
}

export async function runExportJob(job: ExportJob, deps: ExportJobDeps): Promise<ExportSummary> {
  const summary: ExportSummary = { files: [], failed: [], skipped: [], cancelled: false };
  const items = job.languages.flatMap((lang) => job.presets.map((preset) => ({ lang, preset, design: { ...job.design, language: lang } as Design })));
  const total = items.length;
  const pattern = patternFor(job.pattern, job.languages);
  const infoOf = (e: unknown, fallback: { code: string; params: Record<string, string | number> }) =>
    e instanceof ExportError ? { code: e.code, params: e.params } : (deps.errorInfo?.(e) ?? fallback);
  const exports = inOrderAhead(
    items,
    EXPORT_LOOKAHEAD,
    ({ design, preset }) => exportDesign(design, preset, { format: job.format, quality: job.quality, scale: job.scale, signal: deps.signal }, deps.encoder),
    deps.signal,
  );
  deps.onProgress?.({ done: 0, total, current: items[0] ? { preset: items[0].preset, lang: items[0].lang } : null });
  for await (const { item, index: i, outcome } of exports) {
    const { design, preset, lang } = item;
    const index = i + 1;
    if (deps.signal.aborted) {
      summary.cancelled = true;
      break;
    }
    const next = items[i + 1];
    deps.onProgress?.({ done: index, total, current: next ? { preset: next.preset, lang: next.lang } : null });
    if (!outcome.ok) {
      const e = outcome.error;
      if (e instanceof ExportError && e.code === 'export.cancelled') {
        summary.cancelled = true;
        break;
      }
      summary.failed.push({ preset, lang, ...infoOf(e, { code: 'export.encoder-failed', params: { format: job.format } }) });
      continue;
    }
    const result = outcome.value;
    const fileName = fileNameFor(pattern, { design, preset, lang, index, ext: result.extension, width: result.width, height: result.height });
    const alt = altTextFile(design, lang);
    const altText = alt ? { fileName: altTextFileName(fileName), text: alt } : null;
    try {
      const written = await deps.sink.write({ preset, lang, fileName, result, altText });
      if (written.status === 'cancelled') {
        summary.cancelled = true;
        break;
      }
      if (written.status === 'skipped') {
        summary.skipped.push(fileName);
        continue;
      }
      summary.files.push({ preset, lang, fileName, altTextFileName: altText?.fileName ?? null, ...(written.path ? { path: written.path } : {}), result });
    } catch (e) {
      summary.failed.push({ preset, lang, ...infoOf(e, { code: 'unknown', params: {} }) });
    }
  }
  deps.onProgress?.({ done: summary.files.length + summary.failed.length + summary.skipped.length, total, current: null });
  return summary;
}
