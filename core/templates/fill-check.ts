// What a volunteer must finish before a design made from a template ships: the author's slot
// rules (required, must-replace placeholder, maximum characters), languages still showing the
// template's sample words, and alt text that is still the template's sample. The fill-in form,
// the export dialog and every quick export read this one list.
import { altTextOf, fillAltPattern, LANGUAGES, type Design, type DesignOrigin, type Language, type QrElement, type TextElement } from '../model';
import { countCharacters } from '../export/alt-text';
import { slotsOf, slotText } from './slots';

export type FillProblemCode = 'required' | 'placeholder' | 'too-long' | 'sample-language' | 'alt-sample';

export interface FillProblem {
  code: FillProblemCode;
  /** The slot's element; null for the alt text. */
  elementId: string | null;
  language: Language;
  /** Blocking problems stop the export; the others ask first. */
  blocking: boolean;
  length?: number;
  max?: number;
}

/** Compared as people read them: case, spacing and line breaks aside. */
export function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return norm(a) === norm(b);
}

/**
 * The origin a design opened from a template carries: each slot's words and photo, and the
 * sample alt text (the pattern filled from the samples when the template has one, and then the
 * design's own alt text is cleared so the pattern writes it from what the volunteer fills in).
 */
export function withOrigin(design: Design, template: { id: string; name: DesignOrigin['name'] }, owned: boolean): Design {
  const texts: DesignOrigin['texts'] = {};
  const photos: DesignOrigin['photos'] = {};
  for (const slot of slotsOf(design)) {
    const el = slot.element;
    if (el.type === 'image') photos[el.id] = el.assetId;
    else texts[el.id] = Object.fromEntries(LANGUAGES.map((l) => [l, slotText(el, l)]));
  }
  const pattern = design.altPattern;
  const altText: DesignOrigin['altText'] = {};
  for (const l of LANGUAGES) {
    const sample = pattern?.[l] ? fillAltPattern(pattern[l], design, l) : (design.altText[l] ?? '');
    if (sample.trim()) altText[l] = sample;
  }
  const ownAlt = pattern ? Object.fromEntries(Object.entries(design.altText).filter(([l]) => !pattern[l as Language])) : design.altText;
  return { ...design, altText: ownAlt, origin: { templateId: template.id, name: template.name, owned, texts, photos, altText } };
}

/** Every problem for the languages being exported, slots in reading order, then the alt text. */
export function fillInProblems(design: Design, languages: readonly Language[]): FillProblem[] {
  const out: FillProblem[] = [];
  const origin = design.origin;
  for (const slot of slotsOf(design)) {
    if (slot.readOnly) continue;
    const el = slot.element;
    const rules = el.slot!;
    if (el.type === 'image') {
      const sample = origin?.photos[el.id];
      if (rules.mustReplace && sample !== undefined && sample === el.assetId) {
        for (const language of languages) out.push({ code: 'placeholder', elementId: el.id, language, blocking: true });
      }
      continue;
    }
    const samples = origin?.texts[el.id] ?? {};
    for (const language of languages) {
      const text = slotText(el, language);
      const sample = samples[language];
      const atSample = sample !== undefined && sample.trim() !== '' && sameWords(text, sample);
      if (rules.required && !text.trim()) out.push({ code: 'required', elementId: el.id, language, blocking: true });
      else if (rules.mustReplace && atSample) out.push({ code: 'placeholder', elementId: el.id, language, blocking: true });
      else if (atSample && changedInOtherLanguage(el, samples, language)) out.push({ code: 'sample-language', elementId: el.id, language, blocking: false });
      const length = countCharacters(text.trim());
      if (rules.maxChars !== undefined && length > rules.maxChars) out.push({ code: 'too-long', elementId: el.id, language, blocking: true, length, max: rules.maxChars });
    }
  }
  if (origin) {
    for (const language of languages) {
      const sample = origin.altText[language];
      if (sample && sameWords(altTextOf(design, language), sample)) out.push({ code: 'alt-sample', elementId: null, language, blocking: true });
    }
  }
  return out;
}

/** The volunteer changed this slot in some other language: its words here are left behind. */
function changedInOtherLanguage(el: TextElement | QrElement, samples: DesignOrigin['texts'][string], language: Language): boolean {
  return LANGUAGES.some((other) => other !== language && samples[other] !== undefined && !sameWords(slotText(el, other), samples[other]));
}
