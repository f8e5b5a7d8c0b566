// Animated GIF export in Node, read back with omggif (and ImageMagick when present): frame count,
// delays, size; the caption on the first, a middle and the last frame; the blur box over the
// keyframed square on every frame; the byte limit held with the steps reported.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GifReader } from 'omggif';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeEncoder, decodeAnimations, decodeImages } from '../../../../cli/export-node';
import { registerBundledFonts } from '../../../../cli/fonts-node';
import { exportMotion } from '../../../../core/motion/export';
import { decodeGifFrames, gifInfo, GifDecodeError } from '../../../../core/motion/gif-decode';
import { gifDelayCs } from '../../../../core/motion/gif-encode';
import { ExportError, type Encoder } from '../../../../core/export/types';
import { getPreset } from '../../../../core/presets';
import { CLIP, captionedClip, squareGif, squarePreset, squareX } from '../../../helpers/motion-fixture';

let encoder: Encoder;
let noisyEncoder: Encoder;

beforeAll(async () => {
  registerBundledFonts();
  const clip = squareGif();
  encoder = createNodeEncoder({ images: await decodeImages({ clip }), animations: await decodeAnimations({ clip }) });
  const noisy = squareGif(true);
  noisyEncoder = createNodeEncoder({ images: await decodeImages({ clip: noisy }), animations: await decodeAnimations({ clip: noisy }) });
});

/** Every frame of a GIF as RGBA, with its delay in hundredths of a second. */
function framesOf(bytes: Uint8Array): { width: number; height: number; frames: Uint8ClampedArray[]; delays: number[]; loops: number | null } {
  const reader = new GifReader(bytes);
  const frames: Uint8ClampedArray[] = [];
  decodeGifFrames(bytes, (rgba) => frames.push(rgba.slice()));
  const delays = Array.from({ length: reader.numFrames() }, (_, i) => reader.frameInfo(i).delay);
  return { width: reader.width, height: reader.height, frames, delays, loops: reader.loopCount() };
}

const pixel = (f: Uint8ClampedArray, width: number, x: number, y: number) => [f[(y * width + x) * 4]!, f[(y * width + x) * 4 + 1]!, f[(y * width + x) * 4 + 2]!];
const isWhite = (p: number[]) => p.every((c) => c > 235);

describe('animated GIF export', () => {
  it('keeps every frame and its timing, captions each and blurs the square where the keyframes put the box', async () => {
    const r = await exportMotion(captionedClip(), squarePreset(), { format: 'gif', fps: 10 }, encoder);
    expect(r.mime).toBe('image/gif');
    expect(r.motion).toMatchObject({ frames: 10, fps: 10, seconds: 1, loop: true });
    const gif = framesOf(r.bytes);
    expect([gif.width, gif.height]).toEqual([400, 400]);
    expect(gif.frames).toHaveLength(10);
    expect(gif.delays).toEqual(Array(10).fill(10));
    expect(gif.loops).toBe(0);
    for (const k of [0, 4, 9]) {
      const f = gif.frames[k]!;
      // The caption: white letters with a black outline in the top band, on every frame.
      let white = 0;
      let black = 0;
      for (let y = 10; y < 90; y++)
        for (let x = 10; x < 390; x++) {
          const p = pixel(f, 400, x, y);
          if (isWhite(p)) white++;
          if (p.every((c) => c < 30)) black++;
        }
      expect(white, `caption fill on frame ${k}`).toBeGreaterThan(500);
      expect(black, `caption outline on frame ${k}`).toBeGreaterThan(500);
    }
    for (let k = 0; k < 10; k++) {
      const f = gif.frames[k]!;
      // Under the box the square is pixelated into its surroundings: no pure white left.
      let whiteInSquare = 0;
      for (let y = CLIP.y; y < CLIP.y + CLIP.square; y++) for (let x = squareX(k); x < squareX(k) + CLIP.square; x++) if (isWhite(pixel(f, 400, x, y))) whiteInSquare++;
      expect(whiteInSquare, `square hidden on frame ${k}`).toBe(0);
    }
    // The GIF moves: the blue field is where the square was on the first frame, later.
    expect(pixel(gif.frames[9]!, 400, 10, 390)).toEqual(pixel(gif.frames[0]!, 400, 10, 390));
  });

  it('without the blur box the square shows, so the check above can fail', async () => {
    const design = captionedClip();
    const r = await exportMotion({ ...design, elements: design.elements.filter((e) => e.type !== 'redact') }, squarePreset(), { format: 'gif', fps: 10 }, encoder);
    const gif = framesOf(r.bytes);
    expect(isWhite(pixel(gif.frames[4]!, 400, squareX(4) + 20, CLIP.y + 20))).toBe(true);
  });

  it('is read the same by ImageMagick: frame count, delays and size', async () => {
    if (!existsSync('/usr/bin/identify')) return;
    const r = await exportMotion(captionedClip(), squarePreset(), { format: 'gif' }, encoder);
    const dir = mkdtempSync(join(tmpdir(), 'placard-gif-'));
    writeFileSync(join(dir, 'out.gif'), r.bytes);
    const lines = execFileSync('identify', ['-format', '%T %w %h\n', join(dir, 'out.gif')], { encoding: 'utf8' }).trim().split('\n');
    expect(lines).toHaveLength(15);
    expect(lines.map((l) => Number(l.split(' ')[0])).reduce((a, b) => a + b, 0)).toBe(100);
    expect(new Set(lines.map((l) => l.split(' ').slice(1).join('x')))).toEqual(new Set(['400x400']));
  });

  it('delays add up to the timeline at any frame rate', () => {
    for (const fps of [8, 10, 12, 15, 24]) {
      const n = Math.round(3 * fps);
      expect(Array.from({ length: n }, (_, i) => gifDelayCs(i, fps)).reduce((a, b) => a + b, 0)).toBe(300);
    }
  });

  it('fits a byte limit by frame rate, then colours, then pixels, and says each step', async () => {
    const limit = 300_000;
    const r = await exportMotion(captionedClip(), squarePreset(limit), { format: 'gif', fps: 15 }, noisyEncoder);
    expect(r.bytes.length).toBeLessThanOrEqual(limit);
    expect(r.reduced).toBe(true);
    expect(r.steps[0]).toMatchObject({ kind: 'initial', fps: 15, colors: 256, withinLimit: false });
    expect(r.steps.at(-1)!.withinLimit).toBe(true);
    const gif = framesOf(r.bytes);
    expect(gif.frames).toHaveLength(r.motion!.frames);
    expect([gif.width, gif.height]).toEqual([r.width, r.height]);
    expect(r.steps.map((s) => s.kind).every((k) => ['initial', 'lower-frame-rate', 'fewer-colors', 'scale-down'].includes(k))).toBe(true);
  });

  it('holds the platform limit: X takes a 15 MB GIF, Instagram none', async () => {
    const x = await exportMotion(captionedClip(), getPreset('x-post')!, { format: 'gif', scale: 0.5 }, encoder);
    expect(x.bytes.length).toBeLessThanOrEqual(15_000_000);
    expect(x.steps.at(-1)!.limit).toBe(15_000_000);
    expect([x.width, x.height]).toEqual([800, 450]);
    const err = await exportMotion(captionedClip(), getPreset('instagram-square')!, { format: 'gif' }, encoder).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).code).toBe('export.motion-unsupported');
  });

  it('says video cannot be encoded without a video writer, naming GIF', async () => {
    const err = await exportMotion(captionedClip(), getPreset('x-post')!, { format: 'mp4' }, encoder).catch((e: unknown) => e);
    expect((err as ExportError).code).toBe('export.video-unsupported');
  });

  it('refuses a still design', async () => {
    const still = { ...captionedClip(), motion: undefined, elements: captionedClip().elements.map((e) => ({ ...e, keyframes: undefined })) };
    const plain = createNodeEncoder();
    const err = await exportMotion(still, squarePreset(), { format: 'gif' }, plain).catch((e: unknown) => e);
    expect((err as ExportError).code).toBe('export.not-animated');
  });
});

describe('GIF decoding limits', () => {
  it('names too many frames and too much memory before decoding', () => {
    const clip = squareGif();
    expect(() => gifInfo(clip, { maxFrames: 5, maxDecodedBytes: 1e9 })).toThrow(/10 frames; the limit is 5/);
    const e = (() => {
      try {
        gifInfo(clip, { maxFrames: 100, maxDecodedBytes: 1024 * 1024 });
      } catch (err) {
        return err as GifDecodeError;
      }
    })();
    expect(e?.code).toBe('gif.too-much-memory');
    expect(e?.params).toMatchObject({ frames: 10, width: 400, height: 400 });
  });

  it('names a damaged GIF', () => {
    const clip = squareGif().slice(0, 40);
    expect(() => decodeGifFrames(clip, () => {})).toThrow(GifDecodeError);
  });
});

describe('dithering at small palettes', () => {
  it('brings a 32-colour gradient closer to the original once the eye blurs it', async () => {
    const { encodeGifFrame, assembleGif } = await import('../../../../core/motion/gif-encode');
    const w = 256;
    const h = 64;
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 4;
        rgba.set([x, Math.round(x * 0.6 + 40), 255 - x, 255], i);
      }
    const decode = (dither: boolean) => {
      const bytes = assembleGif([encodeGifFrame(rgba, w, h, { colors: 16, delayCs: 10, first: true, loop: true, dither })]);
      let out!: Uint8ClampedArray;
      decodeGifFrames(bytes, (f) => (out = f.slice()));
      return out;
    };
    // Error of 4x4 block averages (what a viewer's eye sees at a little distance).
    const blurredError = (img: Uint8ClampedArray) => {
      let err = 0;
      for (let by = 0; by < h; by += 4)
        for (let bx = 0; bx < w; bx += 4)
          for (let c = 0; c < 3; c++) {
            let a = 0;
            let b = 0;
            for (let y = by; y < by + 4; y++)
              for (let x = bx; x < bx + 4; x++) {
                a += img[(y * w + x) * 4 + c]!;
                b += rgba[(y * w + x) * 4 + c]!;
              }
            err += Math.abs(a - b) / 16;
          }
      return err;
    };
    expect(blurredError(decode(true))).toBeLessThan(blurredError(decode(false)) * 0.8);
  });
});

describe('GIF through the export job', () => {
  it('makes one GIF per size and language, each with its own words, alt text beside it', async () => {
    const { runExportJob } = await import('../../../../core/export/job');
    const base = captionedClip();
    const design = {
      ...base,
      altText: { en: 'A square crosses a blue field.', es: 'Un cuadrado cruza un campo azul.' },
      elements: base.elements.map((e) => (e.type === 'text' ? { ...e, text: 'NOBODY:', variants: { es: 'NADIE:' } } : e)),
    };
    const files: { name: string; bytes: Uint8Array; alt: string | null }[] = [];
    const summary = await runExportJob(
      { design, presets: [squarePreset(), getPreset('x-post')!], languages: ['en', 'es'], format: 'gif', quality: 0.92, scale: 0.5, pattern: '{preset}', fps: 10 },
      { encoder, signal: { aborted: false }, sink: { write: async (f) => (files.push({ name: f.fileName, bytes: f.result.bytes, alt: f.altText?.text ?? null }), { status: 'written' }) } },
    );
    expect(summary.failed).toEqual([]);
    expect(files.map((f) => f.name).sort()).toEqual(['custom-square-en.gif', 'custom-square-es.gif', 'x-post-en.gif', 'x-post-es.gif']);
    expect(files.find((f) => f.name === 'x-post-es.gif')!.alt?.trim()).toBe('Un cuadrado cruza un campo azul.');
    for (const f of files) expect(new GifReader(f.bytes).numFrames()).toBe(10);
    // The Spanish caption is drawn in the Spanish file: the two first frames differ in the caption band only.
    const first = (name: string) => framesOf(files.find((f) => f.name === name)!.bytes).frames[0]!;
    const en = first('custom-square-en.gif');
    const es = first('custom-square-es.gif');
    let captionDiff = 0;
    let elsewhere = 0;
    for (let i = 0; i < en.length; i += 4) {
      const y = Math.floor(i / 4 / 200);
      const d = Math.abs(en[i]! - es[i]!);
      if (y < 50) captionDiff += d;
      else elsewhere += d;
    }
    expect(captionDiff).toBeGreaterThan(1000);
    expect(elsewhere).toBe(0);
  });
});
