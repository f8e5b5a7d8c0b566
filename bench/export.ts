// Benchmark: one realistic design exported to 10 presets (adapt, draw, encode, fit the limit)
// against the floor of encoding blank canvases of the same sizes, measured in the same run.
// Node variant (Konva on @napi-rs/canvas, canvas.encode as the floor); the browser
// variant (canvas.toBlob in the renderer page) needs the renderer build.
// Run: npx tsx bench/export.ts
import { readFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { createNodeEncoder, decodeImages } from '../cli/export-node';
import { exportDesign } from '../core/export/pipeline';
import { BENCH_PRESETS, QUALITY, benchDesign } from './export-design';
import { getPreset, type Preset } from '../core/presets';

const RUNS = 3;

async function main(): Promise<void> {
  const root = new URL('../', import.meta.url);
  const images = await decodeImages({
    photo: readFileSync(new URL('assets/samples/sample-rally.png', root)),
    logo: readFileSync(new URL('assets/stickers/fist.svg', root)),
  });
  const encoder = createNodeEncoder({ images });
  const presets = BENCH_PRESETS.map((id) => getPreset(id) as Preset);
  const d = benchDesign();

  const exportAll = async () => {
    const sizes: Array<{ width: number; height: number }> = [];
    const t = performance.now();
    for (const p of presets) {
      const r = await exportDesign(d, p, { format: 'jpeg', quality: QUALITY }, encoder);
      sizes.push({ width: r.width, height: r.height });
    }
    return { ms: performance.now() - t, sizes };
  };
  const floorFor = async (sizes: Array<{ width: number; height: number }>) => {
    const t = performance.now();
    for (const s of sizes) await createCanvas(s.width, s.height).encode('jpeg', Math.round(QUALITY * 100));
    return performance.now() - t;
  };

  const warm = await exportAll();
  await floorFor(warm.sizes);
  const totals: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    totals.push((await exportAll()).ms);
    floors.push(await floorFor(warm.sizes));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const total = median(totals);
  const floor = median(floors);
  console.log(`BENCH export ${total.toFixed(1)} ms ratio=${(total / floor).toFixed(2)} vs=${floor.toFixed(1)}`);
}

await main();
