// Bulk create's export: every row of a sheet filled into the design (fillRow) and exported to each
// chosen size and language through the ONE export job (core/export/job.ts), so byte limits, alt
// text and names work exactly as in the export dialog. A row with a problem is skipped and named;
// a row whose image fails does not stop the others; Cancel stops between images. The images of
// all rows go through one stream, so both export workers stay busy across rows (one row of one
// size alone would leave one idle). With format 'pdf' each row becomes one print PDF.
import type { Design, Language } from '../model/schema';
import type { Preset } from '../presets/types';
import { altTextFile, countCharacters, strictestAltRule } from '../export/alt-text';
import { patternFor, runExportJob, runJobItems, type ExportJobDeps, type ExportedFile, type FailedFile, type ExportProgress, type JobItem } from '../export/job';
import type { EncodeFormat, MotionFormat } from '../export/types';
import type { PrintOptions } from '../print/export';
import { rowRecord, type SheetTable } from './csv';
import { fillRow, type FillOptions, type RowPhoto, type RowProblem } from './fill';
import type { ColumnMapping } from './mapping';

export const DEFAULT_BULK_PATTERN = '{name}-{row}-{preset}';

export interface BulkJob {
  design: Design;
  table: SheetTable;
  mapping: ColumnMapping;
  /** Photos read for photo cells, by cell value. */
  photos: ReadonlyMap<string, RowPhoto>;
  presets: readonly Preset[];
  /** The languages of every row; 'row': each row's own (its language column, else the design's). */
  languages: readonly Language[] | 'row';
  /** 'pdf': one print PDF per row, holding its print sizes and languages as pages. */
  format: EncodeFormat | MotionFormat | 'pdf';
  /** How PDFs are made (dpi, bleed, marks, tiles); required with format 'pdf'. */
  print?: PrintOptions;
  quality: number;
  scale: number;
  /** File names (core/export/naming.ts tokens, plus {row} and column names); {row} is added when missing. */
  pattern: string;
  fill?: FillOptions;
}

export interface BulkRowOutcome {
  /** 1-based, as people count data rows. */
  row: number;
  files: ExportedFile[];
  failed: FailedFile[];
  skipped: string[];
  /** Why the row was not made at all. */
  problems: RowProblem[];
}

export interface BulkSummary {
  rows: BulkRowOutcome[];
  cancelled: boolean;
}

export interface BulkProgress extends ExportProgress {
  row: number | null;
}

/** A row with no words in any cell is not data (a spreadsheet's trailing blank lines). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((c) => !c.trim());
}

/** Rows never overwrite each other: the pattern names the row when it does not already. */
export function bulkPattern(pattern: string): string {
  const p = pattern.trim() || DEFAULT_BULK_PATTERN;
  return /\{row\}/i.test(p) ? p : `${p}-{row}`;
}

/** The design for one row of the sheet, with its problems (the preview grid and the export share it). */
export function bulkRow(job: Pick<BulkJob, 'design' | 'table' | 'mapping' | 'photos' | 'fill'>, index: number): ReturnType<typeof fillRow> & { cells: Record<string, string> } {
  const cells = rowRecord(job.table.header, job.table.rows[index] ?? []);
  return { ...fillRow(job.design, job.mapping, cells, index + 1, job.photos, job.fill), cells };
}

/** The row's alt text in each language against the strictest limit of the chosen sizes, as the export dialog holds one design. */
export function altTextProblems(design: Design, languages: readonly Language[], presets: readonly Preset[], row: number): RowProblem[] {
  const { altText, strictest } = strictestAltRule(presets);
  if (altText.max === null || !strictest) return [];
  return languages.flatMap((language) => {
    const length = countCharacters((altTextFile(design, language) ?? '').trim());
    return length > altText.max! ? [{ code: 'bulk.alt-too-long' as const, row, column: null, language, length, max: altText.max!, presetId: strictest.id }] : [];
  });
}

export async function runBulkJob(job: BulkJob, deps: Omit<ExportJobDeps, 'onProgress'> & { onProgress?(p: BulkProgress): void }): Promise<BulkSummary> {
  const indexes = job.table.rows.map((r, i) => (isBlankRow(r) ? -1 : i)).filter((i) => i >= 0);
  const languagesOf = (language: Language) => (job.languages === 'row' ? [language] : job.languages);
  const rows = indexes.map((i) => {
    const row = bulkRow(job, i);
    return { index: i, ...row, problems: [...row.problems, ...altTextProblems(row.design, languagesOf(row.language), job.presets, i + 1)] };
  });
  const pattern = bulkPattern(job.pattern);
  if (job.format === 'pdf') return runPdfRows(job, rows, languagesOf, pattern, deps);
  // Every image of every good row in one stream: the workers draw the next row's images while
  // this row's are written, and files still land row by row, in order.
  const outcomes = rows.map((row): BulkRowOutcome => ({ row: row.index + 1, files: [], failed: [], skipped: [], problems: row.problems }));
  const items: (JobItem & { outcome: BulkRowOutcome })[] = [];
  rows.forEach((row, r) => {
    if (row.problems.length) return;
    const languages = languagesOf(row.language);
    const designs = languages.map((lang) => ({ lang, design: { ...row.design, language: lang } as Design }));
    let index = 0;
    for (const { lang, design } of designs) {
      for (const preset of job.presets) items.push({ design, preset, lang, index: ++index, row: { number: row.index + 1, cells: row.cells }, outcome: outcomes[r]! });
    }
  });
  const result = await runJobItems(
    items,
    // {lang} is added when the rows have several languages each, as the export dialog adds it.
    { format: job.format, quality: job.quality, scale: job.scale, pattern: patternFor(pattern, job.languages === 'row' ? [] : job.languages) },
    {
      ...deps,
      onProgress: (p) => deps.onProgress?.({ ...p, row: p.current ? (items[p.done]?.row?.number ?? null) : null }),
    },
    ({ outcome: row }, outcome) => {
      if (outcome.kind === 'file') row.files.push(outcome.file);
      else if (outcome.kind === 'failed') row.failed.push(outcome.failed);
      else row.skipped.push(outcome.fileName);
    },
  );
  if (!result.cancelled) return { rows: outcomes, cancelled: false };
  // Cancelled: the rows up to the last image handed to the sink, as a row-by-row run would have reached.
  const handled = result.files.length + result.failed.length + result.skipped.length;
  const last = handled > 0 ? items[handled - 1]!.outcome : null;
  const firstGood = outcomes.findIndex((o) => !o.problems.length);
  const reached = last ? outcomes.indexOf(last) + 1 : firstGood < 0 ? outcomes.length : firstGood;
  return { rows: outcomes.slice(0, reached), cancelled: true };
}

/** One print PDF per row, row after row. */
async function runPdfRows(
  job: BulkJob,
  rows: (ReturnType<typeof bulkRow> & { index: number })[],
  languagesOf: (language: Language) => readonly Language[],
  pattern: string,
  deps: Omit<ExportJobDeps, 'onProgress'> & { onProgress?(p: BulkProgress): void },
): Promise<BulkSummary> {
  const summary: BulkSummary = { rows: [], cancelled: false };
  const total = rows.reduce((n, r) => n + (r.problems.length ? 0 : languagesOf(r.language).length * job.presets.length), 0);
  let done = 0;
  for (const row of rows) {
    if (deps.signal.aborted) {
      summary.cancelled = true;
      break;
    }
    const outcome: BulkRowOutcome = { row: row.index + 1, files: [], failed: [], skipped: [], problems: row.problems };
    summary.rows.push(outcome);
    if (row.problems.length) continue;
    const languages = languagesOf(row.language);
    const result = await runExportJob(
      { design: row.design, presets: job.presets, languages, format: 'pdf', quality: job.quality, scale: job.scale, pattern, row: { number: row.index + 1, cells: row.cells }, ...(job.print ? { print: job.print } : {}) },
      {
        ...deps,
        onProgress: (p) => deps.onProgress?.({ done: done + p.done, total, current: p.current, row: row.index + 1 }),
      },
    );
    done += languages.length * job.presets.length;
    Object.assign(outcome, { files: result.files, failed: result.failed, skipped: result.skipped });
    if (result.cancelled) {
      summary.cancelled = true;
      break;
    }
  }
  deps.onProgress?.({ done, total, current: null, row: null });
  return summary;
}
