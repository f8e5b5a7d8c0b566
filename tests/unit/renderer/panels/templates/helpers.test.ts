// The gallery search and the fill-in form's per-language text edits.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextElement } from '../../../../../core/model';
import { loadBuiltInTemplates, thumbnailFor } from '../../../../../renderer/state/library-store';
import { foldText, matchesQuery } from '../../../../../renderer/panels/templates/TemplatesPanel';
import { slotTextPatch as textPatch } from '../../../../../core/templates';

describe('gallery search', () => {
  let builtIns: Awaited<ReturnType<typeof loadBuiltInTemplates>> = [];
  let tpl: (typeof builtIns)[number];
  beforeAll(async () => {
    builtIns = await loadBuiltInTemplates();
    tpl = builtIns.find((t) => t.id === 'petition-repairs')!;
  });

  it('bundles every built-in template with thumbnails in both languages', () => {
    expect(builtIns.length).toBeGreaterThanOrEqual(24);
    for (const t of builtIns) {
      expect(thumbnailFor(t.id, 'en')).toMatch(/\.png/);
      expect(thumbnailFor(t.id, 'es')).toMatch(/\.es\.png/);
    }
  });

  it('folds accents and case', () => {
    expect(foldText('Petición ÁRBOL')).toBe('peticion arbol');
  });

  it('matches names in either language, tags and category labels; every word must match', () => {
    expect(matchesQuery(tpl, tpl.name.en.split(' ')[0]!, [])).toBe(true);
    expect(matchesQuery(tpl, foldText(tpl.name.es).split(' ').at(-1)!, [])).toBe(true);
    expect(matchesQuery(tpl, tpl.tags[0]!, [])).toBe(true);
    expect(matchesQuery(tpl, 'peticiones', ['Petitions', 'Peticiones'])).toBe(true);
    expect(matchesQuery(tpl, `${tpl.tags[0]} zzzz`, [])).toBe(false);
    expect(matchesQuery(tpl, '   ', [])).toBe(true);
  });

  it('matches the size labels it is given, without accents or case', () => {
    const labels = ['Facebook post (1200 × 630)', 'Publicación de Facebook (1200 × 630)'];
    expect(matchesQuery(tpl, 'facebook', labels)).toBe(true);
    expect(matchesQuery(tpl, 'publicacion', labels)).toBe(true);
    expect(matchesQuery(tpl, 'historia', labels)).toBe(false);
  });
});

describe('fill-in text edits', () => {
  it('writes the base text for English when there is no English variant', () => {
    const el = createTextElement({ x: 0, y: 0, width: 1, height: 1, text: 'Hello', variants: { es: 'Hola' } });
    expect(textPatch(el, 'en', 'Hi')).toEqual({ text: 'Hi' });
  });

  it('writes the variant of the language being edited, keeping the other', () => {
    const el = createTextElement({ x: 0, y: 0, width: 1, height: 1, text: 'Hello', variants: { en: 'Hello', es: 'Hola' } });
    expect(textPatch(el, 'en', 'Hi')).toEqual({ variants: { en: 'Hi', es: 'Hola' } });
    expect(textPatch(el, 'es', 'Buenas')).toEqual({ variants: { en: 'Hello', es: 'Buenas' } });
  });
});
