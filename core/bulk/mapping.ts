// Bulk create: which spreadsheet column fills which slot of a template. A column matches a slot by
// its label (English or Spanish), its layer name or its id, ignoring case, spacing, "_" and "-";
// a suffix names the language it carries ("headline_es", "Titular (ES)"). Text slots take words,
// QR codes a link, photo slots a file name; a "lang" column picks each row's language and a "kit"
// column its brand kit. Shared by
// the CLI (`placard batch`) and the app.
import type { Element } from '../elements';
import { LANGUAGES, type Design, type Language } from '../model/schema';
import type { ColumnTarget } from '../model/bulk-data';
import { walkElements } from '../model/tree';

export type { ColumnTarget };

export interface ColumnMapping {
  /** Each column's target, in the spreadsheet's order; null when it matches nothing. */
  columns: { name: string; target: ColumnTarget | null }[];
  /** Columns that match no slot (reported before anything is drawn). */
  unmatched: string[];
  /** Slots no column fills: they keep the template's words or photo in every row. */
  unfilled: string[];
}

const LANGUAGE_COLUMNS = new Set(['lang', 'language', 'idioma', 'lengua']);
const KIT_COLUMNS = new Set(['kit', 'brandkit', 'brand', 'marca', 'kitdemarca']);

/** "Head line", "head_line" and "HEAD-LINE" are the same key. */
export function columnKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase().replace(/[\s_\-.]+/g, '');
}

/** A column's base name and the language its suffix names: "headline_es" → ("headline", es). */
export function splitLanguage(name: string): { base: string; language: Language | null } {
  // A separator (space, "_", "-", ".", or a parenthesis) must come before the code: "lens" is not "l" in Spanish.
  const m = /^(.+?)(?:[\s_\-.]+\(?|\s*\()\s*(en|es)\s*\)?$/i.exec(name.trim());
  return m ? { base: m[1]!, language: m[2]!.toLowerCase() as Language } : { base: name, language: null };
}

export interface Fillable {
  el: Element;
  kind: 'text' | 'photo';
  keys: Set<string>;
}

/** Slots first (by label, name, id), then any other text or image layer by its name or id, as the CLI always did. */
export function fillables(design: Design): Fillable[] {
  const out: Fillable[] = [];
  for (const { element: el } of walkElements(design.elements)) {
    if (el.type !== 'text' && el.type !== 'qr' && el.type !== 'image') continue;
    const keys = new Set<string>();
    for (const l of LANGUAGES) if (el.slot?.label[l]) keys.add(columnKey(el.slot.label[l]!));
    if (el.name) keys.add(columnKey(el.name));
    keys.add(columnKey(el.id));
    keys.delete('');
    out.push({ el, kind: el.type === 'image' ? 'photo' : 'text', keys });
  }
  // A slot wins over a plain layer of the same name.
  return out.sort((a, b) => Number(!!b.el.slot) - Number(!!a.el.slot));
}

export function mapColumns(design: Design, header: readonly string[]): ColumnMapping {
  const candidates = fillables(design);
  const columns = header.map((name) => {
    if (LANGUAGE_COLUMNS.has(columnKey(name))) return { name, target: { kind: 'language' } as ColumnTarget };
    if (KIT_COLUMNS.has(columnKey(name))) return { name, target: { kind: 'kit' } as ColumnTarget };
    const whole = columnKey(name);
    const split = splitLanguage(name);
    const direct = candidates.find((c) => c.keys.has(whole));
    const byLanguage = split.language ? candidates.find((c) => c.kind === 'text' && c.keys.has(columnKey(split.base))) : undefined;
    const hit = direct ?? byLanguage;
    if (!hit) return { name, target: null };
    const target: ColumnTarget = hit.kind === 'photo' ? { kind: 'photo', elementId: hit.el.id } : { kind: 'text', elementId: hit.el.id, language: direct ? null : split.language };
    return { name, target };
  });
  return withReport(candidates, columns);
}

function withReport(candidates: readonly Fillable[], columns: ColumnMapping['columns']): ColumnMapping {
  const used = new Set(columns.flatMap((c) => (c.target && 'elementId' in c.target ? [c.target.elementId] : [])));
  return {
    columns,
    unmatched: columns.filter((c) => c.target === null).map((c) => c.name),
    unfilled: candidates.filter((c) => c.el.slot && !used.has(c.el.id)).map((c) => c.el.id),
  };
}

/**
 * The mapping the user chose (one target or null per column, as saved with the design), checked
 * against the design: a target naming a layer that is gone, or of the wrong kind, maps nothing.
 */
export function mappingFromTargets(design: Design, header: readonly string[], targets: readonly (ColumnTarget | null | undefined)[]): ColumnMapping {
  const candidates = fillables(design);
  const byId = new Map(candidates.map((c) => [c.el.id, c]));
  const columns = header.map((name, i) => {
    const target = targets[i] ?? null;
    if (!target || target.kind === 'language' || target.kind === 'kit') return { name, target };
    const hit = byId.get(target.elementId);
    return { name, target: hit && hit.kind === target.kind ? target : null };
  });
  return withReport(candidates, columns);
}
