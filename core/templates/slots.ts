// Slots: the elements of a template that volunteers fill in, in reading order.
import type { Design, Element, ImageElement, Language, QrElement, Slot, TextElement } from '../model/schema';
import { qrDataFor, textFor } from '../elements';
import { walkElements } from '../model/tree';

export interface SlotInfo {
  elementId: string;
  kind: Slot['kind'];
  label: Slot['label'];
  hint: Slot['hint'];
  element: TextElement | ImageElement | QrElement;
  /** The element is locked against content changes, so the form shows but cannot edit it. */
  readOnly: boolean;
}

/**
 * Every slot in the design, in reading order (top to bottom, then left to right), so the
 * fill-in form follows the layout. Text slots are text elements or QR codes (the link they
 * hold), photo slots are images; a mismatched mark is ignored.
 */
export function slotsOf(design: Design): SlotInfo[] {
  const out: SlotInfo[] = [];
  for (const { element } of walkElements(design.elements)) {
    const slot = element.slot;
    if (!slot || !matches(slot.kind, element)) continue;
    out.push({ elementId: element.id, kind: slot.kind, label: slot.label, hint: slot.hint, element, readOnly: element.locks.content });
  }
  return out.sort((a, b) => a.element.y - b.element.y || a.element.x - b.element.x);
}

function matches(kind: Slot['kind'], el: Element): el is TextElement | ImageElement | QrElement {
  return kind === 'text' ? el.type === 'text' || el.type === 'qr' : el.type === 'image';
}

/** What a text slot holds in `language`: a text element's words, a QR code's link. */
export function slotText(el: TextElement | QrElement, language: Language): string {
  return el.type === 'qr' ? qrDataFor(el, language) : textFor(el, language);
}

/** The patch that sets a text slot's words (or a QR code's link) in one language: the base field for English when it has no variant. */
export function slotTextPatch(el: TextElement | QrElement, language: Language, value: string): Partial<TextElement> | Partial<QrElement> {
  const key = el.type === 'qr' ? 'data' : 'text';
  if (language === 'en' && el.variants.en === undefined) return { [key]: value };
  return { variants: { ...el.variants, [language]: value } };
}

/** A label in the wanted language, else the other one, else a generic name. */
export function slotLabel(slot: Pick<SlotInfo, 'label'>, language: Language): string | undefined {
  return slot.label[language] ?? slot.label.en ?? slot.label.es;
}

/**
 * Text slots with no text in some language (the paired-language promise). The base `text`
 * counts for the design's own language; other languages need a non-empty variant.
 */
export function untranslatedSlots(design: Design, languages: readonly Language[]): { elementId: string; language: Language }[] {
  const out: { elementId: string; language: Language }[] = [];
  for (const s of slotsOf(design)) {
    if (s.element.type !== 'text') continue;
    for (const language of languages) {
      const variant = s.element.variants[language]?.trim();
      const base = language === design.language ? s.element.text.trim() : '';
      if (!variant && !base) out.push({ elementId: s.elementId, language });
    }
  }
  return out;
}

