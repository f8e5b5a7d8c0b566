// What a row's words do to the design at one size, beyond the slot rules: text that does not fit
// its box even at the smallest size fitting allows (it would be cut off), and text that had to
// shrink far below the template's own size there (the card reads as a wall of small print).
import type { Design, Language } from '../model/schema';
import { walkElements } from '../model/tree';
import type { SceneContext } from '../scene/attributes';
import { fitTextElement } from '../layout/text-fit';

/** A row's text may shrink to this share of the template's size at the same size before it is marked. */
export const BULK_MIN_TEXT_SHARE = 0.6;

export type RowFitIssue =
  | { code: 'bulk.text-overflow'; elementId: string }
  | { code: 'bulk.text-shrunk'; elementId: string; percent: number };

/**
 * `row` and `template` are the row's design and the template, each adapted to the same size
 * (core/export adaptToPreset); shrink-to-fit slots of the row are compared with the template's.
 */
export function rowFitIssues(template: Design, row: Design, ctx: Pick<SceneContext, 'measure' | 'fontFamily'>, language: Language): RowFitIssue[] {
  const { measure, fontFamily } = ctx;
  if (!measure) return [];
  const before = new Map<string, number>();
  for (const { element } of walkElements(template.elements)) if (element.type === 'text') before.set(element.id, element.fontSize);
  const out: RowFitIssue[] = [];
  for (const { element: el } of walkElements(row.elements)) {
    if (el.type !== 'text' || !el.slot || el.fit !== 'shrink' || !el.visible) continue;
    const fitted = fitTextElement(el, { language, measure, mode: 'shrink', ...(fontFamily ? { resolveFamily: fontFamily } : {}) });
    if (fitted.overflow) {
      out.push({ code: 'bulk.text-overflow', elementId: el.id });
      continue;
    }
    const was = before.get(el.id);
    if (was && fitted.fontSize < was * BULK_MIN_TEXT_SHARE) out.push({ code: 'bulk.text-shrunk', elementId: el.id, percent: Math.round((fitted.fontSize / was) * 100) });
  }
  return out;
}
