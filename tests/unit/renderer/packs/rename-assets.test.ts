import { describe, expect, it, vi } from 'vitest';
import { createDesign, createImageElement, createTextElement } from '../../../../core/model';

vi.mock('../../../../renderer/bridge', () => ({ getApi: () => ({}) }));
const { renameAssets } = await import('../../../../renderer/packs/pack-store');

describe('renameAssets', () => {
  it('renames asset ids in design.assets and in image elements, nested in groups too, leaving others', () => {
    const design = createDesign({ name: 'x', width: 100, height: 100 });
    design.assets.logo = { mime: 'image/png', name: 'logo.png', width: 4, height: 3 };
    design.assets.keep = { mime: 'image/png', name: 'keep.png', width: 4, height: 3 };
    const image = createImageElement({ id: 'img', x: 0, y: 0, width: 10, height: 10, assetId: 'logo' });
    const other = createImageElement({ id: 'img2', x: 0, y: 0, width: 10, height: 10, assetId: 'keep' });
    const { assetId: _unused, ...base } = image;
    const group = { ...base, id: 'grp', type: 'group' as const, children: [{ ...image, id: 'inner' }] };
    design.elements.push(image, other, createTextElement({ id: 't', x: 0, y: 0, width: 10, height: 10, text: 'hi' }), group as never);
    const renamed = renameAssets(design, new Map([['logo', 'f'.repeat(64)]]));
    expect(Object.keys(renamed.assets).sort()).toEqual(['f'.repeat(64), 'keep']);
    expect(renamed.assets['f'.repeat(64)]).toEqual(design.assets.logo);
    const ids = JSON.stringify(renamed.elements);
    expect(ids).not.toContain('"assetId":"logo"');
    expect(ids).toContain('"assetId":"keep"');
    expect((renamed.elements[3] as unknown as { children: { assetId: string }[] }).children[0]!.assetId).toBe('f'.repeat(64));
    expect(design.assets.logo).toBeDefined(); // the input is not changed
  });
});
