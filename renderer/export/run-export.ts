// Runs a multi-size export from the dialog: for each language and preset, export the design
// (core/export: adapt, draw, encode, fit the byte limit), then write the image and its alt-text
// .txt together into the chosen folder before starting the next one. Cancelling stops between
// images, so only complete files are ever left behind.
import { exportDesign, inOrderAhead, EXPORT_LOOKAHEAD, fileNameFor, altTextFile, altTextFileName, ExportError, type EncodeFormat, type Encoder, type ExportResult } from '../../core/export';
import type { Design, Language } from '../../core/model';
import type { Preset } from '../../core/presets';
import { apiErrorInfo, type PlacardApi } from '../../core/api';

export interface ExportJob {
  design: Design;
  presets: readonly Preset[];
  languages: readonly Language[];
  format: EncodeFormat;
  quality: number;
  scale: number;
  pattern: string;
  folderToken: string;
}

export interface ExportedFile {
  preset: Preset;
  lang: Language;
  fileName: string;
  altTextFileName: string | null;
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

export interface ExportRunDeps {
  api: Pick<PlacardApi, 'writeExportFiles'>;
  encoder: Encoder<any>;
  /** Re-fits text after adaptation (in the app: app-encoder appTextRefit). */
  refitText?: (design: Design) => Design;
  signal: AbortSignal;
  onProgress(p: ExportProgress): void;
  /** Asked once when files exist: 'replace' (this and later ones), 'skip' or 'cancel'. */
  confirmOverwrite(names: string[]): Promise<'replace' | 'skip' | 'cancel'>;
}

/** With several languages the file names must differ: {lang} is added when the pattern lacks it. */
export function patternFor(pattern: string, languages: readonly Language[]): string {
  return languages.length > 1 && !pattern.includes('{lang}') ? `${pattern}-{lang}` : pattern;
}

export async function runExport(job: ExportJob, deps: ExportRunDeps): Promise<ExportSummary> {
  const summary: ExportSummary = { files: [], failed: [], skipped: [], cancelled: false };
  const items = job.languages.flatMap((lang) => job.presets.map((preset) => ({ lang, preset, design: { ...job.design, language: lang } as Design })));
  const total = items.length;
  const pattern = patternFor(job.pattern, job.languages);
  let replaceAll = false;
  // The next image is drawn while this one encodes and is written; files still land one by one,
  // in order, and nothing new starts after Cancel.
  const exports = inOrderAhead(
    items,
    EXPORT_LOOKAHEAD,
    ({ design, preset }) => exportDesign(design, preset, { format: job.format, quality: job.quality, scale: job.scale, signal: deps.signal, adapt: { preset, ...(deps.refitText ? { refitText: deps.refitText } : {}) } }, deps.encoder),
    deps.signal,
  );
  deps.onProgress({ done: 0, total, current: items[0] ? { preset: items[0].preset, lang: items[0].lang } : null });
  for await (const { item, index: i, outcome } of exports) {
    const { design, preset, lang } = item;
    const index = i + 1;
    if (deps.signal.aborted) {
      summary.cancelled = true;
      break;
    }
    const next = items[i + 1];
    deps.onProgress({ done: index, total, current: next ? { preset: next.preset, lang: next.lang } : null });
    if (!outcome.ok) {
      const e = outcome.error;
      if (e instanceof ExportError && e.code === 'export.cancelled') {
        summary.cancelled = true;
        break;
      }
      const info = e instanceof ExportError ? { code: e.code, params: e.params } : (apiErrorInfo(e) ?? { code: 'export.encoder-failed', params: { format: job.format } });
      summary.failed.push({ preset, lang, code: info.code, params: info.params });
      continue;
    }
    const result: ExportResult = outcome.value;
    const fileName = fileNameFor(pattern, { design, preset, lang, index, ext: result.extension, width: result.width, height: result.height });
    const alt = altTextFile(design, lang);
    const altName = alt ? altTextFileName(fileName) : null;
    const files: { name: string; bytes: Uint8Array<ArrayBuffer> }[] = [{ name: fileName, bytes: result.bytes as Uint8Array<ArrayBuffer> }];
    if (alt && altName) files.push({ name: altName, bytes: new TextEncoder().encode(alt) });
    try {
      let written = await deps.api.writeExportFiles({ folder: job.folderToken, files, overwrite: replaceAll });
      if (written.status === 'exists') {
        const answer = await deps.confirmOverwrite(written.names);
        if (answer === 'cancel') {
          summary.cancelled = true;
          break;
        }
        if (answer === 'skip') {
          summary.skipped.push(fileName);
          continue;
        }
        replaceAll = true;
        written = await deps.api.writeExportFiles({ folder: job.folderToken, files, overwrite: true });
      }
      summary.files.push({ preset, lang, fileName, altTextFileName: altName, result });
    } catch (e) {
      const info = apiErrorInfo(e) ?? { code: 'unknown', params: {} };
      summary.failed.push({ preset, lang, code: info.code, params: info.params });
    }
  }
  deps.onProgress({ done: summary.files.length + summary.failed.length + summary.skipped.length, total, current: null });
  return summary;
}
