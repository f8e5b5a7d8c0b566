// The design model: schemas with field-path errors, defaults, migrate(), JSON safety, tree helpers.
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  checkStructure,
  createDesign,
  createImageElement,
  createShapeElement,
  createTextElement,
  designSchema,
  findElement,
  mapElement,
  migrate,
  removeElements,
  textFor,
  type Migration,
} from '../../../../core/model';
import { parseUntrustedJson } from '../../../../core/model/json';

function sample() {
  const d = createDesign({ width: 1200, height: 630, name: 'Rally' });
  d.assets.abc = { mime: 'image/png', name: 'photo.png', width: 10, height: 10 };
  d.elements.push(createTextElement({ id: 't1', x: 10, y: 10, width: 300, height: 80, text: 'Vote', variants: { es: 'Vota' } }));
  d.elements.push(createImageElement({ id: 'i1', x: 0, y: 0, width: 100, height: 100, assetId: 'abc' }));
  return d;
}

describe('design schema and migrate()', () => {
  it('accepts a design built from the factories and fills defaults for missing optional fields', () => {
    const d = sample();
    expect(designSchema.parse(d)).toEqual(d);
    const minimal = migrate({ version: 1, id: 'd1', width: 100, height: 100, elements: [{ id: 's', type: 'shape', shape: 'rect', x: 0, y: 0, width: 1, height: 1 }] });
    expect(minimal.ok).toBe(true);
    if (!minimal.ok) return;
    expect(minimal.design.language).toBe('en');
    expect(minimal.design.background.color).toBe('#ffffff');
    expect(minimal.design.elements[0]!.locks).toEqual({ move: false, resize: false, delete: false, content: false, style: false });
  });

  it('names the field path of every problem', () => {
    const bad = { ...sample(), elements: [{ ...sample().elements[0], fontSize: -4 }] };
    const r = migrate(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('invalid');
    expect(r.issues.map((i) => i.path)).toContain('elements.0.fontSize');
    const color = migrate({ ...sample(), background: { color: 'red; drop table' } });
    expect(!color.ok && color.issues[0]!.path).toBe('background.color');
  });

  it('refuses files from a newer Placard, without a version, or not an object', () => {
    expect(migrate({ ...sample(), version: CURRENT_VERSION + 1 })).toMatchObject({ ok: false, code: 'newer-version' });
    const { version: _v, ...noVersion } = sample();
    expect(migrate(noVersion)).toMatchObject({ ok: false, code: 'no-version' });
    expect(migrate([1, 2])).toMatchObject({ ok: false, code: 'not-an-object' });
    expect(migrate(null)).toMatchObject({ ok: false, code: 'not-an-object' });
  });

  it('runs every upgrade step in order from an older version', () => {
    // A made-up history: v1 called the elements "layers", v2 kept the background as a bare string.
    const steps: Migration[] = [
      { from: 1, up: ({ layers, ...rest }) => ({ ...rest, elements: layers }) },
      { from: 2, up: (doc) => ({ ...doc, background: { color: doc.background } }) },
    ];
    const old = { version: 1, id: 'old', width: 50, height: 50, background: '#000000', layers: [] };
    const r = migrate(old, steps, 3);
    // The schema is still version 1, so the upgraded document fails only on its version number.
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(['version']);
    expect(migrate(old, steps.slice(0, 1), 3)).toMatchObject({ ok: false, code: 'no-migration' });
  });

  it('finds structural problems a schema cannot: duplicate ids and missing assets', () => {
    const d = sample();
    d.elements.push(createShapeElement({ id: 't1', x: 0, y: 0, width: 5, height: 5, shape: 'rect' }));
    d.elements.push(createImageElement({ id: 'i2', x: 0, y: 0, width: 5, height: 5, assetId: 'missing' }));
    const messages = checkStructure(d).map((i) => i.message);
    expect(messages).toContain('duplicate element id "t1"');
    expect(messages.some((m) => m.includes('missing asset "missing"'))).toBe(true);
    expect(migrate(d)).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('untrusted JSON', () => {
  it('refuses prototype-polluting keys anywhere, with their path', () => {
    const r = parseUntrustedJson('{"elements":[{"id":"a","constructor":{"prototype":{}}}]}');
    expect(r).toEqual({ ok: false, issue: { path: 'elements.0.constructor', message: 'forbidden key "constructor"' } });
    expect(parseUntrustedJson('{"__proto__":{"x":1}}').ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
  it('reports broken JSON and excessive nesting', () => {
    expect(parseUntrustedJson('{"a":').ok).toBe(false);
    expect(parseUntrustedJson('['.repeat(100) + ']'.repeat(100)).ok).toBe(false);
    expect(parseUntrustedJson('{"ok":[1,2,{"b":"c"}]}')).toEqual({ ok: true, value: { ok: [1, 2, { b: 'c' }] } });
  });
});

describe('element tree and text variants', () => {
  it('maps, finds and removes elements inside groups', () => {
    const d = sample();
    const group = { ...createShapeElement({ id: 'g', x: 0, y: 0, width: 1, height: 1, shape: 'rect' }), type: 'group' as const, children: [d.elements[0]!] };
    delete (group as Record<string, unknown>).shape;
    const tree = [group, d.elements[1]!] as never[];
    expect(findElement(tree, 't1')?.id).toBe('t1');
    const moved = mapElement(tree, 't1', (el) => ({ ...el, x: 99 }));
    expect(findElement(moved, 't1')?.x).toBe(99);
    expect(moved[1]).toBe(tree[1]);
    expect(findElement(removeElements(tree, new Set(['t1'])), 't1')).toBeUndefined();
  });
  it('shows the variant for the design language, else the base text', () => {
    const t = sample().elements[0]!;
    if (t.type !== 'text') throw new Error('expected text');
    expect(textFor(t, 'es')).toBe('Vota');
    expect(textFor({ ...t, variants: {} }, 'es')).toBe('Vote');
  });
});

describe('slugify', () => {
  it('turns names in any language into id-safe slugs, with a fallback', async () => {
    const { slugify } = await import('../../../../core/model');
    expect(slugify('Marcha por la Vivienda ¡Ya!', 'x')).toBe('marcha-por-la-vivienda-ya');
    expect(slugify('  ***  ', 'pack')).toBe('pack');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(30), 'x', 31)).toBe('a'.repeat(30));
  });
});

describe('newId', () => {
  it('makes unique ids with the prefix, with or without crypto.randomUUID (pages outside a secure context lack it)', async () => {
    const { newId } = await import('../../../../core/model');
    const pattern = /^d_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newId('d')).toMatch(pattern);
    const original = globalThis.crypto.randomUUID;
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 200 }, () => newId('d')));
      expect(ids.size).toBe(200);
      for (const id of ids) expect(id).toMatch(pattern);
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
