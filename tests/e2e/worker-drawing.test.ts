// Export workers draw still designs as the page would (renderer/export/worker-scene.ts): one design
// with a bundled face, an imported font, brand tokens, a filtered photo, an SVG scaled far past its
// own size and a QR code is exported through the browser encoder drawn in a worker and drawn on
// the page, at 1x and 2x, and the two PNGs agree pixel for pixel within anti-aliasing. When the
// worker crashes, or ends after drawing and before encoding again, the page draws instead and says why once.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForPage, CHROMIUM_ARGS, CHROMIUM_PATH, decodePng, REPO_ROOT } from './harness';

interface Exported {
  png: number[];
  drawnInWorker: number;
  encodedOnPage: number;
  warnings: string[];
}

const bundle = (entry: string) => bundleForPage(entry, import.meta.url);

const file = (path: string) => readFileSync(new URL(path, `file://${REPO_ROOT}/`));
const dataUrl = (path: string, mime: string) => `data:${mime};base64,${file(path).toString('base64')}`;
const PHOTO = dataUrl('assets/samples/sample-rally.png', 'image/png');
const MEETING = dataUrl('assets/samples/sample-meeting.png', 'image/png');
const FIST = dataUrl('assets/stickers/fist.svg', 'image/svg+xml');

let browser: Browser;
let page: Page;
let workerSource: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  const [script, worker] = await Promise.all([bundle('./fixtures/worker-drawing-page.ts'), bundle('../../renderer/export/encode-worker.ts')]);
  workerSource = worker;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const fonts: Record<string, Buffer> = {
    '/fonts/anton.woff2': file('node_modules/@fontsource/anton/files/anton-latin-400-normal.woff2'),
    '/fonts/imported.woff2': file('node_modules/@fontsource/bebas-neue/files/bebas-neue-latin-400-normal.woff2'),
  };
  await page.route('http://draw.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>' });
    const font = fonts[path];
    return font ? route.fulfill({ contentType: 'font/woff2', body: font }) : route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto('http://draw.test/');
  await page.addScriptTag({ content: script });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const exportOnce = (kind: 'good' | 'dies' | 'page', scale: number) =>
  page.evaluate(([k, w, p, f, s]) => (globalThis as unknown as { __exportOnce(k: string, w: string, p: string, f: string, s: number): Promise<Exported> }).__exportOnce(k, w, p, f, s), [kind, workerSource, PHOTO, FIST, scale] as const);

/** Mean difference per channel and the share of pixels that differ visibly (over 24 levels). */
function compare(a: number[], b: number[]): { width: number; height: number; mean: number; visible: number } {
  const x = decodePng(Buffer.from(a));
  const y = decodePng(Buffer.from(b));
  expect([x.width, x.height]).toEqual([y.width, y.height]);
  let total = 0;
  let off = 0;
  for (let py = 0; py < x.height; py++) {
    for (let px = 0; px < x.width; px++) {
      const p = x.pixel(px, py);
      const q = y.pixel(px, py);
      const d = Math.max(Math.abs(p.r - q.r), Math.abs(p.g - q.g), Math.abs(p.b - q.b));
      total += d;
      if (d > 24) off++;
    }
  }
  const n = x.width * x.height;
  return { width: x.width, height: x.height, mean: total / n, visible: off / n };
}

describe('drawing in an export worker', () => {
  it.each([1, 2])('at %sx, the worker draws what the page draws: faces, imported font, tokens, filters, SVG, QR', async (scale) => {
    const worker = await exportOnce('good', scale);
    const onPage = await exportOnce('page', scale);
    expect(worker.drawnInWorker).toBe(1);
    expect(worker.encodedOnPage).toBe(0);
    expect(worker.warnings).toEqual([]);
    const c = compare(worker.png, onPage.png);
    expect([c.width, c.height]).toEqual([900 * scale, 700 * scale]);
    console.log(`worker vs page at ${scale}x: mean ${c.mean.toFixed(3)}, visibly different ${(c.visible * 100).toFixed(3)}%`);
    expect(c.mean, 'mean difference per pixel').toBeLessThan(0.5);
    expect(c.visible, 'share of pixels that differ visibly').toBeLessThan(0.002);
    // The drawing is the design, not an empty canvas: the band is the kit's primary red.
    const png = decodePng(Buffer.from(worker.png));
    const band = png.pixel(450 * scale, 510 * scale);
    expect([band.r, band.g, band.b]).toEqual([0xc8, 0x10, 0x2e]);
  });

  it('when the worker crashes, the page draws and encodes the design and says why once', async () => {
    const first = await exportOnce('dies', 1);
    const onPage = await exportOnce('page', 1);
    expect(first.drawnInWorker).toBe(0);
    expect(first.encodedOnPage).toBe(1);
    expect(compare(first.png, onPage.png).mean).toBe(0);
    const second = await exportOnce('dies', 1);
    expect(second.encodedOnPage).toBe(1);
    expect(second.warnings.filter((w) => /worker crashed/.test(w))).toHaveLength(1);
  });

  it('when the worker ends after drawing, before encoding again, the page draws it again', async () => {
    const r = await page.evaluate(([w, p, f]) => (globalThis as unknown as { __workerEndsBeforeEncoding(w: string, p: string, f: string): Promise<{ inWorker: boolean; first: number[]; png: number[]; expected: number[] }> }).__workerEndsBeforeEncoding(w, p, f), [workerSource, PHOTO, FIST] as const);
    expect(r.inWorker).toBe(true);
    expect(compare(r.first, r.expected).mean).toBeLessThan(0.5);
    expect(compare(r.png, r.expected).mean).toBe(0);
  });

  it('a worker keeps images within its budget: it forgets the photo it no longer draws and is sent it again', async () => {
    const r = await page.evaluate(
      ([w, p, o, f]) => (globalThis as unknown as { __tightBudget(w: string, p: string, o: string, f: string): Promise<{ runs: { viaWorker: number[]; onPage: number[] }[]; told: string[]; drawn: number }> }).__tightBudget(w, p, o, f),
      [workerSource, PHOTO, MEETING, FIST] as const,
    );
    expect(r.drawn).toBe(3);
    for (const run of r.runs) expect(compare(run.viaWorker, run.onPage).mean).toBeLessThan(0.5);
    // The rally photo and the SVG, then the meeting photo (the rally one forgotten), then the rally photo again.
    expect(r.told.filter((k) => k === 'image')).toHaveLength(4);
    expect(r.told.filter((k) => k === 'forget')).toHaveLength(2);
    // The photos differ, so the three drawings do too: none drew a placeholder for a forgotten image.
    expect(compare(r.runs[0]!.viaWorker, r.runs[1]!.viaWorker).mean).toBeGreaterThan(10);
    expect(compare(r.runs[0]!.viaWorker, r.runs[2]!.viaWorker).mean).toBeLessThan(0.01);
  });

  it('warming (an export dialog opening) starts both workers with the loaded faces; the export then sends none again', async () => {
    const r = await page.evaluate(
      ([w, p, f]) => (globalThis as unknown as { __warmThenExport(w: string, p: string, f: string): Promise<{ afterWarm: { spawned: number; told: string[] }; told: string[]; faces: number; viaWorker: number[]; onPage: number[] }> }).__warmThenExport(w, p, f),
      [workerSource, PHOTO, FIST] as const,
    );
    expect(r.faces).toBeGreaterThanOrEqual(2);
    expect(r.afterWarm.spawned).toBe(2);
    expect(r.afterWarm.told).toEqual(Array.from({ length: 2 * r.faces }, () => 'face'));
    expect(r.told.filter((k) => k === 'face')).toHaveLength(2 * r.faces);
    expect(r.told).toContain('draw');
    expect(compare(r.viaWorker, r.onPage).mean).toBeLessThan(0.5);
  });

  it('warm workers are kept, however long idle, until released (the dialog closes); then they end', async () => {
    const r = await page.evaluate((w) => (globalThis as unknown as { __warmHold(w: string): Promise<{ whileHeld: number; afterRelease: number }> }).__warmHold(w), workerSource);
    // Idle five times the idle time while held: the two warm workers took the image.
    expect(r.whileHeld).toBe(2);
    // Released, they ended after the idle time; the next image started a new one.
    expect(r.afterRelease).toBe(3);
  });

  it('left no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
