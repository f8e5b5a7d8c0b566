import { describe, expect, it } from 'vitest';
import { altTextOf, createDesign, createImageElement, createTextElement, fillAltPattern, mapElement, migrate, type Design, type Element, type Slot } from '../../../../core/model';
import { altTextFile } from '../../../../core/export';
import { fillInProblems, withOrigin } from '../../../../core/templates';

const WIN = { id: 'win', name: { en: 'We won', es: 'Ganamos' } };
const slot = (rules: Partial<Slot> = {}): Slot => ({ kind: 'text', label: { en: 'Headline', es: 'Titular' }, hint: {}, ...rules });

function template(rules: { head?: Partial<Slot>; body?: Partial<Slot>; photo?: Partial<Slot> } = {}): Design {
  const d = createDesign({ width: 1200, height: 630 });
  const head = createTextElement({ id: 'head', x: 80, y: 80, width: 900, height: 200, text: 'We won!', variants: { en: 'We won!', es: '¡Ganamos!' }, slot: slot(rules.head) });
  const body = createTextElement({ id: 'body', x: 80, y: 400, width: 900, height: 100, text: 'A fair contract', variants: { en: 'A fair contract', es: 'Un contrato justo' }, slot: slot(rules.body) });
  const photo = createImageElement({ id: 'photo', x: 0, y: 0, width: 10, height: 10, assetId: 'sample', slot: { kind: 'photo', label: {}, hint: {}, ...rules.photo } });
  return {
    ...d,
    elements: [head, body, photo],
    assets: { sample: { mime: 'image/png', name: '', width: 10, height: 10 }, mine: { mime: 'image/png', name: '', width: 10, height: 10 } },
    altText: { en: 'Old sample alt', es: 'Texto alternativo de muestra' },
    altPattern: { en: 'Graphic: {head}. {body}', es: 'Gráfico: {head}. {body}' },
  };
}

function setText(d: Design, id: string, lang: 'en' | 'es', text: string): Design {
  return { ...d, elements: mapElement(d.elements, id, (el) => (el.type === 'text' ? { ...el, variants: { ...el.variants, [lang]: text } } : el)) as Element[] };
}

describe('alt text from a pattern', () => {
  it('fills each {id} with that text in the language and tidies what an empty slot leaves', () => {
    const d = template();
    expect(fillAltPattern('Gráfico: {head}. {body}', d, 'es')).toBe('Gráfico: ¡Ganamos! Un contrato justo');
    expect(fillAltPattern('{head}. {missing}. {body}', d, 'en')).toBe('We won! A fair contract');
    expect(fillAltPattern('{missing}: {body}\n\n{head}', d, 'en')).toBe('A fair contract. We won!');
    // A full stop only before a new sentence: "is in 7 days" stays one.
    expect(fillAltPattern('Count: {head} in {body}', setText(setText(d, 'head', 'en', 'Vote'), 'body', 'en', '7 days'), 'en')).toBe('Count: Vote in 7 days');
    expect(fillAltPattern('{head} — {body}', setText(d, 'body', 'en', '  '), 'en')).toBe('We won!');
  });

  it("prefers the design's own words, and the export writes what altTextOf says", () => {
    const d = withOrigin(template(), WIN, false);
    expect(d.altText).toEqual({});
    expect(altTextOf(d, 'en')).toBe('Graphic: We won! A fair contract');
    const filled = setText(d, 'head', 'en', 'Rent freeze passed');
    expect(altTextFile(filled, 'en')).toBe('Graphic: Rent freeze passed. A fair contract\n');
    expect(altTextOf({ ...filled, altText: { en: 'Written by hand' } }, 'en')).toBe('Written by hand');
  });
});

describe('fillInProblems', () => {
  it('refuses the sample alt text, and stops once the message changed', () => {
    const d = withOrigin(template(), WIN, false);
    expect(fillInProblems(d, ['en', 'es']).filter((p) => p.code === 'alt-sample').map((p) => p.language)).toEqual(['en', 'es']);
    const en = setText(d, 'head', 'en', 'Rent freeze passed');
    expect(fillInProblems(en, ['en']).filter((p) => p.code === 'alt-sample')).toEqual([]);
    // A template without a pattern: its hand-written alt text is the sample until replaced.
    const plain = withOrigin({ ...template(), altPattern: undefined }, WIN, false);
    expect(plain.origin!.altText.en).toBe('Old sample alt');
    expect(fillInProblems(setText(plain, 'head', 'en', 'New'), ['en']).map((p) => p.code)).toEqual(['alt-sample']);
    expect(fillInProblems({ ...setText(plain, 'head', 'en', 'New'), altText: { en: 'New alt' } }, ['en'])).toEqual([]);
  });

  it('flags the Spanish words left at the sample once the English ones changed, and not before', () => {
    const d = withOrigin(template(), WIN, false);
    expect(fillInProblems(d, ['en', 'es']).filter((p) => p.code === 'sample-language')).toEqual([]);
    const en = setText(d, 'head', 'en', 'Rent freeze passed');
    const problems = fillInProblems(en, ['en', 'es']);
    expect(problems.filter((p) => p.code === 'sample-language')).toEqual([{ code: 'sample-language', elementId: 'head', language: 'es', blocking: false }]);
    // Only the languages being exported count.
    expect(fillInProblems(en, ['en']).filter((p) => p.code === 'sample-language')).toEqual([]);
    expect(fillInProblems(setText(en, 'head', 'es', 'Congelación de alquileres'), ['en', 'es'])).toEqual([]);
  });

  it('applies the author rules: required, must-replace, maximum characters (as platforms count them)', () => {
    const d = withOrigin(template({ head: { required: true, maxChars: 10 }, body: { mustReplace: true }, photo: { mustReplace: true } }), WIN, false);
    const codes = (x: Design) => fillInProblems(x, ['en']).map((p) => `${p.code}:${p.elementId ?? 'alt'}:${p.blocking}`);
    expect(codes(d)).toEqual(['placeholder:photo:true', 'placeholder:body:true', 'alt-sample:alt:true']);
    let next = setText(setText(d, 'head', 'en', ''), 'body', 'en', 'Raises for all');
    next = { ...next, elements: mapElement(next.elements, 'photo', (el) => (el.type === 'image' ? { ...el, assetId: 'mine' } : el)) as Element[] };
    expect(codes(next)).toEqual(['required:head:true']);
    const long = setText(next, 'head', 'en', '👩🏽‍🔧 twelve chars');
    expect(fillInProblems(long, ['en'])).toEqual([{ code: 'too-long', elementId: 'head', language: 'en', blocking: true, length: 14, max: 10 }]);
    expect(fillInProblems(setText(next, 'head', 'en', '👩🏽‍🔧 ten chr!'), ['en'])).toEqual([]);
  });

  it('ignores slots the author locked and designs not made from a template', () => {
    const t = template({ head: { mustReplace: true } });
    expect(fillInProblems(t, ['en', 'es'])).toEqual([]);
    const locked = withOrigin({ ...t, elements: t.elements.map((el) => (el.id === 'head' ? { ...el, locks: { ...el.locks, content: true } } : el)) }, WIN, false);
    expect(fillInProblems(locked, ['en']).filter((p) => p.elementId === 'head')).toEqual([]);
  });

  it('round-trips the origin and the rules through migrate, and holds the sample texts to the text budget', () => {
    const d = withOrigin(template({ head: { required: true, mustReplace: true, maxChars: 40 } }), WIN, true);
    const back = migrate(JSON.parse(JSON.stringify(d)));
    expect(back.ok && back.design.origin).toEqual(d.origin);
    expect(back.ok && back.design.elements[0]!.slot).toEqual(d.elements[0]!.slot);
    const huge = { ...d, origin: { ...d.origin!, texts: Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`s${i}`, { en: 'x'.repeat(9000) }])) } };
    const refused = migrate(JSON.parse(JSON.stringify(huge)));
    expect(refused.ok ? null : refused.code).toBe('too-much-text');
  });
});
