// The in-page half of bench/export.bench.ts, bundled with esbuild and run in Chromium: exports
// one realistic design (at 10, 100 and 300 elements) to 10 presets as the app does (core/export
// runExportJob, core/scene drawing, the encode worker pool), and measures the floor: the design's
// photo drawn to fill a canvas of each size and encoded with canvas.toBlob, one after another, in
// the same page.
import { runExportJob } from '../core/export/job';
import { BENCH_ELEMENT_COUNTS, BENCH_PRESETS, LIGHT_PIXELS, LIGHT_PIXELS_ELEMENTS, QUALITY, benchDesign, withPixels } from './export-design';
import { getPreset, type Preset } from '../core/presets';
import { createSceneContext } from '../core/scene';
import { canvasToBytes, createBrowserEncoder } from '../renderer/export/browser-encoder';
import { textMeasurer } from '../renderer/fonts/text-measurer';
import { createEncodePool } from '../renderer/export/encode-pool';
import { addFace, urlSource } from '../renderer/fonts/face-sources';

/** An image from a data: URL, shown through a blob: URL as the app shows the images it imports. */
async function loadImage(dataUrl: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = URL.createObjectURL(await (await fetch(dataUrl)).blob());
  await img.decode();
  return img;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', QUALITY));
}

export interface CountResult {
  elements: number;
  /** The share of each preset's pixels drawn: 1, or LIGHT_PIXELS for the pass that stands in for faster pixel work. */
  pixels: number;
  totals: number[];
  floors: number[];
  bytes: number[];
  /** The warm-up export: for the first count, it starts the workers and sends them the faces and images. */
  first: number;
  /** CPU time Chromium's processes spent during each timed export and each floor, in ms (empty where it cannot be read). */
  exportCpu: number[];
  floorCpu: number[];
}

/**
 * Chromium's CPU time so far in ms, read by the bench's Node side (null where it cannot). With a
 * label, the Node side also adds each thread's time since the last read to that label's share.
 */
const cpuNow = (label?: string): Promise<number | null> => {
  const read = (globalThis as unknown as { __benchCpu?: (label?: string) => Promise<number | null> }).__benchCpu;
  return read ? read(label) : Promise.resolve(null);
};

export async function runBench(photoUrl: string, logoUrl: string, workerSource: string, runs: number, interUrl: string): Promise<{ counts: CountResult[]; workerEncodes: number; pageEncodes: number; workerDrawings: number }> {
  // The design's face, loaded as the app loads its bundled faces (from a URL); the workers are sent it.
  await addFace('Inter', urlSource(interUrl, 'woff2'), { weight: '400', style: 'normal' }).load();
  const photo = await loadImage(photoUrl);
  const images = new Map<string, HTMLImageElement>([
    ['photo', photo],
    ['logo', await loadImage(logoUrl)],
  ]);
  const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  const pool = createEncodePool({ spawn: () => new Worker(workerUrl), pageEncode: canvasToBytes });
  // Workers draw with no kit, as the page's context here (literal colors and families).
  const encoder = createBrowserEncoder({ context: (x) => createSceneContext({ language: x.language, assets: x.assets, images, measure: textMeasurer() ?? (() => 0) }), pool, kit: () => null });
  const presetsAt = (pixels: number) => BENCH_PRESETS.map((id) => withPixels(getPreset(id) as Preset, pixels));

  const exportAll = async (d: ReturnType<typeof benchDesign>, presets: Preset[]) => {
    const sizes: { width: number; height: number }[] = [];
    const bytes: number[] = [];
    const t = performance.now();
    // The files land in a sink that keeps their sizes, as the app's folder sink would write them.
    const summary = await runExportJob(
      { design: d, presets, languages: [d.language], format: 'jpeg', quality: QUALITY, scale: 1, pattern: '{name}-{preset}' },
      {
        encoder,
        signal: { aborted: false },
        sink: {
          write: async ({ result }) => {
            sizes.push({ width: result.width, height: result.height });
            bytes.push(result.bytes.length);
            return { status: 'written' };
          },
        },
      },
    );
    if (summary.failed.length > 0 || summary.files.length !== presets.length) throw new Error(`the export failed: ${JSON.stringify(summary.failed)}`);
    return { ms: performance.now() - t, sizes, bytes };
  };
  // The floor: the same photo filling each size (cover), encoded on the page, one size after another.
  const floorFor = async (sizes: { width: number; height: number }[]) => {
    const t = performance.now();
    for (const s of sizes) {
      const c = document.createElement('canvas');
      c.width = s.width;
      c.height = s.height;
      const k = Math.max(s.width / photo.naturalWidth, s.height / photo.naturalHeight);
      const w = photo.naturalWidth * k;
      const h = photo.naturalHeight * k;
      c.getContext('2d')!.drawImage(photo, (s.width - w) / 2, (s.height - h) / 2, w, h);
      await toBlob(c);
      c.width = 0;
      c.height = 0;
    }
    return performance.now() - t;
  };

  const counts: CountResult[] = [];
  const passes = [...BENCH_ELEMENT_COUNTS.map((elements) => ({ elements, pixels: 1 })), { elements: LIGHT_PIXELS_ELEMENTS, pixels: LIGHT_PIXELS }];
  for (const { elements, pixels } of passes) {
    const d = benchDesign(elements);
    const presets = presetsAt(pixels);
    const warm = await exportAll(d, presets);
    await floorFor(warm.sizes);
    const totals: number[] = [];
    const floors: number[] = [];
    const exportCpu: number[] = [];
    const floorCpu: number[] = [];
    // CPU is read outside the timed parts: before and after each, not within.
    const timed = async <T>(run: () => Promise<T>, cpu: number[], label: string): Promise<T> => {
      const before = await cpuNow();
      const result = await run();
      const after = await cpuNow(label);
      if (before !== null && after !== null) cpu.push(after - before);
      return result;
    };
    for (let i = 0; i < runs; i++) {
      totals.push((await timed(() => exportAll(d, presets), exportCpu, `export ${elements} ${pixels}`)).ms);
      floors.push(await timed(() => floorFor(warm.sizes), floorCpu, `floor ${elements} ${pixels}`));
    }
    counts.push({ elements, pixels, totals, floors, bytes: warm.bytes, first: warm.ms, exportCpu, floorCpu });
  }
  pool.dispose();
  return { counts, workerEncodes: pool.counts.worker, pageEncodes: pool.counts.page, workerDrawings: pool.drawings.made };
}

(globalThis as unknown as { __exportBench: typeof runBench }).__exportBench = runBench;
