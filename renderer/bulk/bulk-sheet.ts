// Bulk create's sheet in the app (no React): the table the user loads, types or pastes, what each
// column fills (core/bulk, the same mapping as `placard batch`), the photos its cells name, and
// each row's design and problems at the preview size. The dialog and its tests use this module.
import type { TFunction } from 'i18next';
import type { OpenedImage, ReadFolder } from '../../core/api';
import { apiErrorInfo } from '../../core/api-errors';
import type { BrandKit } from '../../core/brand';
import {
  bulkRow,
  columnKey,
  CsvError,
  fillables,
  isBlankRow,
  mapColumns,
  mappingFromTargets,
  readSheetFile,
  rowFitIssues,
  SpreadsheetEncodingError,
  WorkbookError,
  type ColumnMapping,
  type RowFitIssue,
  type RowPhoto,
  type RowProblem,
} from '../../core/bulk';
import { adaptToPreset } from '../../core/export';
import { BULK_LIMITS, findElement, type BulkData, type ColumnTarget, type Design, type Language } from '../../core/model';
import type { Preset } from '../../core/presets';
import { importImageBytes } from '../assets/image-store';
import { errorText } from '../export/dialog/error-text';
import { sceneContextFor } from '../export/scene-context';
import { contrastWarnings } from '../export/warnings-check';
import type { ContrastWarning } from '../export/warnings';
import { elementName } from '../i18n/element-name';
import { allKits, useLibraryStore } from '../state/library-store';

export interface BulkSheet {
  source: string;
  header: string[];
  rows: string[][];
  targets: (ColumnTarget | null)[];
}

/** A problem of one row as the grid shows it: blocking ones keep the row from being made. */
export interface RowIssue {
  text: string;
  blocking: boolean;
  /** The column to fix, when one is to blame. */
  column: number | null;
}

/** The sheet saved with the design, else a new table with one column per slot and a few empty rows to type in. */
export function initialSheet(design: Design, t: TFunction): BulkSheet {
  if (design.bulk) return { source: design.bulk.source, header: [...design.bulk.header], rows: design.bulk.rows.map((r) => [...r]), targets: design.bulk.header.map((_, i) => design.bulk!.targets[i] ?? null) };
  const slots = fillables(design).filter((f) => f.el.slot);
  const header = slots.map((f) => uniqueName(elementName(f.el, t, design.language), []));
  const targets: ColumnTarget[] = slots.map((f) => (f.kind === 'photo' ? { kind: 'photo', elementId: f.el.id } : { kind: 'text', elementId: f.el.id, language: null }));
  return { source: '', header, rows: Array.from({ length: 3 }, () => header.map(() => '')), targets };
}

function uniqueName(base: string, taken: readonly string[]): string {
  let name = base.trim() || 'column';
  for (let n = 2; taken.includes(name); n++) name = `${base} ${n}`;
  return name.slice(0, 200);
}

/** The data as saved with the design (rows past the document's limit are not saved). */
export function bulkDataOf(sheet: BulkSheet): BulkData {
  return { source: sheet.source.slice(0, 200), header: sheet.header, rows: sheet.rows.slice(0, BULK_LIMITS.maxRows), targets: sheet.targets };
}

export function mappingOf(design: Design, sheet: BulkSheet): ColumnMapping {
  return mappingFromTargets(design, sheet.header, sheet.targets);
}

/**
 * A spreadsheet file as a sheet, each column mapped automatically (by label, name or id in either
 * language). Without `sheetName`, a workbook opens at `preferred` when it has a sheet of that name.
 */
export function sheetFromFile(design: Design, file: { name: string; bytes: Uint8Array }, sheetName?: string, preferred?: string): BulkSheet & { sheets: string[]; sheet: string | null } {
  let read = readSheetFile(file.bytes, file.name, sheetName);
  if (!sheetName && preferred && read.sheet !== preferred && read.sheets.includes(preferred)) read = readSheetFile(file.bytes, file.name, preferred);
  const mapping = mapColumns(design, read.table.header);
  return { source: file.name, header: read.table.header, rows: read.table.rows, targets: mapping.columns.map((c) => c.target), sheets: read.sheets, sheet: read.sheet };
}

/** Why a spreadsheet could not be read, in the user's words. */
export function sheetErrorText(e: unknown, t: TFunction, name: string): string {
  if (e instanceof CsvError) return t(`bulk.error.${e.code}`, { ...e.params, name });
  if (e instanceof WorkbookError) return t('bulk.error.inFile', { name, message: t(`errors.${e.code}`, e.params) });
  if (e instanceof SpreadsheetEncodingError) return t('bulk.error.encoding', { name });
  const info = apiErrorInfo(e);
  return info ? errorText(t, info.code, info.params) : String(e);
}

/** A kit a cell names: by id, or by name as people type it. */
export function kitNamed(value: string): BrandKit | null {
  const key = columnKey(value);
  return allKits(useLibraryStore.getState().userKits).find((k) => k.id === value || columnKey(k.name) === key) ?? null;
}

/** Pasted cells written into the table from (row, column): rows are added as needed, columns past the end are dropped. */
export function pasteCells(sheet: BulkSheet, row: number, column: number, cells: readonly (readonly string[])[]): BulkSheet {
  const rows = sheet.rows.map((r) => [...r]);
  cells.forEach((values, i) => {
    const r = row + i;
    if (r >= BULK_LIMITS.maxRows) return;
    while (rows.length <= r) rows.push(sheet.header.map(() => ''));
    values.forEach((v, j) => {
      if (column + j < sheet.header.length) rows[r]![column + j] = v;
    });
  });
  return { ...sheet, rows };
}

export interface RowPhotos {
  photos: Map<string, RowPhoto>;
  /** Why a cell's photo could not be used, by cell value. */
  problems: Map<string, string>;
}

/** Every distinct photo cell, read from the picked photo folder first, then the spreadsheet's; known values are not read again. */
export async function loadRowPhotos(
  sheet: BulkSheet,
  folders: readonly ReadFolder[],
  readPhoto: (folder: string, name: string) => Promise<OpenedImage>,
  known: RowPhotos,
  t: TFunction,
): Promise<RowPhotos> {
  const photos = new Map(known.photos);
  const problems = new Map(known.problems);
  const columns = sheet.targets.flatMap((target, i) => (target?.kind === 'photo' ? [i] : []));
  const values = new Set(sheet.rows.flatMap((r) => columns.map((i) => (r[i] ?? '').trim())).filter(Boolean));
  for (const value of values) {
    if (photos.has(value) || problems.has(value)) continue;
    if (!folders.length) {
      problems.set(value, t('bulk.photo.noFolder', { name: value }));
      continue;
    }
    let reason = '';
    for (const folder of folders) {
      try {
        const opened = await readPhoto(folder.token, value);
        photos.set(value, await importImageBytes(opened.bytes, opened.mime, opened.name));
        reason = '';
        break;
      } catch (e) {
        const info = apiErrorInfo(e);
        // Not in this folder: the next one may have it; any other reason is the answer.
        reason = info ? errorText(t, info.code, { name: value, ...info.params }) : String(e);
        if (info?.code !== 'bulk.photo-not-found') break;
      }
    }
    if (reason) problems.set(value, reason);
  }
  return { photos, problems };
}

/** One row at the preview size: the design as it exports there, and everything wrong with it. */
export interface RowPreview {
  row: number;
  design: Design;
  view: Design;
  language: Language;
  issues: RowIssue[];
}

export function previewRow(design: Design, sheet: BulkSheet, mapping: ColumnMapping, photos: RowPhotos, index: number, preset: Preset, template: Design, t: TFunction): RowPreview {
  const filled = bulkRow({ design, table: sheet, mapping, photos: photos.photos, fill: { kit: kitNamed } }, index);
  const ctx = sceneContextFor(filled.design);
  const view = adaptToPreset(filled.design, preset, ctx);
  const columnOf = (name: string | null) => (name === null ? null : sheet.header.indexOf(name));
  const issues: RowIssue[] = filled.problems.map((p) => ({ text: rowProblemText(p, filled.design, photos, t), blocking: true, column: columnOf(p.column) }));
  const slotColumn = (elementId: string) => {
    const i = sheet.targets.findIndex((target) => target && 'elementId' in target && target.elementId === elementId && (target.kind !== 'text' || target.language === null || target.language === filled.language));
    return i >= 0 ? i : null;
  };
  for (const fit of rowFitIssues(template, view, ctx, filled.language)) issues.push({ text: fitIssueText(fit, filled.design, t), blocking: false, column: slotColumn(fit.elementId) });
  for (const low of contrastWarnings(view, ctx)) issues.push({ text: contrastText(low, filled.design, t), blocking: false, column: slotColumn(low.elementId) });
  return { row: index + 1, design: filled.design, view, language: filled.language, issues };
}

/** The template itself at the preview size, the yardstick for how far a row's text shrank. */
export function templateView(design: Design, preset: Preset): Design {
  return adaptToPreset(design, preset, sceneContextFor(design));
}

const nameOf = (design: Design, id: string, t: TFunction) => {
  const el = findElement(design.elements, id);
  return el ? elementName(el, t, design.language) : id;
};

export function rowProblemText(p: RowProblem, design: Design, photos: RowPhotos, t: TFunction): string {
  switch (p.code) {
    case 'bulk.required-empty':
      return t('bulk.problem.required', { slot: nameOf(design, p.elementId, t), lang: p.language.toUpperCase() });
    case 'bulk.too-long':
      return t('bulk.problem.tooLong', { column: p.column, length: p.length, max: p.max });
    case 'bulk.photo-missing':
      return t('bulk.problem.photo', { column: p.column, reason: photos.problems.get(p.value.trim()) ?? t('bulk.photo.loading', { name: p.value }) });
    case 'bulk.bad-language':
      return t('bulk.problem.language', { column: p.column, value: p.value });
    case 'bulk.alt-too-long':
      return t('bulk.problem.altTooLong', { lang: p.language.toUpperCase(), length: p.length, max: p.max });
    case 'bulk.placeholder':
      return t('bulk.problem.placeholder', { slot: nameOf(design, p.elementId, t), lang: p.language.toUpperCase() });
    case 'bulk.kit-unknown':
      return t('bulk.problem.kit', { column: p.column, value: p.value, kits: allKits(useLibraryStore.getState().userKits).map((k) => k.name).join(', ') });
  }
}

function fitIssueText(issue: RowFitIssue, design: Design, t: TFunction): string {
  const slot = nameOf(design, issue.elementId, t);
  return issue.code === 'bulk.text-overflow' ? t('bulk.problem.overflow', { slot }) : t('bulk.problem.shrunk', { slot, percent: issue.percent });
}

function contrastText(w: ContrastWarning, design: Design, t: TFunction): string {
  return t('bulk.problem.contrast', { slot: nameOf(design, w.elementId, t), ratio: w.ratio, required: w.required });
}

/** Rows that hold data (blank lines are not rows). */
export function dataRowIndexes(sheet: BulkSheet): number[] {
  return sheet.rows.flatMap((r, i) => (isBlankRow(r) ? [] : [i]));
}

/** A select value for a target, and back: "text:<id>:<lang or *>", "photo:<id>", "language", "kit", "" for none. */
export function targetValue(target: ColumnTarget | null): string {
  if (!target) return '';
  if (target.kind === 'text') return `text:${target.language ?? '*'}:${target.elementId}`;
  if (target.kind === 'photo') return `photo:${target.elementId}`;
  return target.kind;
}

export function targetFromValue(value: string): ColumnTarget | null {
  if (value === 'language' || value === 'kit') return { kind: value };
  const text = /^text:(\*|en|es):(.+)$/.exec(value);
  if (text) return { kind: 'text', elementId: text[2]!, language: text[1] === '*' ? null : (text[1] as Language) };
  const photo = /^photo:(.+)$/.exec(value);
  return photo ? { kind: 'photo', elementId: photo[1]! } : null;
}

/** The choices for a column's select: each slot (in every language, or one), each photo slot, the row's language and kit. */
export function targetChoices(design: Design, t: TFunction): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [{ value: '', label: t('bulk.target.none') }];
  for (const f of fillables(design)) {
    const name = elementName(f.el, t, design.language);
    if (f.kind === 'photo') out.push({ value: `photo:${f.el.id}`, label: t('bulk.target.photo', { slot: name }) });
    else {
      out.push({ value: `text:*:${f.el.id}`, label: t('bulk.target.text', { slot: name }) });
      for (const l of ['en', 'es'] as const) out.push({ value: `text:${l}:${f.el.id}`, label: t('bulk.target.textIn', { slot: name, lang: l.toUpperCase() }) });
    }
  }
  out.push({ value: 'language', label: t('bulk.target.language') }, { value: 'kit', label: t('bulk.target.kit') });
  return out;
}

