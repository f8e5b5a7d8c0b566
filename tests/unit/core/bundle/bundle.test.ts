import { describe, expect, it } from 'vitest';
import {
  BundleError,
  readDocumentBundle,
  readPack,
  writeDocumentBundle,
  writePack,
  readZip,
  resolveLimits,
} from '../../../../core/bundle';
import { buildHostileCorpus, pngBytes, SAFE_SVG, sampleBrandKit, sampleDesign, samplePackInput, ttfBytes } from '../../../helpers/hostile-corpus';

const svgBytes = new TextEncoder().encode(SAFE_SVG);

describe('.placard documents', () => {
  it('round-trips design, assets and fonts deep-equal, and writes identical bytes each time', () => {
    const design = sampleDesign('doc_round');
    design.assets.badge = { mime: 'image/svg+xml', name: 'badge.svg', width: 10, height: 10 };
    const doc = { design, assets: new Map([['logo', pngBytes()], ['badge', svgBytes]]), fonts: new Map([['Test-Regular.ttf', ttfBytes()]]) };
    const bytes = writeDocumentBundle(doc);
    expect(writeDocumentBundle(doc)).toEqual(bytes);
    const read = readDocumentBundle(bytes);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toEqual(doc);
  });

  it('round-trips a large design whose JSON inflates across many chunks', () => {
    const design = sampleDesign('doc_big');
    for (let i = 0; i < 1500; i++) {
      design.elements.push({ ...design.elements[0]!, id: `t${i}`, name: `Text number ${i}`, x: i, y: i * 2 } as (typeof design.elements)[number]);
    }
    const doc = { design, assets: new Map([['logo', pngBytes()]]), fonts: new Map() };
    const bytes = writeDocumentBundle(doc);
    const read = readDocumentBundle(bytes);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.design).toEqual(design);
  });

  it('stores each asset once under its content hash', () => {
    const design = sampleDesign('doc_dupe');
    design.assets.copy = { ...design.assets.logo! };
    const bytes = writeDocumentBundle({ design, assets: new Map([['logo', pngBytes()], ['copy', pngBytes()]]), fonts: new Map() });
    const files = readZip(bytes, resolveLimits());
    if (!files.ok) throw new Error(files.error.message);
    expect([...files.value.keys()].filter((n) => n.startsWith('assets/'))).toHaveLength(1);
  });

  it('refuses to write a design whose image has no bytes', () => {
    expect(() => writeDocumentBundle({ design: sampleDesign(), assets: new Map(), fonts: new Map() })).toThrow(BundleError);
    try {
      writeDocumentBundle({ design: sampleDesign(), assets: new Map(), fonts: new Map() });
    } catch (err) {
      expect((err as BundleError).code).toBe('bundle.missing-asset');
    }
  });
});

describe('.placardpack packs', () => {
  it('round-trips deep-equal and deterministically', () => {
    const input = samplePackInput('2.1.0');
    const bytes = writePack(input);
    expect(writePack(samplePackInput('2.1.0'))).toEqual(bytes);
    const read = readPack(bytes);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.manifest).toMatchObject({ ...input.manifest, format: 'placardpack', formatVersion: 1 });
    expect([...read.value.templates.values()]).toEqual([...input.templates]);
    expect([...read.value.brandKits.values()]).toEqual([...input.brandKits]);
    expect(read.value.assets).toEqual(input.assets);
    expect(read.value.fonts).toEqual(input.fonts);
  });

  it('keeps assets used only by brand kits, sniffing their type', () => {
    const kit = { ...sampleBrandKit(), logos: ['kit_logo'] };
    const input = { ...samplePackInput(), brandKits: [kit], assets: new Map([['logo', pngBytes()], ['kit_logo', svgBytes]]) };
    const read = readPack(writePack(input));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.assets.get('kit_logo')).toEqual(svgBytes);
    expect(read.value.brandKits.get(kit.id)?.logos).toEqual(['kit_logo']);
  });
});

describe('hostile corpus (core readers)', () => {
  const corpus = buildHostileCorpus();
  it('has at least 30 cases covering many distinct codes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((c) => c.code)).size).toBeGreaterThanOrEqual(30);
  });
  it.each(corpus.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = c.kind === 'pack' ? readPack(c.bytes) : readDocumentBundle(c.bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(c.code);
    if (c.field !== undefined) {
      expect(result.error.field).toBe(c.field);
      expect(result.error.message).toContain(c.field);
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
