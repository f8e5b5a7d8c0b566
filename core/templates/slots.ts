// Slots: the elements of a template that volunteers fill in, in reading order.
import type { Design, Element, ImageElement, Language, Slot, TextElement } from '../model/schema';
import { walkElements } from '../model/tree';

export interface SlotInfo {
  elementId: string;
  kind: Slot['kind'];
  label: Slot['label'];
  hint: Slot['hint'];
  element: TextElement | ImageElement;
  /** The element is locked against content changes, so the form shows but cannot edit it. */
  readOnly: boolean;
}

/**
 * Every slot in the design, in reading order (top to bottom, then left to right), so the
 * fill-in form follows the layout. Only text elements can be text slots and only images photo
 * slots; a mismatched mark is ignored.
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

function matches(kind: Slot['kind'], el: Element): el is TextElement | ImageElement {
  return kind === 'text' ? el.type === 'text' : el.type === 'image';
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

