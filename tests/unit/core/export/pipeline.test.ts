import { createSceneContext } from '../../../../core/scene';
import { describe, expect, it } from 'vitest';
import { runExportJob } from '../../../../core/export/job';
import { exportDesign, QUALITY_STEPS } from '../../../../core/export/pipeline';
import { ExportError, type CanvasLike, type Encoder, type ImageMime } from '../../../../core/export/types';
import { createDesign, createTextElement } from '../../../../core/model/defaults';
import type { Design } from '../../../../core/model/schema';
import { getPreset, validateCustomPreset, type Preset } from '../../../../core/presets';

interface FakeCanvas extends CanvasLike {
  pixelRatio: number;
  design: Design;
}

/**
 * A deterministic encoder: bytes per pixel depend on format and quality, and the output is a
 * structurally valid PNG, JPEG (with an EXIF segment to strip) or WebP of that length.
 */
function fakeEncoder(bpp: (mime: ImageMime, q: number) => number, hooks: { onEncode?: () => void; sizeError?: boolean } = {}) {
  const renders: Array<{ width: number; height: number; pixelRatio: number; design: Design }> = [];
  const encodes: Array<{ mime: ImageMime; quality: number; width: number }> = [];
  const encoder: Encoder<FakeCanvas> = {
    context: (design) => createSceneContext(design),
    render(design, width, height, pixelRatio) {
      renders.push({ width, height, pixelRatio, design });
      const extra = hooks.sizeError ? 1 : 0;
      return { width: Math.round(width * pixelRatio) + extra, height: Math.round(height * pixelRatio), pixelRatio, design };
    },
    async encode(canvas, mime, quality) {
      encodes.push({ mime, quality, width: canvas.width });
      hooks.onEncode?.();
      const n = Math.floor(canvas.width * canvas.height * bpp(mime, quality));
      return fileOf(mime, n);
    },
  };
  return { encoder, renders, encodes };
}

function fileOf(mime: ImageMime, n: number): Uint8Array {
  if (mime === 'image/png') {
    const out = new Uint8Array(8 + 12 + n + 12);
    out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const v = new DataView(out.buffer);
    v.setUint32(8, n);
    out.set([73, 68, 65, 84], 12); // IDAT
    v.setUint32(8 + 12 + n, 0);
    out.set([73, 69, 78, 68], 8 + 12 + n + 4); // IEND
    return out;
  }
  if (mime === 'image/jpeg') {
    // SOI, an EXIF segment the pipeline must strip (18 bytes), zero-filled APP0 segments, EOI.
    const exif = [0xff, 0xe1, 0, 16, ...Array.from('Exif\0\0GPS-HERE', (c) => c.charCodeAt(0))];
    const segments = Math.max(1, Math.ceil(n / 65000));
    const out = new Uint8Array(2 + exif.length + n + segments * 4 + 2);
    out.set([0xff, 0xd8]);
    out.set(exif, 2);
    let at = 2 + exif.length;
    let left = n;
    for (let i = 0; i < segments; i++) {
      const len = Math.min(65000, left);
      out.set([0xff, 0xe0, (len + 2) >> 8, (len + 2) & 0xff], at);
      at += 4 + len;
      left -= len;
    }
    out.set([0xff, 0xd9], at);
    return out;
  }
  const out = new Uint8Array(12 + 8 + n + (n % 2));
  const v = new DataView(out.buffer);
  out.set([82, 73, 70, 70]);
  v.setUint32(4, out.length - 8, true);
  out.set([87, 69, 66, 80, 86, 80, 56, 32], 8); // WEBPVP8_
  v.setUint32(16, n, true);
  return out;
}

/** JPEG about q bytes per pixel, WebP 0.7q, PNG 2. */
const model = (mime: ImageMime, q: number) => (mime === 'image/png' ? 2 : mime === 'image/jpeg' ? q : 0.7 * q);

function design(): Design {
  const d = createDesign({ width: 1080, height: 1080, name: 'Test' });
  d.elements = [createTextElement({ id: 't', x: 100, y: 100, width: 400, height: 100, text: 'Hi' })];
  return d;
}

function withLimit(id: string, byteLimit: number): Preset {
  return { ...getPreset(id)!, byteLimit };
}

describe('exportDesign', () => {
  it('keeps a PNG that fits, with a single step, and draws the adapted design at the preset size', async () => {
    const { encoder, renders } = fakeEncoder(model);
    const r = await exportDesign(design(), getPreset('x-post')!, { format: 'png' }, encoder);
    expect(r).toMatchObject({ width: 1600, height: 900, format: 'png', mime: 'image/png', extension: 'png', quality: null, scale: 1, reduced: false });
    expect(r.steps).toEqual([{ kind: 'initial', format: 'png', quality: null, scale: 1, width: 1600, height: 900, bytes: r.bytes.length, limit: 5_000_000, withinLimit: true }]);
    expect(renders).toHaveLength(1);
    expect([renders[0]!.design.width, renders[0]!.design.height, renders[0]!.pixelRatio]).toEqual([1600, 900, 1]);
  });

  it('turns an oversized PNG into JPEG at the highest quality step that fits', async () => {
    const px = 1080 * 1080;
    const { encoder, renders } = fakeEncoder(model);
    const r = await exportDesign(design(), withLimit('instagram-square', Math.floor(0.8 * px) + 100), { format: 'png' }, encoder);
    expect(r.steps.map((s) => [s.kind, s.format, s.quality, s.withinLimit])).toEqual([
      ['initial', 'png', null, false],
      ['lossy-format', 'jpeg', 0.92, false],
      ['lower-quality', 'jpeg', 0.85, false],
      ['lower-quality', 'jpeg', 0.75, true],
    ]);
    expect(r).toMatchObject({ format: 'jpeg', quality: 0.75, width: 1080, height: 1080, reduced: true, extension: 'jpg' });
    expect(r.bytes.length).toBeLessThanOrEqual(0.8 * px + 100);
    expect(renders).toHaveLength(1); // one drawing, several encodes
  });

  it('scales down only after every quality step, skipping sizes that cannot fit, never below the minimum', async () => {
    const px = 1080 * 1080;
    const limit = Math.floor(0.3 * px);
    const { encoder } = fakeEncoder(model);
    const r = await exportDesign(design(), withLimit('instagram-square', limit), { format: 'png' }, encoder);
    const lossyAtFull = r.steps.filter((s) => s.scale === 1 && s.format === 'jpeg').map((s) => s.quality);
    expect(lossyAtFull).toEqual([...QUALITY_STEPS]);
    const last = r.steps[r.steps.length - 1]!;
    expect(last.kind).toBe('scale-down');
    expect(r.bytes.length).toBeLessThanOrEqual(limit);
    expect(r.width).toBe(Math.round(1080 * r.scale));
    expect(r.height).toBe(r.width);
    // The largest fitting size on the 0.1 ladder is 0.7 (0.55 x 0.49 = 0.27 < 0.3; 0.55 x 0.64 > 0.3).
    expect(r.scale).toBeCloseTo(0.7);
    expect(r.steps.every((s) => s.width >= 540)).toBe(true);
  });

  it('fails with the steps tried when even the minimum size is too big', async () => {
    const { encoder } = fakeEncoder(model);
    const preset = withLimit('facebook-post-landscape', 1000);
    let err: unknown;
    try {
      await exportDesign(design(), preset, { format: 'jpeg', quality: 0.9 }, encoder);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ExportError);
    const e = err as ExportError;
    expect(e.code).toBe('export.byte-limit-unreachable');
    expect(e.params).toMatchObject({ preset: 'facebook-post-landscape', limit: 1000 });
    expect(e.steps.length).toBeGreaterThan(3);
    const smallest = e.steps[e.steps.length - 1]!;
    expect([smallest.width, smallest.height]).toEqual([600, 315]);
    expect(smallest.quality).toBe(0.55);
    expect(e.steps.every((s) => s.width >= 600 && s.height >= 315)).toBe(true);
    // Qualities above the asked 0.9 are never tried.
    expect(e.steps.every((s) => (s.quality ?? 0) <= 0.9)).toBe(true);
  });

  it('keeps elements inside the safe area of a custom size', async () => {
    const custom = validateCustomPreset({ id: 'custom-banner', name: 'Banner', width: 2000, height: 500, safeArea: { x: 500, y: 50, width: 1000, height: 400 } });
    if (!custom.ok) throw new Error('custom preset should be valid');
    const d = design();
    d.elements = [createTextElement({ id: 't', x: 400, y: 400, width: 200, height: 100, text: 'Hi', anchor: { horizontal: 'left', vertical: 'top' } })];
    const { encoder, renders } = fakeEncoder(() => 0.01);
    await exportDesign(d, custom.preset, { format: 'png' }, encoder);
    const drawn = renders[0]!.design.elements[0]!;
    // Left/top anchoring alone would give x = 400 x (500/1080) = 185, left of the safe area.
    expect(drawn.x).toBeGreaterThanOrEqual(500 - 0.5);
    expect(drawn.x + drawn.width).toBeLessThanOrEqual(1500 + 0.5);
  });

  it('uses a format the preset accepts when the asked one is not', async () => {
    const { encoder } = fakeEncoder(model);
    const r = await exportDesign(design(), getPreset('facebook-post-square')!, { format: 'webp', quality: 0.8 }, encoder);
    expect(r.steps[0]).toMatchObject({ kind: 'format-unsupported', format: 'jpeg', quality: 0.8 });
    expect(r.format).toBe('jpeg');
    expect(r.reduced).toBe(true);
  });

  it('keeps WebP as WebP while lowering quality', async () => {
    const px = 1600 * 900;
    const { encoder, encodes } = fakeEncoder(model);
    const r = await exportDesign(design(), withLimit('x-post', Math.floor(0.7 * 0.7 * px)), { format: 'webp', quality: 0.92 }, encoder);
    expect(new Set(encodes.map((e) => e.mime))).toEqual(new Set(['image/webp']));
    expect(r).toMatchObject({ format: 'webp', quality: 0.65, mime: 'image/webp' });
  });

  it('strips metadata from what the encoder returns', async () => {
    const { encoder } = fakeEncoder(model);
    const r = await exportDesign(design(), getPreset('x-post')!, { format: 'jpeg', quality: 0.5 }, encoder);
    const text = new TextDecoder('latin1').decode(r.bytes);
    expect(text).not.toContain('Exif');
    expect(text).not.toContain('GPS-HERE');
    expect(r.bytes.length).toBe(r.steps[0]!.bytes);
  });

  it('exports at 2x, but keeps variable presets within their maximum', async () => {
    const { encoder, renders } = fakeEncoder(() => 0.01);
    const r = await exportDesign(design(), getPreset('x-post')!, { format: 'png', scale: 2 }, encoder);
    expect([r.width, r.height]).toEqual([3200, 1800]);
    expect(renders[0]!.pixelRatio).toBe(2);
    const b = await exportDesign(design(), getPreset('bluesky-post')!, { format: 'png', scale: 2 }, encoder);
    expect([b.width, b.height]).toEqual([2000, 2000]);
  });

  it('keeps the design ratio for Bluesky', async () => {
    const { encoder } = fakeEncoder(() => 0.01);
    const portrait = { ...design(), width: 1080, height: 1350 };
    const r = await exportDesign(portrait, getPreset('bluesky-post')!, { format: 'jpeg' }, encoder);
    expect([r.width, r.height]).toEqual([1600, 2000]);
  });

  it('meets the soft limit when asked and reports when it is exceeded', async () => {
    const { encoder } = fakeEncoder(model);
    const cover = getPreset('facebook-cover')!;
    const hard = await exportDesign(design(), cover, { format: 'jpeg', quality: 0.3 }, encoder);
    expect(hard.overSoftLimit).toBe(true);
    const soft = await exportDesign(design(), cover, { format: 'jpeg', quality: 0.3, target: 'soft' }, encoder);
    expect(soft.bytes.length).toBeLessThanOrEqual(100_000);
    expect(soft.overSoftLimit).toBe(false);
    expect(soft.steps.every((s) => s.limit === 100_000)).toBe(true);
  });

  it('stops between encodes when cancelled', async () => {
    const signal = { aborted: false };
    const { encoder, encodes } = fakeEncoder(model, { onEncode: () => (signal.aborted = true) });
    await expect(exportDesign(design(), withLimit('x-post', 10_000), { format: 'png', signal }, encoder)).rejects.toMatchObject({ code: 'export.cancelled' });
    expect(encodes).toHaveLength(1);
  });

  it('refuses bad options and a wrongly sized canvas', async () => {
    const { encoder } = fakeEncoder(model);
    const p = getPreset('x-post')!;
    for (const bad of [{ format: 'bmp' }, { format: 'png', quality: 0 }, { format: 'png', quality: 1.5 }, { format: 'png', scale: 10 }, { format: 'png', scale: NaN }]) {
      await expect(exportDesign(design(), p, bad as never, encoder)).rejects.toMatchObject({ code: 'export.bad-options' });
    }
    const wrong = fakeEncoder(model, { sizeError: true });
    await expect(exportDesign(design(), p, { format: 'png' }, wrong.encoder)).rejects.toMatchObject({ code: 'export.encoder-size-mismatch' });
  });

  it('wraps encoder failures in a coded error', async () => {
    const { encoder } = fakeEncoder(model);
    encoder.encode = async () => {
      throw new Error('out of memory');
    };
    await expect(exportDesign(design(), getPreset('x-post')!, { format: 'png' }, encoder)).rejects.toMatchObject({ code: 'export.encoder-failed', message: expect.stringContaining('out of memory') });
  });
});

describe('runExportJob', () => {
  const job = (presets: Preset[]) => ({ design: design(), presets, languages: ['en' as const], format: 'png' as const, quality: 0.9, scale: 1, pattern: '{preset}' });
  const sink = () => {
    const written: string[] = [];
    return { written, sink: { write: async (f: { preset: Preset }) => (written.push(f.preset.id), { status: 'written' as const }) } };
  };

  it('exports each preset, reports progress, and carries on after a failure', async () => {
    const { encoder } = fakeEncoder(model);
    const progress: string[] = [];
    const { written, sink: s } = sink();
    const presets = [getPreset('x-post')!, withLimit('x-card', 10), getPreset('x-profile')!];
    const r = await runExportJob(job(presets), { encoder, sink: s, signal: { aborted: false }, onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.current?.preset.id ?? '-'}`) });
    expect(r.cancelled).toBe(false);
    expect(written).toEqual(['x-post', 'x-profile']);
    expect(r.failed.map((f) => [f.preset.id, f.code])).toEqual([['x-card', 'export.byte-limit-unreachable']]);
    expect(progress).toEqual(['0/3 x-post', '1/3 x-card', '2/3 x-profile', '3/3 -', '3/3 -']);
  });

  it('stops when cancelled and keeps what is done', async () => {
    const signal = { aborted: false };
    const { encoder } = fakeEncoder(model);
    const { written, sink: s } = sink();
    const r = await runExportJob(job([getPreset('x-post')!, getPreset('x-card')!, getPreset('x-profile')!]), {
      encoder,
      sink: s,
      signal,
      onProgress: (p) => {
        if (p.done === 1) signal.aborted = true;
      },
    });
    expect(r.cancelled).toBe(true);
    expect(written).toEqual(['x-post']);
    expect(r.files.map((f) => f.preset.id)).toEqual(['x-post']);
  });
});
