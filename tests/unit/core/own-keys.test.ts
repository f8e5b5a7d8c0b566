// Untrusted keys that name members of Object.prototype ("toString", "constructor", "valueOf", ...)
// go through every keyed lookup Placard does on data from files, and none finds the inherited
// member: assets, asset indexes, brand colours, sample photos, presets and CSV columns.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND_KIT, colorToken, missingTokens, resolveColor, rethemeDesign } from '../../../core/brand';
import { documentFiles, readDocumentBundle, readPack } from '../../../core/bundle';
import { createDesign, createShapeElement, createTextElement, migrate } from '../../../core/model';
import { ownValue } from '../../../core/model/own';
import { getPreset } from '../../../core/presets';
import { makeColorResolver } from '../../../core/scene/colors';
import { isSamplePhoto } from '../../../core/templates';
import { fillRow, mapColumns } from '../../../core/bulk';
import { pngBytes, sampleDesign, validPackFileMap, zipFiles } from '../../helpers/hostile-corpus';

/** Every member name an object inherits, and a few a promise-minded reader looks up. */
const MEMBERS = [...new Set([...Object.getOwnPropertyNames(Object.prototype), 'then', 'length', 'prototype'])].sort();
/** Those a file can use as an id (ids are letters, digits, "_" and "-"; "__proto__" is reserved). */
const ID_MEMBERS = MEMBERS.filter((m) => /^[A-Za-z0-9_-]+$/.test(m) && m !== '__proto__');

const enc = (s: string) => new TextEncoder().encode(s);

describe('built-in member names as keys', () => {
  it('covers the members that matter', () => {
    for (const m of ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']) expect(MEMBERS).toContain(m);
    expect(ID_MEMBERS).toContain('toString');
    expect(ID_MEMBERS).not.toContain('__proto__');
  });

  it.each(MEMBERS)('ownValue(%s) finds nothing in an empty record', (m) => {
    expect(ownValue({}, m)).toBeUndefined();
    expect(ownValue({ [m]: 'mine' }, m)).toBe('mine'); // a computed key is always an own property
  });

  it.each(ID_MEMBERS)('an image whose asset is named %s but missing is refused, in a design and in a document', (m) => {
    const design = sampleDesign('doc_members');
    const image = design.elements.find((e) => e.type === 'image')!;
    (image as { assetId: string }).assetId = m;
    const migrated = migrate(JSON.parse(JSON.stringify(design)));
    expect(migrated.ok).toBe(false);
    const files = documentFiles({ design: sampleDesign('doc_members'), assets: new Map([['logo', pngBytes()]]), fonts: new Map() });
    files.set('design.json', enc(JSON.stringify(design)));
    const read = readDocumentBundle(zipFiles(files));
    expect(read.ok).toBe(false);
  });

  it.each(ID_MEMBERS)('a pack template asset named %s that the manifest does not index is refused as missing', (m) => {
    const files = validPackFileMap();
    const template = JSON.parse(new TextDecoder().decode(files.get('templates/rally-flyer.json')!));
    template.design.assets[m] = { mime: 'image/png', name: 'x.png', width: 4, height: 3 };
    files.set('templates/rally-flyer.json', enc(JSON.stringify(template)));
    const read = readPack(zipFiles(files));
    // "constructor" and "prototype" are refused even earlier, as keys no JSON file may hold.
    const forbidden = m === 'constructor' || m === 'prototype';
    const expected = forbidden ? { code: 'bundle.forbidden-key', field: `design.assets.${m}` } : { code: 'bundle.missing-asset', field: `assets.${m}` };
    expect(read).toMatchObject({ ok: false, error: expected });
  });

  it.each(ID_MEMBERS)('a brand colour token named %s falls back to its stored colour everywhere', (m) => {
    const value = { token: `brand.${m}`, fallback: '#123456' };
    expect(resolveColor(value, DEFAULT_BRAND_KIT)).toBe('#123456');
    expect(makeColorResolver({ ...DEFAULT_BRAND_KIT.colors })(value)).toBe('#123456');
    expect(() => colorToken(DEFAULT_BRAND_KIT, m)).toThrow();
    const design = createDesign({ name: 'Tokens', width: 100, height: 100 });
    design.elements.push(createShapeElement({ id: 'box', shape: 'rect', x: 0, y: 0, width: 10, height: 10, fill: value }));
    expect(missingTokens(design, DEFAULT_BRAND_KIT)).toEqual([value.token]);
    expect(rethemeDesign(design, DEFAULT_BRAND_KIT).elements[0]).toMatchObject({ fill: value });
  });

  it.each(MEMBERS)('%s is no sample photo and no preset', (m) => {
    expect(isSamplePhoto(m)).toBe(false);
    expect(getPreset(m)).toBeUndefined();
  });

  it.each(ID_MEMBERS)('a layer named %s is filled only by a CSV column of that name', (m) => {
    const design = createDesign({ name: 'Batch', width: 100, height: 100 });
    design.elements.push(createTextElement({ id: 'headline', name: m, x: 0, y: 0, width: 100, height: 20, text: 'Sample' }));
    const fillFromRow = (d: typeof design, row: Record<string, string>) => fillRow(d, mapColumns(d, Object.keys(row)), row, 1, new Map()).design;
    expect(fillFromRow(design, {}).elements[0]).toMatchObject({ text: 'Sample' });
    expect(fillFromRow(design, Object.fromEntries([[m, 'From the sheet']])).elements[0]).toMatchObject({ text: 'From the sheet' });
  });
});
