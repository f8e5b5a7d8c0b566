// Factories for new designs and elements, with every default filled in.
import {
  CURRENT_VERSION,
  UNLOCKED,
  type Design,
  type ImageElement,
  type ShapeElement,
  type TextElement,
  type Language,
} from './schema';

/** A new unique id: the prefix and a random UUID (Web Crypto, in every runtime core runs in). */
export function newId(prefix = 'el'): string {
  return `${prefix}_${crypto.randomUUID()}`;
}

export function createDesign(init: { width?: number; height?: number; name?: string; language?: Language } = {}): Design {
  return {
    version: CURRENT_VERSION,
    id: newId('d'),
    name: init.name ?? '',
    width: init.width ?? 1080,
    height: init.height ?? 1080,
    background: { color: '#ffffff' },
    elements: [],
    assets: {},
    brandKitId: null,
    language: init.language ?? 'en',
    altText: {},
  };
}

const base = { name: '', rotation: 0, opacity: 1, visible: true };

export function createTextElement(init: Partial<TextElement> & Pick<TextElement, 'x' | 'y' | 'width' | 'height' | 'text'>): TextElement {
  return {
    ...base,
    id: newId('text'),
    type: 'text',
    variants: {},
    fontFamily: 'Inter',
    fontSize: 48,
    fontWeight: 'normal',
    italic: false,
    fill: '#111111',
    align: 'left',
    verticalAlign: 'top',
    lineHeight: 1.2,
    letterSpacing: 0,
    uppercase: false,
    stroke: '#000000',
    strokeWidth: 0,
    ...init,
    locks: { ...UNLOCKED, ...init.locks },
  };
}

export function createImageElement(init: Partial<ImageElement> & Pick<ImageElement, 'x' | 'y' | 'width' | 'height' | 'assetId'>): ImageElement {
  return { ...base, id: newId('img'), type: 'image', fit: 'cover', ...init, locks: { ...UNLOCKED, ...init.locks } };
}

export function createShapeElement(init: Partial<ShapeElement> & Pick<ShapeElement, 'x' | 'y' | 'width' | 'height' | 'shape'>): ShapeElement {
  return {
    ...base,
    id: newId('shape'),
    type: 'shape',
    fill: '#e63946',
    stroke: '#000000',
    strokeWidth: 0,
    cornerRadius: 0,
    ...init,
    locks: { ...UNLOCKED, ...init.locks },
  };
}

/** The text shown for the design's language: its variant if present, else the base text. */
export function textFor(element: TextElement, language: Language): string {
  return element.variants[language] ?? element.text;
}

/** The text a text element shows in `language`, capitalised as drawn: what is measured, drawn and listed. */
export function displayText(el: TextElement, language: Language): string {
  const text = textFor(el, language);
  return el.uppercase ? text.toLocaleUpperCase(language) : text;
}
