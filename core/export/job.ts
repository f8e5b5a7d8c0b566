// The ONE export path: every export, copy and quick export is a job run here. For each language
// and preset the design is exported (adapted, text re-fitted, drawn, encoded, fitted to the byte
// limit), named by the one naming rule, and handed with its alt text to a sink: a folder, a file
// the user picks, the clipboard. The next image is drawn while the sink writes this one; files
// still land one by one, in order, and nothing new starts after Cancel.
import type { Design, Language } from '../model/schema';
import type { Preset } from '../presets/types';
import { altTextFile } from './alt-text';
import { EXPORT_LOOKAHEAD, exportWeight, inOrderAhead } from './batch';
import { altTextFileName, fileNameFor } from './naming';
import { exportDesign } from './pipeline';
import { ExportError, type CancelSignal, type CanvasLike, type EncodeFormat, type Encoder, type ExportResult, type MotionFormat } from './types';
import { exportMotion, type VideoWriter } from '../motion/export';
import { exportPrintPdf, pdfNamePreset, type PrintOptions, type PrintText } from '../print/export';
import type { FontKey } from '../print/words';

export interface ExportJob {
  design: Design;
  presets: readonly Preset[];
  languages: readonly Language[];
  /** 'pdf': one print PDF holding every chosen print size and language as pages; GIF and video for moving designs. */
  format: EncodeFormat | 'pdf' | MotionFormat;
  quality: number;
  scale: number;
  /** The file-name pattern (core/export/naming.ts tokens). */
  pattern: string;
  /** How PDFs are made (dpi, bleed, marks, tiles); required with format 'pdf'. */
  print?: PrintOptions;
  /** Still formats of a moving design: the moment drawn, in seconds (the still design when absent). */
  time?: number;
  /** GIF and video: frames per second (15 for GIF, 30 for video when absent). */
  fps?: number;
  /** Bulk create: the row's number and cells, for {row} and column tokens in file names. */
  row?: { number: number; cells: Readonly<Record<string, string>> };
}

/** What a PDF needs from the room that runs the job: its label font and words in the UI language. */
export interface PdfDeps {
  font: Uint8Array;
  text: PrintText;
  /** The UI language, for the PDF's /Lang. */
  locale: string;
  /** The design's faces for the PDF's words (core/print/words); missing ones use the label font. */
  fonts?: (key: FontKey) => Promise<Uint8Array | null>;
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
  /** Required for PDF jobs. */
  pdf?: PdfDeps;
  /** Encodes MP4 and WebM where the platform can; without it video jobs fail with export.video-unsupported. */
  video?: VideoWriter<CanvasLike>;
}

/** With several languages the file names must differ: {lang} is added when the pattern lacks it. */
export function patternFor(pattern: string, languages: readonly Language[]): string {
  return languages.length > 1 && !pattern.includes('{lang}') ? `${pattern}-{lang}` : pattern;
}

export async function runExportJob(job: ExportJob, deps: ExportJobDeps): Promise<ExportSummary> {
  if (job.format === 'pdf') return runPdfJob(job, deps);
  const items = job.languages.flatMap((lang) => job.presets.map((preset) => ({ lang, preset, design: { ...job.design, language: lang } as Design })));
  return runJobItems(
    items.map((item, i) => ({ ...item, index: i + 1, ...(job.row ? { row: job.row } : {}) })),
    { ...job, format: job.format, pattern: patternFor(job.pattern, job.languages) },
    deps,
  );
}

/** One image of an export: a design in a language at a size, its number for {n}, and its sheet row for {row} and column tokens. */
export interface JobItem {
  design: Design;
  preset: Preset;
  lang: Language;
  index: number;
  row?: ExportJob['row'];
}

/** What happened to one item: a file written, a failure, or a name the user chose not to replace. */
export type ItemOutcome = { kind: 'file'; file: ExportedFile } | { kind: 'failed'; failed: FailedFile } | { kind: 'skipped'; fileName: string };

/**
 * Exports still or moving `items` (a job's, or every row's of a bulk run) a few at a time, the
 * biggest first, and hands each to the sink in order; `onItem` hears what became of each.
 */
export async function runJobItems<I extends JobItem>(
  items: readonly I[],
  options: Pick<ExportJob, 'quality' | 'scale' | 'pattern' | 'time' | 'fps'> & { format: EncodeFormat | MotionFormat },
  deps: ExportJobDeps,
  onItem?: (item: I, outcome: ItemOutcome) => void,
): Promise<ExportSummary> {
  const format = options.format;
  const summary: ExportSummary = { files: [], failed: [], skipped: [], cancelled: false };
  const total = items.length;
  const pattern = options.pattern;
  const infoOf = (e: unknown, fallback: { code: string; params: Record<string, string | number> }) =>
    e instanceof ExportError ? { code: e.code, params: e.params } : (deps.errorInfo?.(e) ?? fallback);
  const failed = (item: I, info: { code: string; params: Record<string, string | number> }) => {
    const entry: FailedFile = { preset: item.preset, lang: item.lang, ...info };
    summary.failed.push(entry);
    onItem?.(item, { kind: 'failed', failed: entry });
  };
  const exports = inOrderAhead(
    items,
    EXPORT_LOOKAHEAD,
    ({ design, preset }) =>
      format === 'gif' || format === 'mp4' || format === 'webm'
        ? exportMotion(design, preset, { format, scale: options.scale, signal: deps.signal, ...(options.fps ? { fps: options.fps } : {}) }, deps.encoder, deps.video)
        : exportDesign(design, preset, { format, quality: options.quality, scale: options.scale, signal: deps.signal, ...(options.time !== undefined ? { time: options.time } : {}) }, deps.encoder),
    deps.signal,
    // The biggest sizes are drawn first; files still land in order.
    ({ design, preset }) => exportWeight(design, preset),
  );
  deps.onProgress?.({ done: 0, total, current: items[0] ? { preset: items[0].preset, lang: items[0].lang } : null });
  for await (const { item, index: i, outcome } of exports) {
    const { design, preset, lang } = item;
    if (deps.signal.aborted) {
      summary.cancelled = true;
      break;
    }
    const next = items[i + 1];
    deps.onProgress?.({ done: i + 1, total, current: next ? { preset: next.preset, lang: next.lang } : null });
    if (!outcome.ok) {
      const e = outcome.error;
      if (e instanceof ExportError && e.code === 'export.cancelled') {
        summary.cancelled = true;
        break;
      }
      failed(item, infoOf(e, { code: 'export.encoder-failed', params: { format } }));
      continue;
    }
    const result = outcome.value;
    const fileName = fileNameFor(pattern, { design, preset, lang, index: item.index, ext: result.extension, width: result.width, height: result.height, ...(item.row ? { row: item.row.number, cells: item.row.cells } : {}) });
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
        onItem?.(item, { kind: 'skipped', fileName });
        continue;
      }
      const file: ExportedFile = { preset, lang, fileName, altTextFileName: altText?.fileName ?? null, ...(written.path ? { path: written.path } : {}), result };
      summary.files.push(file);
      onItem?.(item, { kind: 'file', file });
    } catch (e) {
      failed(item, infoOf(e, { code: 'unknown', params: {} }));
    }
  }
  deps.onProgress?.({ done: summary.files.length + summary.failed.length + summary.skipped.length, total, current: null });
  return summary;
}

/**
 * A PDF job: every print size in every language drawn as pages of one PDF (tiled when asked),
 * written once through the sink. Screen sizes cannot be printed and are reported as failed.
 */
async function runPdfJob(job: ExportJob, deps: ExportJobDeps): Promise<ExportSummary> {
  if (!job.print || !deps.pdf) throw new ExportError('export.bad-options', 'a PDF job needs print options and a label font', {});
  const printable = job.presets.filter((p) => p.print);
  const screen: FailedFile[] = [];
  for (const preset of job.presets) {
    if (!preset.print) for (const lang of job.languages) screen.push({ preset, lang, code: 'export.pdf-print-only', params: { preset: preset.id } });
  }
  const items = job.languages.flatMap((lang) => printable.map((preset) => ({ design: { ...job.design, language: lang } as Design, preset, lang })));
  const first = items[0];
  if (!first) return { files: [], failed: screen, skipped: [], cancelled: false };
  const summary = await runPdfItems(items, { print: job.print, pattern: job.pattern, name: { design: first.design, lang: first.lang, index: 1, presets: job.presets, ...(job.row ? { row: job.row } : {}) } }, deps);
  return { ...summary, failed: [...screen, ...summary.failed] };
}

/** One page (or tiled set) of a print PDF: a design in a language at a print size. */
export interface PdfItem {
  design: Design;
  preset: Preset;
  lang: Language;
}

/** How a PDF is made and named: the file-name tokens come from `name` and the PDF's own sizes. */
export interface PdfOptions {
  print: PrintOptions;
  pattern: string;
  /** The file is named by this design, language, number ({n}) and row, and by these sizes (one: its id; several: "print"). */
  name: { design: Design; lang: Language; index: number; presets: readonly Preset[]; row?: ExportJob['row'] };
}

/**
 * One print PDF holding `items` (each a page, or a guide and its tiled sheets), written once
 * through the sink; every item must be a print size. The PDF is titled with the named design.
 */
export async function runPdfItems(items: readonly PdfItem[], options: PdfOptions, deps: ExportJobDeps): Promise<ExportSummary> {
  const summary: ExportSummary = { files: [], failed: [], skipped: [], cancelled: false };
  if (!deps.pdf) throw new ExportError('export.bad-options', 'a PDF job needs print options and a label font', {});
  const total = items.length;
  const first = items[0];
  if (!first) return summary;
  deps.onProgress?.({ done: 0, total, current: { preset: first.preset, lang: first.lang } });
  let made: { bytes: Uint8Array; pages: number };
  try {
    made = await exportPrintPdf(items, options.print, deps.encoder, { title: options.name.design.name, language: deps.pdf.locale, font: deps.pdf.font, ...(deps.pdf.fonts ? { fonts: deps.pdf.fonts } : {}) }, deps.pdf.text, deps.signal, (done) => {
      const next = items[done];
      deps.onProgress?.({ done, total, current: next ? { preset: next.preset, lang: next.lang } : null });
    });
  } catch (e) {
    if (e instanceof ExportError && e.code === 'export.cancelled') return { ...summary, cancelled: true };
    for (const { preset, lang } of items) summary.failed.push({ preset, lang, ...(e instanceof ExportError ? { code: e.code, params: e.params } : (deps.errorInfo?.(e) ?? { code: 'export.encoder-failed', params: { format: 'pdf' } })) });
    return summary;
  }
  const { design, lang, index, presets, row } = options.name;
  const named = pdfNamePreset(presets) ?? first.preset;
  const fileName = fileNameFor(options.pattern, { design, preset: named, lang, index, ext: 'pdf', width: named.width, height: named.height, ...(row ? { row: row.number, cells: row.cells } : {}) });
  const result: ExportResult = { bytes: made.bytes, width: first.preset.width, height: first.preset.height, mime: 'application/pdf', format: 'pdf', quality: null, scale: 1, extension: 'pdf', steps: [], reduced: false, overSoftLimit: false, pages: made.pages };
  try {
    const written = await deps.sink.write({ preset: first.preset, lang: first.lang, fileName, result, altText: null });
    if (written.status === 'cancelled') summary.cancelled = true;
    else if (written.status === 'skipped') summary.skipped.push(fileName);
    else summary.files.push({ preset: first.preset, lang: first.lang, fileName, altTextFileName: null, ...(written.path ? { path: written.path } : {}), result });
  } catch (e) {
    summary.failed.push({ preset: first.preset, lang: first.lang, ...(deps.errorInfo?.(e) ?? { code: 'unknown', params: {} }) });
  }
  deps.onProgress?.({ done: total, total, current: null });
  return summary;
}
