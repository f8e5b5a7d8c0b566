// Every preset exported for real (Konva on @napi-rs/canvas) and read back with independent
// decoders (pngjs, jpeg-js): exact size, under the byte limit, no metadata.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeEncoder, decodeImages } from '../../../../cli/export-node';
import { exportDesign } from '../../../../core/export/pipeline';
import type { Encoder, ExportResult } from '../../../../core/export/types';
import { getPreset, PRESETS, resolvePresetSize } from '../../../../core/presets';
import { campaignDesign, photoLikePng } from './photo-fixture';

function decode(r: ExportResult): { width: number; height: number; data: Uint8Array } {
  if (r.mime === 'image/png') return PNG.sync.read(Buffer.from(r.bytes));
  if (r.mime === 'image/jpeg') return jpeg.decode(r.bytes, { useTArray: true, maxMemoryUsageInMB: 1024 });
  throw new Error(`no independent decoder for ${r.mime}`);
}

function has(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));
}

let encoder: Encoder;

beforeAll(async () => {
  const images = await decodeImages({ photo: photoLikePng(1200, 900), logo: photoLikePng(200, 200, 3, 0) });
  encoder = createNodeEncoder({ images });
});

describe('export of a photo-like design to every preset', () => {
  it.each(PRESETS.map((p) => [p.id]))('%s: exact size, within the byte limit, no metadata', async (id) => {
    const preset = getPreset(id)!;
    const design = campaignDesign();
    const r = await exportDesign(design, preset, { format: 'png' }, encoder);
    const img = decode(r);
    const expected = preset.variable ? resolvePresetSize(preset, design) : { width: preset.width, height: preset.height };
    expect([img.width, img.height]).toEqual([expected.width, expected.height]);
    expect([r.width, r.height]).toEqual([expected.width, expected.height]);
    expect(r.bytes.length).toBeLessThanOrEqual(preset.byteLimit);
    for (const marker of ['Exif', 'eXIf', 'tEXt', 'iTXt']) expect(has(r.bytes, marker), marker).toBe(false);
    expect(r.steps[r.steps.length - 1]!.bytes).toBe(r.bytes.length);
  });

  it('forces Bluesky below 1,000,000 bytes and says how', async () => {
    const preset = getPreset('bluesky-post')!;
    const r = await exportDesign(campaignDesign(), preset, { format: 'png' }, encoder);
    expect([r.width, r.height]).toEqual([2000, 2000]);
    expect(r.steps[0]).toMatchObject({ kind: 'initial', format: 'png', withinLimit: false });
    expect(r.steps[0]!.bytes).toBeGreaterThan(1_000_000);
    expect(r.steps[1]!.kind).toBe('lossy-format');
    expect(r.format).toBe('jpeg');
    expect(r.bytes.length).toBeLessThanOrEqual(1_000_000);
    expect(decode(r).width).toBe(2000);
  });

  it('scales down when quality alone cannot reach the limit (Facebook cover, fast-loading target)', async () => {
    const r = await exportDesign(campaignDesign(), getPreset('facebook-cover')!, { format: 'jpeg', quality: 0.85, target: 'soft' }, encoder);
    expect(r.bytes.length).toBeLessThanOrEqual(100_000);
    expect(r.scale).toBeLessThan(1);
    const img = decode(r);
    expect([img.width, img.height]).toEqual([Math.round(1702 * r.scale), Math.round(630 * r.scale)]);
    expect(r.steps.some((s) => s.kind === 'scale-down')).toBe(true);
  });

  it('draws the adapted layout: the bottom band of the square design sits above the story bottom', async () => {
    const r = await exportDesign(campaignDesign(), getPreset('instagram-story')!, { format: 'png' }, encoder);
    const img = decode(r);
    // Band: anchored stretch/bottom, 220 px from the bottom, 160 tall -> y 1540..1700.
    const at = (x: number, y: number) => Array.from(img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3));
    expect(at(540, 1620)).toEqual([0xe6, 0x39, 0x46]);
    expect(at(20, 1620)).toEqual([0xe6, 0x39, 0x46]);
    expect(at(540, 1500)).not.toEqual([0xe6, 0x39, 0x46]);
  });

  it('exports at 2x with twice the pixels', async () => {
    const r = await exportDesign(campaignDesign(), getPreset('x-profile')!, { format: 'jpeg', quality: 0.8, scale: 2 }, encoder);
    const img = decode(r);
    expect([img.width, img.height]).toEqual([800, 800]);
  });
});

describe('createNodeEncoder', () => {
  it('draws exactly round(size x pixelRatio) even where Konva would floor a pixel away', async () => {
    const design = { ...campaignDesign(), width: 1080, height: 1350 };
    // 1350 x 0.7 is 944.9999999999999 in floating point.
    expect(Math.floor(1350 * 0.7)).toBe(944);
    const canvas = await encoder.render(design, 1080, 1350, 0.7, encoder.context(design));
    expect([canvas.width, canvas.height]).toEqual([756, 945]);
    const event = await encoder.render({ ...design, width: 1920, height: 1005 }, 1920, 1005, 0.7, encoder.context(design));
    expect([event.width, event.height]).toEqual([1344, 704]);
  });

  it('encodes PNG, JPEG and WebP with their signatures and honors JPEG quality', async () => {
    const canvas = await encoder.render(campaignDesign(), 1080, 1080, 0.5, encoder.context(campaignDesign()));
    const png = await encoder.encode(canvas, 'image/png', 1);
    const hi = await encoder.encode(canvas, 'image/jpeg', 0.95);
    const lo = await encoder.encode(canvas, 'image/jpeg', 0.5);
    const webp = await encoder.encode(canvas, 'image/webp', 0.8);
    expect(Array.from(png.subarray(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(Array.from(hi.subarray(0, 2))).toEqual([0xff, 0xd8]);
    expect(Buffer.from(webp.subarray(8, 12)).toString('latin1')).toBe('WEBP');
    expect(lo.length).toBeLessThan(hi.length);
  });
});

describe('nodeTextRefit', () => {
  it('shrinks fitted text that a hand-sized box would overflow, and leaves unfitted text alone', async () => {
    const { nodeTextRefit } = await import('../../../../cli/export-node');
    const { adaptDesign } = await import('../../../../core/layout/adapt');
    const { createDesign, createTextElement } = await import('../../../../core/model/defaults');
    const d = createDesign({ width: 1000, height: 1000 });
    d.elements = [
      createTextElement({ id: 'fit', x: 0, y: 0, width: 1000, height: 140, text: 'SOLIDARITY', fontSize: 100, fit: 'shrink' }),
      createTextElement({ id: 'plain', x: 0, y: 500, width: 1000, height: 140, text: 'SOLIDARITY', fontSize: 100 }),
    ];
    // The user narrowed both boxes for this size; the word is far wider than 300 px at 100 px.
    d.layouts = { 'x-card': { elements: { fit: { x: 0, y: 0, width: 300, height: 140 }, plain: { x: 0, y: 500, width: 300, height: 140 } } } };
    const size = { width: 1000, height: 1000 };
    const font = (x: typeof d, id: string) => (x.elements.find((e) => e.id === id) as { fontSize: number }).fontSize;
    expect(font(adaptDesign(d, size, 'x-card'), 'fit')).toBe(100);
    const refit = adaptDesign(d, size, 'x-card', { refitText: nodeTextRefit() });
    expect(font(refit, 'fit')).toBeLessThan(60);
    expect(font(refit, 'fit')).toBeGreaterThan(10);
    expect(font(refit, 'plain')).toBe(100);
  });
});
