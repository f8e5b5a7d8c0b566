// runExport with a fake encoder and a recording API: file names from the pattern, alt text
// beside each image, languages, overwrite confirmation, cancel between images, failures.
import { describe, expect, it, vi } from 'vitest';
import type { CanvasLike, Encoder, ImageMime } from '../../../../core/export';
import { createDesign, createShapeElement } from '../../../../core/model/defaults';
import type { Design } from '../../../../core/model';
import { createSceneContext } from '../../../../core/scene';
import { getPreset, type Preset } from '../../../../core/presets';
import type { WriteExportFilesResult } from '../../../../core/api';
import { patternFor, runExport, type ExportJob } from '../../../../renderer/export/run-export';

/** A structurally valid PNG (signature, IDAT of n zero bytes, IEND): enough for metadata stripping. */
function fakePng(n: number): Uint8Array {
  const out = new Uint8Array(8 + 12 + n + 12);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(out.buffer);
  view.setUint32(8, n);
  out.set([73, 68, 65, 84], 12);
  view.setUint32(8 + 12 + n, 0);
  out.set([73, 69, 78, 68], 8 + 12 + n + 4);
  return out;
}

/** SOI, an empty scan header, n bytes of entropy data, EOI. */
function fakeJpeg(n: number): Uint8Array {
  const out = new Uint8Array(2 + 4 + n + 2);
  out.set([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]);
  out.set([0xff, 0xd9], 6 + n);
  return out;
}

/** Encodes to a byte count proportional to pixels: PNG 4 bytes/px, lossy quality * 1 byte/px. */
function fakeEncoder(): Encoder<CanvasLike> & { renders: number } {
  const enc = {
    renders: 0,
    context: (d: Design) => createSceneContext(d),
    render(_d: unknown, width: number, height: number, pr: number) {
      enc.renders++;
      return { width: Math.round(width * pr), height: Math.round(height * pr) };
    },
    async encode(canvas: CanvasLike, mime: ImageMime, quality: number) {
      const px = canvas.width * canvas.height;
      return mime === 'image/png' ? fakePng(px) : fakeJpeg(Math.round(px * quality * 0.6));
    },
  };
  return enc;
}

function recordingApi(existing: string[] = []) {
  const calls: { names: string[]; overwrite: boolean; texts: Record<string, string> }[] = [];
  const onDisk = new Set(existing);
  const api = {
    writeExportFiles: vi.fn(async (args: { folder: string; files: { name: string; bytes: Uint8Array }[]; overwrite: boolean }): Promise<WriteExportFilesResult> => {
      const clash = args.files.map((f) => f.name).filter((n) => onDisk.has(n));
      if (clash.length && !args.overwrite) return { status: 'exists', names: clash };
      const texts: Record<string, string> = {};
      for (const f of args.files) {
        onDisk.add(f.name);
        if (f.name.endsWith('.txt')) texts[f.name] = new TextDecoder().decode(f.bytes);
      }
      calls.push({ names: args.files.map((f) => f.name), overwrite: args.overwrite, texts });
      return { status: 'written', paths: args.files.map((f) => `/out/${f.name}`) };
    }),
  };
  return { api, calls, onDisk };
}

function job(presets: string[], extra: Partial<ExportJob> = {}): ExportJob {
  const design = createDesign({ width: 1080, height: 1080, name: 'Rent strike' });
  design.elements = [createShapeElement({ shape: 'rect', x: 100, y: 100, width: 200, height: 200 })];
  design.altText = { en: 'A red square.', es: 'Un cuadrado rojo.' };
  return { design, presets: presets.map((id) => getPreset(id) as Preset), languages: ['en'], format: 'png', quality: 0.92, scale: 1, pattern: '{name}-{preset}', folderToken: 'f'.repeat(32), ...extra };
}

const deps = (api: ReturnType<typeof recordingApi>['api'], signal = new AbortController().signal) => ({
  api,
  encoder: fakeEncoder(),
  signal,
  onProgress: vi.fn(),
  confirmOverwrite: vi.fn(async () => 'replace' as const),
});

describe('runExport', () => {
  it('writes each image with its alt text beside it, named from the pattern', async () => {
    const { api, calls } = recordingApi();
    const d = deps(api);
    const summary = await runExport(job(['x-post', 'instagram-story']), d);
    expect(summary.cancelled).toBe(false);
    expect(calls.map((c) => c.names)).toEqual([
      ['Rent strike-x-post.png', 'Rent strike-x-post.txt'],
      ['Rent strike-instagram-story.png', 'Rent strike-instagram-story.txt'],
    ]);
    expect(calls[0]!.texts['Rent strike-x-post.txt']).toBe('A red square.\n');
    expect(summary.files.map((f) => [f.result.width, f.result.height])).toEqual([
      [1600, 900],
      [1080, 1920],
    ]);
    expect(d.onProgress).toHaveBeenLastCalledWith({ done: 2, total: 2, current: null });
  });

  it('fits Bluesky by leaving PNG and reports the steps', async () => {
    const { api } = recordingApi();
    const summary = await runExport(job(['bluesky-post']), deps(api));
    const file = summary.files[0]!;
    expect(file.result.reduced).toBe(true);
    expect(file.result.steps[0]).toMatchObject({ kind: 'initial', format: 'png', withinLimit: false });
    expect(file.result.bytes.length).toBeLessThanOrEqual(1_000_000);
    expect(file.fileName).toMatch(/\.jpg$/);
  });

  it('exports every language with distinct names and that language’s alt text', async () => {
    const { api, calls } = recordingApi();
    await runExport(job(['x-post'], { languages: ['en', 'es'] }), deps(api));
    expect(calls.map((c) => c.names[0])).toEqual(['Rent strike-x-post-en.png', 'Rent strike-x-post-es.png']);
    expect(calls[1]!.texts['Rent strike-x-post-es.txt']).toBe('Un cuadrado rojo.\n');
    expect(patternFor('{lang}/{name}', ['en', 'es'])).toBe('{lang}/{name}');
    expect(patternFor('{name}', ['en'])).toBe('{name}');
  });

  it('asks before replacing existing files; skip keeps them, replace applies to the rest', async () => {
    const skip = recordingApi(['Rent strike-x-post.png']);
    const d1 = deps(skip.api);
    d1.confirmOverwrite.mockResolvedValueOnce('skip' as never);
    const s1 = await runExport(job(['x-post']), d1);
    expect(s1.skipped).toEqual(['Rent strike-x-post.png']);
    expect(skip.calls).toEqual([]);

    const replace = recordingApi(['Rent strike-x-post.png', 'Rent strike-x-card.png']);
    const d2 = deps(replace.api);
    await runExport(job(['x-post', 'x-card']), d2);
    expect(d2.confirmOverwrite).toHaveBeenCalledTimes(1);
    expect(replace.calls.map((c) => c.overwrite)).toEqual([true, true]);
  });

  it('stops between images when cancelled and keeps what was written', async () => {
    const { api, calls } = recordingApi();
    const controller = new AbortController();
    api.writeExportFiles.mockImplementation(async (args) => {
      calls.push({ names: args.files.map((f) => f.name), overwrite: args.overwrite, texts: {} });
      controller.abort();
      return { status: 'written', paths: [] };
    });
    const summary = await runExport(job(['x-post', 'x-card', 'instagram-story']), deps(api, controller.signal));
    expect(summary.cancelled).toBe(true);
    expect(summary.files).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('a slow first size does not hold the others back: they are drawn meanwhile, yet written in order', async () => {
    const { api, calls } = recordingApi();
    const events: string[] = [];
    const enc = fakeEncoder();
    const render = enc.render.bind(enc);
    enc.render = (d: Parameters<typeof render>[0], w: number, h: number, pr: number) => (events.push(`draw ${w}x${h}`), render(d, w, h, pr, createSceneContext(d)));
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const encode = enc.encode.bind(enc);
    enc.encode = async (canvas, mime, quality) => {
      if (canvas.width === 1600) await firstHeld;
      return encode(canvas, mime, quality);
    };
    api.writeExportFiles.mockImplementation(async (args) => {
      events.push(`write ${args.files[0]!.name}`);
      calls.push({ names: args.files.map((f) => f.name), overwrite: args.overwrite, texts: {} });
      return { status: 'written', paths: [] };
    });
    const running = runExport(job(['x-post', 'x-card', 'instagram-story', 'facebook-post-square', 'x-header']), { ...deps(api), encoder: enc });
    await expect.poll(() => events.length).toBe(5);
    // Four sizes go at once, the biggest first; as the others finish, the fifth starts, though the
    // first is still encoding and nothing has been written yet.
    expect(events).toEqual(['draw 1080x1920', 'draw 1600x900', 'draw 1080x1080', 'draw 1500x500', 'draw 1200x600']);
    releaseFirst();
    const summary = await running;
    expect(summary.files.map((f) => f.preset.id)).toEqual(['x-post', 'x-card', 'instagram-story', 'facebook-post-square', 'x-header']);
    expect(calls.map((c) => c.names[0])).toEqual(['Rent strike-x-post.png', 'Rent strike-x-card.png', 'Rent strike-instagram-story.png', 'Rent strike-facebook-post-square.png', 'Rent strike-x-header.png']);
    expect(events.filter((e) => e.startsWith('write'))).toEqual(calls.map((c) => `write ${c.names[0]}`));
  });

  it('cancel at the replace question writes nothing more, though the next size was already drawn', async () => {
    const { api, calls } = recordingApi(['Rent strike-x-post.png']);
    const d = deps(api);
    d.confirmOverwrite.mockResolvedValueOnce('cancel' as never);
    const summary = await runExport(job(['x-post', 'x-card', 'instagram-story']), d);
    expect(summary.cancelled).toBe(true);
    expect(summary.files).toEqual([]);
    expect(calls).toEqual([]);
    expect(d.onProgress).toHaveBeenLastCalledWith({ done: 0, total: 3, current: null });
  });

  it('a failing write is reported and the next size still exports', async () => {
    const { api, calls } = recordingApi();
    api.writeExportFiles.mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'file.write-failed', params: { path: '/out', reason: 'ENOSPC' } }));
    const summary = await runExport(job(['x-post', 'x-card']), deps(api));
    expect(summary.failed).toEqual([expect.objectContaining({ code: 'file.write-failed', params: { path: '/out', reason: 'ENOSPC' } })]);
    expect(summary.files.map((f) => f.preset.id)).toEqual(['x-card']);
    expect(calls).toHaveLength(1);
  });
});
