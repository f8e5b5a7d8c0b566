// The one name the UI gives an element (Layers panel, warnings, refusals, the fill-in form): its
// slot label in the UI language, a built-in template's layer name translated, the name the user
// gave it, its first words, or its kind.
import i18next, { type TFunction } from 'i18next';
import { displayText, type Element, type Language } from '../../core/model';
import { languageOfLocale } from '../../core/model/locale';

export function elementName(el: Element, t: TFunction, designLanguage: Language): string {
  const ui: Language = languageOfLocale(i18next.language);
  const label = el.slot ? el.slot.label[ui] || el.slot.label.en || el.slot.label.es : '';
  if (label?.trim()) return label.trim();
  const name = el.name.trim();
  if (name) {
    const key = `layers.builtIn.${name}`;
    return i18next.exists(key) ? t(key) : name;
  }
  if (el.type === 'text') {
    const words = displayText(el, designLanguage).replace(/\s+/g, ' ').trim();
    if (words) return words.length > 40 ? `${words.slice(0, 39)}…` : words;
    return t('layers.text');
  }
  if (el.type === 'shape') return t(`layers.${el.shape}`);
  return t(`layers.${el.type}`);
}
