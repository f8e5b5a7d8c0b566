import { describe, expect, it } from 'vitest';
import { createDesign, createShapeElement, createTextElement, enforceFillIn, markedOwned, mayAuthor, opensInAuthorMode, UNLOCKED, type Design } from '../../../../core/model';

const LOCKED = { ...UNLOCKED, move: true, resize: true, delete: true, style: true };

function template(): Design {
  const band = createShapeElement({ id: 'band', shape: 'rect', x: 0, y: 0, width: 600, height: 100, locks: LOCKED });
  const head = createTextElement({ id: 'head', x: 20, y: 20, width: 500, height: 60, text: 'Headline', locks: { ...LOCKED, delete: true }, slot: { kind: 'text', label: {}, hint: {} } });
  const free = createShapeElement({ id: 'free', shape: 'ellipse', x: 300, y: 300, width: 40, height: 40 });
  return { ...createDesign({ width: 600, height: 600 }), background: { color: '#112233' }, brandKitId: 'kit', elements: [band, head, free], altPattern: { en: '{head}' } };
}

describe('fill-in mode keeps what the author did not open', () => {
  it('lets the open parts change: a slot text, an unlocked element, the language and the alt text', () => {
    const d = template();
    const next: Design = { ...d, language: 'es', altText: { es: 'Hola' }, elements: d.elements.map((e) => (e.id === 'head' ? { ...e, text: 'Rent freeze' } : e.id === 'free' ? { ...e, x: 10 } : e)) };
    const out = enforceFillIn(d, next);
    expect(out.refused).toEqual([]);
    expect(out.design).toBe(next);
  });

  it('puts back the canvas size, background, brand kit and alt-text pattern', () => {
    const d = template();
    const out = enforceFillIn(d, { ...d, width: 1080, height: 1920, background: { color: '#ffffff' }, brandKitId: null, altPattern: undefined });
    expect(out.design).toMatchObject({ width: 600, height: 600, background: { color: '#112233' }, brandKitId: 'kit', altPattern: { en: '{head}' } });
    expect(out.refused).toEqual([{ elementId: '', keys: ['size', 'background', 'brandKitId', 'altPattern'] }]);
  });

  it('refuses a new order of the elements outright, and removes added elements', () => {
    const d = template();
    const [band, head, free] = d.elements;
    expect(enforceFillIn(d, { ...d, elements: [head!, band!, free!] })).toEqual({ design: d, refused: [{ elementId: '', keys: ['order'] }] });
    // Deleting an unlocked element is still allowed; the order of what remains is unchanged.
    expect(enforceFillIn(d, { ...d, elements: [band!, head!] }).refused).toEqual([]);
    const sticker = createShapeElement({ id: 'sticker', shape: 'star', x: 0, y: 0, width: 10, height: 10 });
    const out = enforceFillIn(d, { ...d, elements: [...d.elements, sticker] });
    expect(out.design.elements.map((e) => e.id)).toEqual(['band', 'head', 'free']);
    expect(out.refused).toEqual([{ elementId: '', keys: ['add'] }]);
    // Inside groups too.
    const group = { id: 'g', type: 'group', name: '', x: 0, y: 0, width: 600, height: 600, rotation: 0, opacity: 1, visible: true, locks: UNLOCKED, children: [band!, free!] } as Design['elements'][number];
    const grouped: Design = { ...d, elements: [group, head!] };
    const g = grouped.elements[0]!;
    if (g.type !== 'group') throw new Error('group');
    expect(enforceFillIn(grouped, { ...grouped, elements: [{ ...g, children: [free!, band!] }, head!] }).refused).toEqual([{ elementId: '', keys: ['order'] }]);
  });

  it('keeps the hand adjustments of locked elements per size', () => {
    const d: Design = { ...template(), layouts: { 'x-post': { elements: { band: { x: 0, y: 0, width: 1600, height: 120 } } } } };
    const out = enforceFillIn(d, { ...d, layouts: { 'x-post': { elements: { band: { x: 50, y: 0, width: 1600, height: 120 }, free: { x: 5, y: 5, width: 40, height: 40 } } } } });
    expect(out.design.layouts).toEqual({ 'x-post': { elements: { band: { x: 0, y: 0, width: 1600, height: 120 }, free: { x: 5, y: 5, width: 40, height: 40 } } } });
    expect(out.refused).toEqual([{ elementId: '', keys: ['layouts'] }]);
  });
});

describe('who may author a design', () => {
  it('the user’s own work and own templates, not others’ templates; locks alone do not lock the author out', () => {
    const d = template();
    expect(mayAuthor(d)).toBe(false); // slots, no origin: a template from a file
    expect(mayAuthor({ ...d, origin: { templateId: 't', name: {}, owned: false, texts: {}, photos: {}, altText: {} } })).toBe(false);
    expect(mayAuthor({ ...d, origin: { templateId: 't', name: {}, owned: true, texts: {}, photos: {}, altText: {} } })).toBe(true);
    const lockedNoSlots = { ...d, elements: d.elements.filter((e) => e.id !== 'head') };
    expect(mayAuthor(lockedNoSlots)).toBe(true);
    expect(opensInAuthorMode(lockedNoSlots)).toBe(true);
    // A gallery template with locks and no slots opens locked.
    expect(opensInAuthorMode({ ...lockedNoSlots, origin: { templateId: 't', name: {}, owned: false, texts: {}, photos: {}, altText: {} } })).toBe(false);
    // An own template with slots opens in fill-in mode, and may switch.
    const own = { ...d, origin: { templateId: 't', name: {}, owned: true, texts: {}, photos: {}, altText: {} } };
    expect(opensInAuthorMode(own)).toBe(false);
    expect(mayAuthor(own)).toBe(true);
  });

  it('marks a template being made in author mode as the user’s own when saved', () => {
    const d = template();
    expect(markedOwned(d, true).origin).toEqual({ templateId: d.id, name: {}, owned: true, texts: {}, photos: {}, altText: {} });
    expect(markedOwned(d, false)).toBe(d);
    const foreign = { ...d, origin: { templateId: 't', name: {}, owned: false, texts: {}, photos: {}, altText: {} } };
    expect(markedOwned(foreign, true)).toBe(foreign);
  });
});
