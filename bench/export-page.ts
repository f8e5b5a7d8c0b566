// The in-page half of bench/export.bench.ts, bundled with esbuild and run in Chromium: exports
// one realistic design to 10 presets with the app's browser encoder (core/export pipeline,
// core/scene drawing, canvas.toBlob), and measures the floor: encoding blank canvases of the
// same pixel sizes with canvas.toBlob in the same page.
import { exportDesign } from '../core/export/pipeline';
import { BENCH_PRESETS, QUALITY, benchDesign } from './export-design';
import { getPreset, type Preset } from '../core/presets';
import { literalColors } from '../core/scene';
import { createBrowserEncoder, browserTextRefit } from '../renderer/export/browser-encoder';

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
  const d = benchDesign();
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
