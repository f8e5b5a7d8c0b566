// Golden files of format version 1 (tests/fixtures/v1, committed, never regenerated): a design
// JSON, a .placard document and a .placardpack. Every future reader and migration must still open
// them with their content intact.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocumentBundle, readPack, sha256Hex } from '../../../../core/bundle';
import { displayText, migrate, walkElements, type Design } from '../../../../core/model';
import { parseUntrustedJson } from '../../../../core/model/json';
import { validateTemplate } from '../../../../core/templates';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/v1/${name}`, import.meta.url))));

function expectGoldenDesign(design: Design): void {
  expect(design.version).toBe(1);
  expect([design.width, design.height]).toEqual([1200, 630]);
  expect(design.elements.map((e) => e.type)).toEqual(['image', 'text', 'group', 'redact', 'shape']);
  const byId = new Map([...walkElements(design.elements)].map(({ element }) => [element.id, element]));
  const headline = byId.get('headline');
  if (headline?.type !== 'text') throw new Error('headline is missing');
  expect(displayText(headline, 'en')).toBe('RENT STRIKE NOW');
  expect(displayText(headline, 'es')).toBe('HUELGA DE ALQUILERES YA');
  expect(headline).toMatchObject({ fit: 'shrink', fontFamily: 'brand.heading', fill: { token: 'brand.primary' }, anchor: { horizontal: 'stretch', vertical: 'top' }, locks: { move: true, content: false } });
  const date = byId.get('date');
  expect(date?.type === 'text' && displayText(date, 'es')).toBe('1 de mayo');
  expect(byId.get('photo')).toMatchObject({ crop: { x: 0.1, width: 0.8 }, flipX: true, slot: { kind: 'photo', label: { es: 'Foto' } } });
  expect(byId.get('star')).toMatchObject({ shape: 'star', starPoints: 7 });
  expect(byId.get('blur')).toMatchObject({ mode: 'blur', shape: 'ellipse' });
  expect(design.layouts?.['instagram-story']?.elements.headline).toEqual({ x: 60, y: 400, width: 960, height: 300, fontSize: 110 });
  expect(design.altText.es).toBe('Inquilinos se manifiestan frente al ayuntamiento.');
}

describe('format version 1 golden files', () => {
  it('opens the design JSON', () => {
    const json = parseUntrustedJson(new TextDecoder().decode(fixture('design.json')));
    if (!json.ok) throw new Error(json.issue.message);
    const result = migrate(json.value);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expectGoldenDesign(result.design);
  });

  it('opens the .placard document with its image', () => {
    const doc = readDocumentBundle(fixture('document.placard'));
    if (!doc.ok) throw new Error(doc.error.message);
    expectGoldenDesign(doc.value.design);
    const [id, bytes] = [...doc.value.assets][0]!;
    expect(sha256Hex(bytes)).toBe(id);
    expect(doc.value.design.assets[id]).toMatchObject({ mime: 'image/png', width: 8, height: 4 });
  });

  it('opens the .placardpack with its template, brand kit and image', () => {
    const pack = readPack(fixture('pack.placardpack'));
    if (!pack.ok) throw new Error(pack.error.message);
    expect(pack.value.manifest).toMatchObject({ id: 'tenants-union-pack', version: '1.0.0', formatVersion: 1 });
    const template = pack.value.templates.get('rent-strike-rally');
    expect(template && validateTemplate(template).ok).toBe(true);
    expectGoldenDesign(template!.design);
    expect(pack.value.brandKits.get('tenants-union')?.colors.primary).toBe('#2A9D8F');
    expect(pack.value.assets.size).toBe(1);
  });
});
