// `placard batch`: the spreadsheet's columns mapped to the template's slots (core/bulk, as the app
// maps them), reported before anything is drawn; each row's photos read from files beside the
// spreadsheet (never outside its folder) and accepted like any image; each row filled, or skipped
// with its problem named by row and column.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileInFolder } from '../electron/services/bulk-files';
import type { Image } from '@napi-rs/canvas';
import type { ColumnMapping, RowPhoto, RowProblem } from '../core/bulk';
import { acceptImage } from '../core/bundle/image-accept';
import { sha256Hex } from '../core/bundle/sha256';
import { MAX_IMAGE_BYTES } from '../core/api';
import { findElement, type Design } from '../core/model';
import { decodeImages } from './export-node';
import type { Translate } from './i18n';
import { languageOfLocale } from '../core/model/locale';

export interface BatchPlan {
  mapping: ColumnMapping;
  /** Photos read for photo cells, by cell value; cells that could not be read are absent. */
  photos: Map<string, RowPhoto>;
  /** Why a photo cell could not be read, by cell value. */
  photoProblems: Map<string, string>;
}

function slotName(design: Design, id: string, t: Translate): string {
  const el = findElement(design.elements, id);
  const ui = languageOfLocale(t('cli.locale'));
  return el?.slot?.label[ui] || el?.slot?.label.en || el?.name || id;
}

/** Lines saying which column fills which slot, which columns match nothing and which slots no column fills. */
export function mappingReport(design: Design, mapping: ColumnMapping, t: Translate): string[] {
  const lines: string[] = [];
  for (const { name, target } of mapping.columns) {
    if (!target) continue;
    if (target.kind === 'language') lines.push(t('cli.batch.columnLanguage', { column: name }));
    else if (target.kind === 'kit') lines.push(t('cli.batch.columnKit', { column: name }));
    else if (target.kind === 'photo') lines.push(t('cli.batch.columnPhoto', { column: name, slot: slotName(design, target.elementId, t) }));
    else lines.push(t('cli.batch.columnText', { column: name, slot: slotName(design, target.elementId, t), lang: target.language ? target.language.toUpperCase() : t('cli.batch.allLanguages') }));
  }
  for (const name of mapping.unmatched) lines.push(t('cli.batch.unmatched', { column: name }));
  for (const id of mapping.unfilled) lines.push(t('cli.batch.unfilled', { slot: slotName(design, id, t) }));
  return lines;
}

/** Reads every photo cell once: inside the spreadsheet's folder, an image Placard accepts. */
export async function readRowPhotos(mapping: ColumnMapping, rows: readonly Record<string, string>[], csvPath: string, images: Map<string, Image>, t: Translate): Promise<Pick<BatchPlan, 'photos' | 'photoProblems'>> {
  const folder = dirname(resolve(csvPath));
  const photos = new Map<string, RowPhoto>();
  const photoProblems = new Map<string, string>();
  const columns = mapping.columns.filter((c) => c.target?.kind === 'photo').map((c) => c.name);
  for (const row of rows) {
    for (const column of columns) {
      const value = (row[column] ?? '').trim();
      if (!value || photos.has(value) || photoProblems.has(value)) continue;
      const refuse = (key: string, params: Record<string, string | number> = {}) => photoProblems.set(value, t(key, { file: value, ...params }));
      // A spreadsheet from someone else may only name files in its own folder.
      const found = fileInFolder(folder, value);
      if (!found.ok) {
        refuse(found.code === 'bulk.photo-outside' ? 'cli.batch.photoOutside' : 'cli.batch.photoNotFound');
        continue;
      }
      const real = found.path;
      if (statSync(real).size > MAX_IMAGE_BYTES) {
        refuse('cli.batch.photoTooLarge', { mb: MAX_IMAGE_BYTES / 1024 / 1024 });
        continue;
      }
      const bytes = new Uint8Array(readFileSync(real));
      const accepted = acceptImage(bytes);
      if (!accepted.ok) {
        refuse('cli.batch.photoNotImage', { reason: accepted.refusal.detail });
        continue;
      }
      const id = `photo-${sha256Hex(bytes).slice(0, 24)}`;
      try {
        for (const [k, image] of await decodeImages(new Map([[id, bytes]]))) images.set(k, image);
      } catch (e) {
        refuse('cli.batch.photoNotImage', { reason: e instanceof Error ? e.message : String(e) });
        continue;
      }
      const image = images.get(id)!;
      photos.set(value, { id, info: { mime: accepted.image.mime, name: value.slice(0, 200), width: image.width, height: image.height } });
    }
  }
  return { photos, photoProblems };
}

/** A row's problem in the user's words, naming the row and the column. */
export function rowProblemText(problem: RowProblem, design: Design, plan: Pick<BatchPlan, 'photoProblems'>, t: Translate, kits: readonly { name: string }[] = []): string {
  switch (problem.code) {
    case 'bulk.photo-missing':
      return t('cli.batch.rowPhoto', { row: problem.row, column: problem.column, reason: plan.photoProblems.get(problem.value.trim()) ?? problem.value });
    case 'bulk.required-empty':
      return t('cli.batch.rowRequired', { row: problem.row, column: problem.column ?? '', slot: slotName(design, problem.elementId, t), lang: problem.language.toUpperCase() });
    case 'bulk.too-long':
      return t('cli.batch.rowTooLong', { row: problem.row, column: problem.column, length: problem.length, max: problem.max });
    case 'bulk.bad-language':
      return t('cli.batch.rowLanguage', { row: problem.row, column: problem.column, value: problem.value });
    case 'bulk.alt-too-long':
      return t('cli.batch.rowAltTooLong', { row: problem.row, lang: problem.language.toUpperCase(), length: problem.length, max: problem.max });
    case 'bulk.placeholder':
      return t('cli.batch.rowPlaceholder', { row: problem.row, slot: slotName(design, problem.elementId, t), lang: problem.language.toUpperCase() });
    case 'bulk.kit-unknown':
      return t('cli.batch.rowKit', { row: problem.row, column: problem.column, value: problem.value, kits: kits.map((k) => k.name).join(', ') });
  }
}
