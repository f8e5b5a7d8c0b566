import { describe, expect, it } from 'vitest';
import { createDesign, createImageElement, createTextElement, type Design } from '../../../../core/model';
import { serializeTemplate, slotLabel, slotsOf, untranslatedSlots, validateTemplate } from '../../../../core/templates';

function design(): Design {
  const d = createDesign({ width: 1080, height: 1080 });
  const headline = createTextElement({ id: 'head', x: 80, y: 100, width: 900, height: 200, text: 'Rally', variants: { es: 'Marcha' }, slot: { kind: 'text', label: { en: 'Headline', es: 'Titular' }, hint: { en: 'Short' } } });
  const body = createTextElement({ id: 'body', x: 80, y: 400, width: 900, height: 200, text: 'Details', slot: { kind: 'text', label: { en: 'Details' }, hint: {} }, locks: { move: false, resize: false, delete: false, content: true, style: false } });
  const photo = createImageElement({ id: 'photo', x: 0, y: 0, width: 1080, height: 1080, assetId: 'a1', slot: { kind: 'photo', label: { en: 'Photo' }, hint: {} } });
  const wrongKind = createTextElement({ id: 'odd', x: 0, y: 900, width: 10, height: 10, text: 'x', slot: { kind: 'photo', label: {}, hint: {} } });
  const plain = createTextElement({ id: 'plain', x: 0, y: 50, width: 10, height: 10, text: 'x' });
  return { ...d, elements: [body, photo, headline, wrongKind, plain], assets: { a1: { mime: 'image/png', name: '', width: 10, height: 10 } } };
}

const template = (overrides: Record<string, unknown> = {}) => ({
  format: 'placard-template',
  formatVersion: 1,
  id: 'rally-card',
  name: { en: 'Rally', es: 'Marcha' },
  category: 'events',
  presetId: 'facebook-post-square',
  tags: ['rally'],
  design: design(),
  ...overrides,
});

describe('slotsOf', () => {
  it('lists slots in reading order, ignoring marks on the wrong element type', () => {
    const slots = slotsOf(design());
    expect(slots.map((s) => s.elementId)).toEqual(['photo', 'head', 'body']);
    expect(slots.map((s) => s.kind)).toEqual(['photo', 'text', 'text']);
    expect(slots.find((s) => s.elementId === 'body')!.readOnly).toBe(true);
    expect(slotLabel(slots[1]!, 'es')).toBe('Titular');
    expect(slotLabel(slots[2]!, 'es')).toBe('Details');
  });

  it('finds text slots missing a language', () => {
    expect(untranslatedSlots(design(), ['en', 'es'])).toEqual([{ elementId: 'body', language: 'es' }]);
  });
});

describe('validateTemplate', () => {
  it('accepts a good template and round-trips through its serialized form', () => {
    const result = validateTemplate(template());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const again = validateTemplate(JSON.parse(serializeTemplate(result.template)));
    expect(again).toEqual(result);
  });

  it('names the problem in the metadata', () => {
    const bad = validateTemplate(template({ category: 'cats', id: 'Not A Slug' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.code).toBe('template.invalid');
      expect(bad.issues.map((i) => i.path).sort()).toEqual(['category', 'id']);
    }
    const noSpanish = validateTemplate(template({ name: { en: 'Rally' } }));
    expect(noSpanish.ok).toBe(false);
  });

  it('reports design problems under design.*', () => {
    const d = design();
    const bad = validateTemplate(template({ design: { ...d, width: -5 } }));
    expect(bad).toMatchObject({ ok: false, code: 'template.invalid-design' });
    if (!bad.ok) expect(bad.issues[0]!.path).toBe('design.width');
  });

  it('refuses a design that is not the size of its preset', () => {
    const bad = validateTemplate(template(), () => ({ width: 1200, height: 630 }));
    expect(bad).toMatchObject({ ok: false, code: 'template.size-mismatch' });
    expect(validateTemplate(template(), () => ({ width: 1080, height: 1080 })).ok).toBe(true);
  });

  it('refuses slots with unknown kinds', () => {
    const d = design();
    const el = { ...d.elements[0]!, slot: { kind: 'video', label: {}, hint: {} } };
    expect(validateTemplate(template({ design: { ...d, elements: [el] } })).ok).toBe(false);
  });
});
