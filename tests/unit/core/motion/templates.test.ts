// Templates carry motion: a template whose caption enters word by word and whose blur box follows
// keyframes validates, round-trips, is filled in (a volunteer's words, a bulk row) with its motion
// kept, and a volunteer cannot change a locked element's entrance or keyframes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeTemplate, validateTemplate } from '../../../../core/templates';
import { enforceFillIn, mapElement, type Element } from '../../../../core/model';
import { fillRow, mapColumns } from '../../../../core/bulk';

function animatedTemplate() {
  const raw = JSON.parse(readFileSync('templates/meme-classic-top-bottom.json', 'utf8')) as { design: { elements: Record<string, unknown>[]; motion?: unknown } };
  raw.design.motion = { duration: 4, end: 'hold' };
  const texts = raw.design.elements.filter((e) => e.type === 'text');
  texts[0]!.animation = { effect: 'words', delay: 0.5, duration: 1.2 };
  texts[1]!.keyframes = [
    { t: 0, x: 10, y: 20 },
    { t: 2, x: 300, y: 20 },
  ];
  return raw;
}

describe('templates with motion', () => {
  it('validate and round-trip with their entrances, keyframes and timeline', () => {
    const result = validateTemplate(animatedTemplate());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const again = validateTemplate(JSON.parse(serializeTemplate(result.template)));
    expect(again.ok && again.template.design).toEqual(result.template.design);
    expect(result.template.design.motion).toEqual({ duration: 4, end: 'hold' });
  });

  it('refuse an entrance that is not one of the effects, or a timeline over 15 s', () => {
    const bad = animatedTemplate();
    bad.design.elements.find((e) => e.type === 'text')!.animation = { effect: 'spin', delay: 0, duration: 1 };
    expect(validateTemplate(bad).ok).toBe(false);
    const long = animatedTemplate();
    long.design.motion = { duration: 60, end: 'loop' };
    expect(validateTemplate(long).ok).toBe(false);
  });

  it('keep their motion when filled in from a bulk row', () => {
    const result = validateTemplate(animatedTemplate());
    if (!result.ok) throw new Error('template invalid');
    const design = result.template.design;
    const texts = design.elements.filter((e) => e.type === 'text');
    const header = ['Top', 'Bottom'];
    const mapping = mapColumns(design, header);
    const filled = fillRow(design, mapping, { Top: 'Rent is due', Bottom: 'Organize' }, 1, new Map());
    const after = filled.design.elements.filter((e) => e.type === 'text');
    expect(after.map((e) => e.animation)).toEqual(texts.map((e) => e.animation));
    expect(after.map((e) => e.keyframes)).toEqual(texts.map((e) => e.keyframes));
    expect(filled.design.motion).toEqual(design.motion);
  });

  it("holds a locked element's entrance and keyframes in fill-in", () => {
    const result = validateTemplate(animatedTemplate());
    if (!result.ok) throw new Error('template invalid');
    const design = result.template.design;
    const text = design.elements.find((e) => e.type === 'text')!;
    const locked = { ...design, elements: mapElement(design.elements, text.id, (e) => ({ ...e, locks: { ...e.locks, style: true, move: true } }) as Element) };
    const changed = { ...locked, elements: mapElement(locked.elements, text.id, (e) => ({ ...e, animation: { effect: 'fade', delay: 0, duration: 0.3 }, keyframes: [{ t: 1, x: 0, y: 0 }] }) as Element) };
    const { design: kept, refused } = enforceFillIn(locked, changed);
    const el = kept.elements.find((e) => e.id === text.id)!;
    expect(el.animation).toEqual(text.animation);
    expect(el.keyframes).toEqual(text.keyframes);
    expect(refused.map((r) => r.keys).flat()).toEqual(expect.arrayContaining(['animation', 'keyframes']));
  });
});
