// Benchmark (issue 17): exporting a captioned meme GIF, 1080x1080, 3 s at 15 fps (45 frames), the
// photo itself an animated GIF, through the app's export path in Node (core/motion exportMotion:
// each frame drawn by the scene builder, then quantised and written by gifenc), against the floor:
// the same 45 photo frames, already decoded and without captions, written by the same encoder
// with the same settings. Prints one line on stdout:
//   BENCH gif <export ms> ms ratio=<export / floor> vs=<floor ms>
// Target: ratio at most 1.3. Each side runs 3 times, alternating; the medians are compared.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeEncoder, decodeAnimations, decodeImages } from '../cli/export-node';
import { registerBundledFonts } from '../cli/fonts-node';
import { createDesign, createTextElement, designSchema, type Design } from '../core/model';
import { exportMotion } from '../core/motion/export';
import { frameIndexAt, frameTimes } from '../core/motion/timeline';
import { gifenc, gifWriter } from '../core/motion/gif-encode';

const { GIFEncoder, applyPalette, quantize } = gifenc;
import type { Preset } from '../core/presets';

const SIDE = 1080;
const FPS = 15;
const SECONDS = 3;
const RUNS = 3;
const root = fileURLToPath(new URL('../', import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A 1080 px animated GIF made from the sample rally photo, panning slowly: 30 frames of 100 ms. */
async function photoGif(): Promise<Uint8Array> {
  const photo = await loadImage(path.join(root, 'assets', 'samples', 'sample-rally.png'));
  const canvas = createCanvas(SIDE, SIDE);
  const ctx = canvas.getContext('2d');
  const gif = GIFEncoder();
  for (let i = 0; i < 30; i++) {
    const zoom = 1.1 + i * 0.004;
    const w = SIDE * zoom;
    ctx.drawImage(photo, -(w - SIDE) / 2 - i * 2, -(w - SIDE) / 2, w, w);
    const rgba = ctx.getImageData(0, 0, SIDE, SIDE).data;
    const palette = quantize(rgba, 256);
    gif.writeFrame(applyPalette(rgba, palette), SIDE, SIDE, { palette, delay: 100, ...(i === 0 ? { repeat: 0 } : {}) });
  }
  gif.finish();
  return gif.bytes();
}

function memeDesign(): Design {
  const base = createDesign({ width: SIDE, height: SIDE });
  const caption = (text: string, y: number) =>
    createTextElement({ x: 40, y, width: SIDE - 80, height: 180, text, fontFamily: 'Anton', fontSize: 110, fill: '#ffffff', stroke: '#111418', strokeWidth: 9, align: 'center', verticalAlign: y < SIDE / 2 ? 'top' : 'bottom', uppercase: true, fit: 'shrink' });
  return designSchema.parse({
    ...base,
    elements: [
      { id: 'photo', type: 'image', x: 0, y: 0, width: SIDE, height: SIDE, assetId: 'clip', fit: 'cover', locks: { move: false, resize: false, delete: false, content: false, style: false } },
      caption('When the boss says the budget is tight', 30),
      caption('Also the boss: new corner office', SIDE - 210),
    ],
    assets: { clip: { mime: 'image/gif', name: 'clip.gif', width: SIDE, height: SIDE } },
    motion: { duration: SECONDS, end: 'loop' },
  });
}

const preset: Preset = {
  id: 'custom-bench', platform: 'custom', labelKey: 'presets.custom', name: 'Bench', width: SIDE, height: SIDE, minWidth: 100, minHeight: 100, byteLimit: 500_000_000,
  formats: ['gif'], safeZone: { area: { x: 0, y: 0, width: SIDE, height: SIDE }, covered: [] }, altText: { max: null, warnAbove: null }, source: 'user',
};

async function main(): Promise<void> {
  registerBundledFonts();
  const clip = await photoGif();
  const animations = await decodeAnimations({ clip });
  const encoder = createNodeEncoder({ images: await decodeImages({ clip }), animations });
  const design = memeDesign();
  // The floor's input: the photo frames each export frame shows, decoded once, outside the timing.
  const frames = animations.get('clip')!;
  const floorFrames = frameTimes(SECONDS, FPS).map((t) => {
    const c = frames.frames[frameIndexAt(frames, t)]!;
    return c.getContext('2d').getImageData(0, 0, SIDE, SIDE).data;
  });

  const exportTimes: number[] = [];
  const floorTimes: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const result = await exportMotion(design, preset, { format: 'gif', fps: FPS }, encoder);
    exportTimes.push(performance.now() - t0);
    bytes = result.bytes.length;
    if (result.motion?.frames !== SECONDS * FPS) throw new Error(`exported ${result.motion?.frames} frames, expected ${SECONDS * FPS}`);

    const f0 = performance.now();
    const writer = gifWriter(SIDE, SIDE, { fps: FPS, colors: 256, loop: true });
    for (const [i, rgba] of floorFrames.entries()) await writer.add(rgba, i);
    const floorBytes = await writer.finish();
    floorTimes.push(performance.now() - f0);
    if (floorBytes.length < 1000) throw new Error('the floor wrote no GIF');
  }
  const value = median(exportTimes);
  const floor = median(floorTimes);
  console.error(`gif: export ${exportTimes.map((t) => t.toFixed(0)).join(', ')} ms; floor ${floorTimes.map((t) => t.toFixed(0)).join(', ')} ms; ${Math.round(bytes / 1024)} KB`);
  console.log(`BENCH gif ${value.toFixed(0)} ms ratio=${(value / floor).toFixed(2)} vs=${floor.toFixed(0)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
