// Benchmark: one realistic design exported to 10 presets (adapt, draw, encode, fit the limit)
// against the floor of encoding blank canvases of the same sizes, measured in the same run.
// Node variant (Konva on @napi-rs/canvas, canvas.encode as the floor); the browser
// variant (canvas.toBlob in the renderer page) needs the renderer build.
// Run: npx tsx bench/export.ts
import { readFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { createNodeEncoder, decodeImages } from '../cli/export-node';
import { exportDesign } from '../core/export/pipeline';
import { createDesign, createImageElement, createShapeElement, createTextElement } from '../core/model/defaults';
import { getPreset, type Preset } from '../core/presets';

const PRESET_IDS = [
  'facebook-post-landscape', 'facebook-post-square', 'facebook-story', 'x-post', 'x-header',
  'instagram-portrait', 'instagram-story', 'linkedin-post', 'bluesky-post', 'youtube-thumbnail',
];
const QUALITY = 0.85;
const RUNS = 3;

function design() {
  const d = createDesign({ width: 1080, height: 1080, name: 'bench' });
  d.assets = {
    photo: { mime: 'image/png', name: 'rally', width: 1600, height: 1067 },
    logo: { mime: 'image/svg+xml', name: 'fist', width: 64, height: 64 },
  };
  d.elements = [
    createImageElement({ id: 'photo', x: 0, y: 0, width: 1080, height: 1080, assetId: 'photo' }),
    createShapeElement({ id: 'band', shape: 'rect', x: 0, y: 760, width: 1080, height: 180, fill: '#e63946', anchor: { horizontal: 'stretch', vertical: 'bottom' } }),
    createTextElement({ id: 'title', x: 140, y: 300, width: 800, height: 260, text: 'RENT STRIKE NOW', fontSize: 96, fill: '#ffffff', stroke: '#000000', strokeWidth: 8, align: 'center', anchor: { horizontal: 'center', vertical: 'center' } }),
    createTextElement({ id: 'sub', x: 140, y: 790, width: 800, height: 120, text: 'Tenants United · Saturday 10am · City Hall', fontSize: 40, fill: '#ffffff', align: 'center', anchor: { horizontal: 'stretch', vertical: 'bottom' } }),
    createImageElement({ id: 'logo', x: 200, y: 200, width: 96, height: 96, assetId: 'logo', fit: 'contain', anchor: { horizontal: 'left', vertical: 'top' } }),
  ];
  return d;
}

async function main(): Promise<void> {
  const root = new URL('../', import.meta.url);
  const images = await decodeImages({
    photo: readFileSync(new URL('assets/samples/sample-rally.png', root)),
    logo: readFileSync(new URL('assets/stickers/fist.svg', root)),
  });
  const encoder = createNodeEncoder({ images });
  const presets = PRESET_IDS.map((id) => getPreset(id) as Preset);
  const d = design();

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
