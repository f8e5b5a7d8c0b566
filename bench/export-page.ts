// The in-page half of bench/export.bench.ts, bundled with esbuild and run in Chromium: exports
// one realistic design to 10 presets with the app's browser encoder (core/export pipeline,
// core/scene drawing, canvas.toBlob), and measures the floor: encoding blank canvases of the
// same pixel sizes with canvas.toBlob in the same page.
import { exportDesign } from '../core/export/pipeline';
import { createDesign, createImageElement, createShapeElement, createTextElement } from '../core/model/defaults';
import { getPreset, type Preset } from '../core/presets';
import { literalColors } from '../core/scene';
import { createBrowserEncoder, browserTextRefit } from '../renderer/export/browser-encoder';

export const BENCH_PRESETS = [
  'facebook-post-landscape', 'facebook-post-square', 'facebook-story', 'x-post', 'x-header',
  'instagram-portrait', 'instagram-story', 'linkedin-post', 'bluesky-post', 'youtube-thumbnail',
];
const QUALITY = 0.85;

function design() {
  const d = createDesign({ width: 1080, height: 1080, name: 'bench' });
  d.assets = {
    photo: { mime: 'image/png', name: 'rally', width: 1600, height: 1067 },
    logo: { mime: 'image/svg+xml', name: 'fist', width: 64, height: 64 },
  };
  d.elements = [
    createImageElement({ id: 'photo', x: 0, y: 0, width: 1080, height: 1080, assetId: 'photo' }),
    createShapeElement({ id: 'band', shape: 'rect', x: 0, y: 760, width: 1080, height: 180, fill: '#e63946', anchor: { horizontal: 'stretch', vertical: 'bottom' } }),
    createTextElement({ id: 'title', x: 140, y: 300, width: 800, height: 260, text: 'RENT STRIKE NOW', fontSize: 96, fill: '#ffffff', stroke: '#000000', strokeWidth: 8, align: 'center', fit: 'shrink', anchor: { horizontal: 'center', vertical: 'center' } }),
    createTextElement({ id: 'sub', x: 140, y: 790, width: 800, height: 120, text: 'Tenants United · Saturday 10am · City Hall', fontSize: 40, fill: '#ffffff', align: 'center', anchor: { horizontal: 'stretch', vertical: 'bottom' } }),
    createImageElement({ id: 'logo', x: 200, y: 200, width: 96, height: 96, assetId: 'logo', fit: 'contain', anchor: { horizontal: 'left', vertical: 'top' } }),
  ];
  return d;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  return img.decode().then(() => img);
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', QUALITY));
}

export async function runBench(photoUrl: string, logoUrl: string, runs: number): Promise<{ totals: number[]; floors: number[]; bytes: number[] }> {
  const images = new Map<string, HTMLImageElement>([
    ['photo', await loadImage(photoUrl)],
    ['logo', await loadImage(logoUrl)],
  ]);
  const d = design();
  const encoder = createBrowserEncoder({ context: (x) => ({ language: x.language, color: literalColors, images, assets: x.assets }) });
  const presets = BENCH_PRESETS.map((id) => getPreset(id) as Preset);

  const exportAll = async () => {
    const sizes: { width: number; height: number }[] = [];
    const bytes: number[] = [];
    const t = performance.now();
    for (const p of presets) {
      const r = await exportDesign(d, p, { format: 'jpeg', quality: QUALITY, adapt: { preset: p, refitText: browserTextRefit } }, encoder);
      sizes.push({ width: r.width, height: r.height });
      bytes.push(r.bytes.length);
    }
    return { ms: performance.now() - t, sizes, bytes };
  };
  const floorFor = async (sizes: { width: number; height: number }[]) => {
    const t = performance.now();
    for (const s of sizes) {
      const c = document.createElement('canvas');
      c.width = s.width;
      c.height = s.height;
      // A blank canvas still needs a context to be encoded like a drawn one.
      c.getContext('2d')!.fillStyle = '#ffffff';
      c.getContext('2d')!.fillRect(0, 0, s.width, s.height);
      await toBlob(c);
      c.width = 0;
      c.height = 0;
    }
    return performance.now() - t;
  };

  const warm = await exportAll();
  await floorFor(warm.sizes);
  const totals: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < runs; i++) {
    totals.push((await exportAll()).ms);
    floors.push(await floorFor(warm.sizes));
  }
  return { totals, floors, bytes: warm.bytes };
}

(globalThis as unknown as { __exportBench: typeof runBench }).__exportBench = runBench;
