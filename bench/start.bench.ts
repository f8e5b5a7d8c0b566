// Benchmark (issue 19): the production renderer from navigation to an editable canvas and to idle,
// against a minimal Vite + React + Konva page that shows one stage, both built by Vite and served
// the same way (the app:// handler over HTTP, no cache), in the same Chromium, run after run.
// Chromium is driven over the DevTools pipe with no domain enabled that slows the page
// (bench/cdp-pipe.ts): under Playwright every page pays for its Network instrumentation.
// "Editable": the editor's stage canvas is in the page. "Idle": the last long task (over 50 ms)
// has ended and none followed for a second. Prints one line on stdout:
//   BENCH start <app ms to idle> ms ratio=<app / baseline, to idle> vs=<baseline ms to idle>
// Medians of 7 runs each (the ratio is the median of per-run ratios). Stderr adds the times to an
// editable canvas and the main bundle's size (gzip). Target: ratio at most 1.5 to idle.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { startRendererServer } from '../tests/e2e/harness/server';
import { eagerChunks } from '../tests/helpers/build-output';
import { PipeBrowser } from './cdp-pipe';

const RUNS = 7;
const QUIET_MS = 1000;
const root = fileURLToPath(new URL('../', import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The baseline page, built by Vite into its own folder. */
async function buildBaseline(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'placard-bench-start-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;height:100%}</style></head><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>');
  writeFileSync(path.join(dir, 'main.tsx'), `import '${path.join(root, 'bench', 'start-page.tsx')}';`);
  await build({ root: dir, base: '/', logLevel: 'warn', plugins: [react()], build: { outDir: path.join(dir, 'dist'), target: 'chrome120' }, resolve: { dedupe: ['react', 'react-dom', 'konva'] } });
  return dir;
}

// In the page before any script: when the stage canvas appears, and when long tasks end.
const OBSERVE = `(() => {
  const w = window;
  w.__longTaskEnd = 0;
  try { new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTaskEnd = Math.max(w.__longTaskEnd, e.startTime + e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
  new MutationObserver(() => {
    if (w.__canvasAt === undefined && document.querySelector('[data-testid="canvas"] canvas, .konvajs-content canvas')) w.__canvasAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();`;

async function measure(browser: PipeBrowser, url: string): Promise<{ editable: number; idle: number }> {
  const page = await browser.newPage(1440, 900);
  try {
    await page.addInitScript(OBSERVE);
    await page.goto(url);
    await page.waitFor('window.__canvasAt !== undefined', 60_000);
    // Idle: no long task has ended in the last second (checked on the page's own clock).
    for (;;) {
      const { now, end } = await page.evaluate<{ now: number; end: number }>('({ now: performance.now(), end: window.__longTaskEnd })');
      if (now - end >= QUIET_MS) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return await page.evaluate<{ editable: number; idle: number }>('({ editable: window.__canvasAt, idle: Math.max(window.__canvasAt, window.__longTaskEnd) })');
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const dist = path.join(root, 'dist', 'renderer');
  if (!existsSync(path.join(dist, 'index.html'))) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const baselineDir = await buildBaseline();
  const app = await startRendererServer(dist);
  const baseline = await startRendererServer(path.join(baselineDir, 'dist'));
  const browser = PipeBrowser.launch();
  try {
    // One of each first: Chromium's own start-up is not the app's.
    await measure(browser, app.url);
    await measure(browser, baseline.url);
    const apps: { editable: number; idle: number }[] = [];
    const bases: { editable: number; idle: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      apps.push(await measure(browser, app.url));
      bases.push(await measure(browser, baseline.url));
      console.error(`run ${i + 1}: app editable ${apps.at(-1)!.editable.toFixed(0)} ms, idle ${apps.at(-1)!.idle.toFixed(0)} ms; baseline editable ${bases.at(-1)!.editable.toFixed(0)} ms, idle ${bases.at(-1)!.idle.toFixed(0)} ms`);
    }
    const appIdle = median(apps.map((a) => a.idle));
    const baseIdle = median(bases.map((b) => b.idle));
    const ratio = median(apps.map((a, i) => a.idle / bases[i]!.idle));
    const editableRatio = median(apps.map((a, i) => a.editable / bases[i]!.editable));
    console.error(`to an editable canvas: app ${median(apps.map((a) => a.editable)).toFixed(0)} ms, baseline ${median(bases.map((b) => b.editable)).toFixed(0)} ms, ratio ${editableRatio.toFixed(2)}`);
    const eager = eagerChunks(dist);
    const gz = eager.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dist, 'assets', f))).length, 0);
    console.error(`main bundle (the entry and the ${eager.length - 1} chunks it imports at start): ${(gz / 1024).toFixed(1)} kB gzip`);
    console.log(`BENCH start ${appIdle.toFixed(0)} ms ratio=${ratio.toFixed(2)} vs=${baseIdle.toFixed(0)}`);
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

await main();
