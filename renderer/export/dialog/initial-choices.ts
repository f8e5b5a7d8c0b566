// What the export dialog starts with for a design: the sizes last exported for it, else the size
// being previewed, else the size its template was made for, else a platform size with its exact
// pixels; and both languages when the design's text is written in both.
import { walkElements, type Design } from '../../../core/model';
import { PRESETS } from '../../../core/presets';

/** Sizes and language choice last exported, by design id, for this session. */
const lastByDesign = new Map<string, { sizes: string[]; both: boolean }>();
/** The size each design opened from a template was made for, by design id. */
const templateSizes = new Map<string, string>();

export function rememberTemplateSize(designId: string, presetId: string): void {
  templateSizes.set(designId, presetId);
}

export function rememberExportChoices(designId: string, sizes: readonly string[], both: boolean): void {
  lastByDesign.set(designId, { sizes: [...sizes], both });
}

/** The built-in size whose pixels the design has, if one does. */
export function ownPresetId(design: Pick<Design, 'width' | 'height'>): string | null {
  return PRESETS.find((p) => p.width === design.width && p.height === design.height)?.id ?? null;
}

export function initialSizes(design: Design, activeId: string | null, fallback: string): string[] {
  const last = lastByDesign.get(design.id)?.sizes;
  if (last?.length) return last;
  if (activeId) return [activeId];
  return [templateSizes.get(design.id) ?? ownPresetId(design) ?? fallback];
}

/** True when some text of the design is written in both English and Spanish (a template filled in both). */
export function hasBothLanguages(design: Design): boolean {
  for (const { element } of walkElements(design.elements)) {
    if (element.type !== 'text') continue;
    const en = (element.variants.en ?? element.text).trim();
    const es = element.variants.es?.trim();
    if (en && es) return true;
  }
  return false;
}

export function initialBoth(design: Design): boolean {
  return lastByDesign.get(design.id)?.both ?? hasBothLanguages(design);
}
