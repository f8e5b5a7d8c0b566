// Switching a design's brand kit: token references follow the new kit; literals stay as they are.
import type { ColorValue, Design, Element } from '../model/schema';
import { ownValue } from '../model/own';
import { walkElements } from '../model/tree';
import { isFontToken, resolveColor, resolveFontFamily, tokenName } from './resolve';
import type { BrandKit } from './schema';
import { disclaimerContent } from './disclaimer';

function retokenColor(value: ColorValue, kit: BrandKit): ColorValue {
  if (typeof value === 'string') return value;
  const name = tokenName(value.token);
  const next = name !== null ? ownValue(kit.colors, name) : undefined;
  // The fallback is refreshed so the design still looks right where the kit is unavailable.
  return next === undefined || next === value.fallback ? value : { token: value.token, fallback: next };
}

function mapColors(el: Element, fn: (v: ColorValue) => ColorValue): Element {
  switch (el.type) {
    case 'text':
      return { ...el, fill: fn(el.fill), stroke: fn(el.stroke) };
    case 'shape':
      return { ...el, fill: fn(el.fill), stroke: fn(el.stroke) };
    case 'qr':
      return { ...el, dark: fn(el.dark), light: fn(el.light) };
    case 'group':
      return { ...el, children: el.children.map((c) => mapColors(c, fn)) };
    case 'image':
    case 'redact':
      return el;
  }
}

/**
 * The design themed with `kit`: brandKitId points at it and every color token's fallback holds
 * the kit's value. Font tokens need no change; they resolve through the kit when drawn.
 */
export function rethemeDesign(design: Design, kit: BrandKit): Design {
  const fn = (v: ColorValue) => retokenColor(v, kit);
  const hasDisclaimer = Object.values(kit.disclaimer).some((v) => v?.trim());
  // The disclaimer says what the new kit's organization must say.
  const words = (el: Element): Element =>
    el.type === 'text' && el.role === 'disclaimer' && hasDisclaimer
      ? { ...el, ...disclaimerContent(kit, design.language, el.text) }
      : el.type === 'group'
        ? { ...el, children: el.children.map(words) }
        : el;
  return {
    ...design,
    brandKitId: kit.id,
    background: { ...design.background, color: fn(design.background.color) },
    elements: design.elements.map((el) => words(mapColors(el, fn))),
  };
}

/**
 * A copy with every token replaced by its concrete value under `kit` (colors and font
 * families), for consumers that know nothing about kits (plain exports, older readers).
 */
export function resolveDesignTokens(design: Design, kit: BrandKit | null): Design {
  const color = (v: ColorValue): ColorValue => resolveColor(v, kit);
  const visit = (el: Element): Element => {
    const recolored = mapColors(el, color);
    if (recolored.type === 'text') return { ...recolored, fontFamily: resolveFontFamily(recolored.fontFamily, kit) };
    if (recolored.type === 'group') return { ...recolored, children: el.type === 'group' ? el.children.map(visit) : recolored.children };
    return recolored;
  };
  return { ...design, background: { ...design.background, color: color(design.background.color) }, elements: design.elements.map(visit) };
}

/** Token names the design uses that `kit` does not define (they draw with their fallback). */
export function missingTokens(design: Design, kit: BrandKit): string[] {
  const missing = new Set<string>();
  const check = (v: ColorValue) => {
    if (typeof v === 'string') return;
    const name = tokenName(v.token);
    if (name === null || !Object.hasOwn(kit.colors, name)) missing.add(v.token);
  };
  check(design.background.color);
  for (const { element } of walkElements(design.elements)) {
    if (element.type === 'text' || element.type === 'shape') {
      check(element.fill);
      check(element.stroke);
    }
    if (element.type === 'text' && element.fontFamily.startsWith('brand.') && !isFontToken(element.fontFamily)) missing.add(element.fontFamily);
  }
  return [...missing].sort();
}
