// One spreadsheet row into a design: its words into the mapped text slots (one language, or every
// language when the column names none), its QR links, its photos (already read and accepted by the
// caller, keyed by the cell's value), and what is wrong with the row, named by row and column.
import { countCharacters } from '../export/alt-text';
import type { AssetInfo, Design, Element, Language } from '../model/schema';
import { LANGUAGES } from '../model/schema';
import { mapElement, findElement } from '../model/tree';
import { slotText } from '../templates/slots';
import { fillInProblems } from '../templates/fill-check';
import type { ColumnMapping } from './mapping';
import type { BrandKit } from '../brand/schema';
import { rethemeDesign } from '../brand/retheme';

export interface FillOptions {
  /** The brand kit a kit cell names (by name or id, as the caller matches them); null when none. */
  kit?: (value: string) => BrandKit | null;
}

export type RowProblem =
  | { code: 'bulk.required-empty'; row: number; column: string | null; elementId: string; language: Language }
  | { code: 'bulk.too-long'; row: number; column: string; elementId: string; length: number; max: number }
  | { code: 'bulk.photo-missing'; row: number; column: string; value: string; elementId: string }
  | { code: 'bulk.bad-language'; row: number; column: string; value: string }
  | { code: 'bulk.kit-unknown'; row: number; column: string; value: string }
  /** The row's alt text is longer than a chosen platform accepts (checked by the bulk export). */
  | { code: 'bulk.alt-too-long'; row: number; column: null; language: Language; length: number; max: number; presetId: string }
  /** A slot the author marked "must replace" still shows the template's sample (no column fills it). */
  | { code: 'bulk.placeholder'; row: number; column: null; elementId: string; language: Language };

/** A photo the caller read for a cell: its asset id, info and bytes. */
export interface RowPhoto {
  id: string;
  info: AssetInfo;
}

function setText(el: Element, language: Language | null, value: string): Element {
  if (el.type !== 'text' && el.type !== 'qr') return el;
  const key = el.type === 'qr' ? 'data' : 'text';
  if (language === null) {
    // Every language shows the cell's words, as the one column means them for all.
    return { ...el, [key]: value, variants: Object.fromEntries(Object.keys(el.variants).map((l) => [l, value])) } as Element;
  }
  if (language === 'en' && el.variants.en === undefined) return { ...el, [key]: value } as Element;
  return { ...el, variants: { ...el.variants, [language]: value } } as Element;
}

/**
 * The design for one row (1-based `row` as people count data rows) and its problems. `photos`
 * maps a photo cell's value to the photo read for it; a value missing there is a problem.
 */
export function fillRow(
  design: Design,
  mapping: ColumnMapping,
  cells: Readonly<Record<string, string>>,
  row: number,
  photos: ReadonlyMap<string, RowPhoto>,
  options: FillOptions = {},
): { design: Design; language: Language; problems: RowProblem[] } {
  let elements = design.elements;
  const assets = { ...design.assets };
  const problems: RowProblem[] = [];
  let language = design.language;
  let kit: BrandKit | null = null;
  for (const { name, target } of mapping.columns) {
    const value = Object.hasOwn(cells, name) ? (cells[name] ?? '') : '';
    if (!target) continue;
    if (target.kind === 'language') {
      const v = value.trim().toLowerCase();
      if (!v) continue;
      if ((LANGUAGES as readonly string[]).includes(v)) language = v as Language;
      else problems.push({ code: 'bulk.bad-language', row, column: name, value });
      continue;
    }
    if (target.kind === 'kit') {
      const v = value.trim();
      if (!v) continue;
      kit = options.kit?.(v) ?? null;
      if (!kit) problems.push({ code: 'bulk.kit-unknown', row, column: name, value });
      continue;
    }
    if (target.kind === 'photo') {
      if (!value.trim()) continue;
      const photo = photos.get(value.trim());
      if (!photo) {
        problems.push({ code: 'bulk.photo-missing', row, column: name, value, elementId: target.elementId });
        continue;
      }
      assets[photo.id] = photo.info;
      elements = mapElement(elements, target.elementId, (el) => (el.type === 'image' ? { ...el, assetId: photo.id, crop: undefined } : el));
      continue;
    }
    const el = findElement(elements, target.elementId);
    const max = el?.slot?.maxChars;
    const length = countCharacters(value.trim());
    if (max !== undefined && length > max) problems.push({ code: 'bulk.too-long', row, column: name, elementId: target.elementId, length, max });
    elements = mapElement(elements, target.elementId, (e) => setText(e, target.language, value));
  }
  // The kit last: it re-themes the row's words and shapes, as switching kits in the editor does.
  // Each row's alt text comes from the template's pattern, filled with the row's words: an alt
  // text written for the one design would describe every row the same.
  const altText = design.altPattern ? Object.fromEntries(Object.entries(design.altText).filter(([l]) => !design.altPattern?.[l as Language]?.trim())) : design.altText;
  const rowDesign: Design = { ...design, elements, assets, language, altText };
  const filled: Design = kit ? rethemeDesign(rowDesign, kit) : rowDesign;
  const checked = new Set<string>();
  for (const { name, target } of mapping.columns) {
    if (target?.kind !== 'text' || checked.has(target.elementId)) continue;
    // Checked in the row's language, once per slot (several columns may fill one in different languages).
    if (target.language !== null && target.language !== language && mapping.columns.some((c) => c.target?.kind === 'text' && c.target.elementId === target.elementId && (c.target.language === language || c.target.language === null))) continue;
    checked.add(target.elementId);
    const el = findElement(elements, target.elementId);
    if (!el?.slot?.required || (el.type !== 'text' && el.type !== 'qr')) continue;
    if (!slotText(el, language).trim()) problems.push({ code: 'bulk.required-empty', row, column: name, elementId: el.id, language });
  }
  // What no column changed must not ship as the template's placeholder.
  const reported = new Set(problems.flatMap((p) => ('elementId' in p ? [p.elementId] : [])));
  for (const p of fillInProblems(filled, [language])) {
    if (p.code === 'placeholder' && p.elementId && !reported.has(p.elementId)) {
      reported.add(p.elementId);
      problems.push({ code: 'bulk.placeholder', row, column: null, elementId: p.elementId, language });
    }
  }
  return { design: filled, language, problems };
}
