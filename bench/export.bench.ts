// Benchmark (issue 6): one realistic design (photo, band, outlined headline, subline, logo)
// exported to 10 presets in Chromium the way the app exports (core/export exportBatch drawing
// one size ahead, the browser encoder with its encode workers), against the floor of
// encoding blank canvases of the same pixel sizes with canvas.toBlob in the same page.
// Prints one line on stdout:
//   BENCH export <total ms> ms ratio=<total/floor> vs=<floor ms>
// Totals and floors are medians of 9 runs after a warm-up; the ratio is the median of the
// per-run ratios (each export run is paired with the floor measured right after it, so a busy
// machine slows both). Per-run numbers go to stderr.
// The Node variant (Konva on @napi-rs/canvas) is bench/export.ts: `npx tsx bench/export.ts`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/harness/app';

const RUNS = 9;
const root = fileURLToPath(new URL('../', import.meta.url));

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    define: { 'import.meta.env.VITE_PLACARD_VERSION': '"bench"' },
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

function dataUrl(file: string, mime: string): string {
  return `data:${mime};base64,${readFileSync(new URL(file, `file://${root}`)).toString('base64')}`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const script = await bundle('./export-page.ts');
  // The app's encode worker, bundled on its own as Vite does; the page starts it from a blob URL.
  const worker = await bundle('../renderer/export/encode-worker.ts');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: script });
    const photo = dataUrl('assets/samples/sample-rally.png', 'image/png');
    const logo = dataUrl('assets/stickers/fist.svg', 'image/svg+xml');
    const result = await page.evaluate(
      ([p, l, w, runs]) => (globalThis as unknown as { __exportBench(p: string, l: string, w: string, r: number): Promise<{ totals: number[]; floors: number[]; bytes: number[]; workerEncodes: number; pageEncodes: number }> }).__exportBench(p, l, w, runs),
      [photo, logo, worker, RUNS] as const,
    );
    const total = median(result.totals);
    const floor = median(result.floors);
    const ratio = median(result.totals.map((t, i) => t / result.floors[i]!));
    console.error(`export runs (ms): ${result.totals.map((n) => n.toFixed(0)).join(', ')}; floor runs (ms): ${result.floors.map((n) => n.toFixed(0)).join(', ')}`);
    console.error(`bytes per preset: ${result.bytes.join(', ')}`);
    console.error(`encoded in workers: ${result.workerEncodes}, on the page: ${result.pageEncodes}`);
    if (result.pageEncodes > 0) throw new Error('the encode worker did not run: the benchmark would not measure the app');
    console.log(`BENCH export ${total.toFixed(1)} ms ratio=${ratio.toFixed(2)} vs=${floor.toFixed(1)}`);
  } finally {
    await browser.close();
  }
}

await main();
