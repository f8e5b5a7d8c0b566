// The export encode pool in Chromium: images encoded in the worker are the same files the page's
// canvas.toBlob writes (PNG pixel for pixel, JPEG and WebP byte for byte), answers reach the
// right caller, idle workers end, and when workers cannot run (script missing or blocked, a
// worker that crashes, Worker refused) every image is still encoded, on the page.
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness/app';
import { bundleForPage } from './harness/bundle';

type Kind = 'good' | 'missing' | 'dies' | 'throws';
interface Both {
  viaPool: number[];
  onPage: number[];
  counts: { worker: number; page: number };
  warnings: string[];
}

const bundle = (entry: string) => bundleForPage(entry, import.meta.url);

let browser: Browser;
let page: Page;
let workerSource: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  const [script, worker] = await Promise.all([bundle('./fixtures/encode-pool-page.ts'), bundle('../../renderer/export/encode-worker.ts')]);
  workerSource = worker;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // A real origin, so a worker script that is not there fails the way it would in the app (404).
  await page.route('http://encode.test/**', (route) =>
    new URL(route.request().url()).pathname === '/'
      ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>' })
      : route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.goto('http://encode.test/');
  await page.addScriptTag({ content: script });
});

afterAll(async () => {
  await browser?.close();
});

const both = (kind: Kind, mime: string, quality: number) =>
  page.evaluate(([k, w, m, q]) => (globalThis as unknown as { __encodeBoth(k: string, w: string, m: string, q: number): Promise<Both> }).__encodeBoth(k, w, m, q), [kind, workerSource, mime, quality] as const);

function pixels(bytes: number[]): { width: number; height: number; data: Buffer } {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: png.data };
}

describe('encode pool', () => {
  it('PNG from the worker has exactly the pixels of canvas.toBlob, alpha included', async () => {
    const r = await both('good', 'image/png', 1);
    expect(r.counts).toEqual({ worker: 1, page: 0 });
    const a = pixels(r.viaPool);
    const b = pixels(r.onPage);
    expect([a.width, a.height]).toEqual([320, 200]);
    expect(a.data.equals(b.data)).toBe(true);
    // The half-transparent corner kept its alpha.
    expect(a.data[3]).toBeGreaterThan(100);
    expect(a.data[3]).toBeLessThan(160);
  });

  it.each([
    ['image/jpeg', 0.85, [0xff, 0xd8]],
    ['image/webp', 0.8, [0x52, 0x49, 0x46, 0x46]],
  ])('%s from the worker is the same file the page writes', async (mime, quality, magic) => {
    const r = await both('good', mime, quality);
    expect(r.counts).toEqual({ worker: 1, page: 0 });
    expect(r.viaPool.slice(0, magic.length)).toEqual(magic);
    expect(r.viaPool).toEqual(r.onPage);
  });

  it('answers several images at once, each to its own caller', async () => {
    const r = await page.evaluate((w) => (globalThis as unknown as { __encodeMany(w: string, n: number): Promise<{ sizes: { width: number; height: number }[]; pngs: number[][]; spawned: number }> }).__encodeMany(w, 6), workerSource);
    // Never more than two workers, however many images wait.
    expect(r.spawned).toBe(2);
    expect(r.pngs.map((b) => [pixels(b).width, pixels(b).height])).toEqual(r.sizes.map((s) => [s.width, s.height]));
  });

  it('ends idle workers and starts a new one for the next image', async () => {
    const r = await page.evaluate((w) => (globalThis as unknown as { __idleCycle(w: string): Promise<{ counts: { worker: number; page: number }; beforeIdle: number; afterIdle: number }> }).__idleCycle(w), workerSource);
    expect(r.counts).toEqual({ worker: 3, page: 0 });
    // One worker served both images in a row; after the idle time it was ended and a new one started.
    expect(r.beforeIdle).toBe(1);
    expect(r.afterIdle).toBe(2);
  });

  it.each<[Kind, RegExp]>([
    ['missing', /the encode worker failed/],
    ['dies', /worker crashed/],
    ['throws', /workers are not allowed here/],
  ])('when the worker is %s, the image is encoded on the page and the reason is told once', async (kind, reason) => {
    const first = await both(kind, 'image/png', 1);
    expect(first.counts).toEqual({ worker: 0, page: 1 });
    expect(pixels(first.viaPool).data.equals(pixels(first.onPage).data)).toBe(true);
    const second = await both(kind, 'image/jpeg', 0.9);
    expect(second.counts).toEqual({ worker: 0, page: 1 });
    expect(second.viaPool).toEqual(second.onPage);
    const told = second.warnings.filter((w) => reason.test(w));
    expect(told).toHaveLength(1);
  });

  it('a worker whose encode fails after drawing answers with the reason and keeps no drawing', async () => {
    const r = await page.evaluate((w) => (globalThis as unknown as { __failedEncodeKeepsNothing(w: string): Promise<{ failed: string | null; afterFailure: string | null; goodBytes: number; keptPixels: number }> }).__failedEncodeKeepsNothing(w), workerSource);
    expect(r.failed).toMatch(/instead of image\/x-no-such-type/);
    expect(r.afterFailure).toBe('drawing 1 is not in this worker');
    // A drawing encoded fine is kept for another encode: its RGBA pixels, 40 x 30 x 4 bytes.
    expect(r.goodBytes).toBeGreaterThan(0);
    expect(r.keptPixels).toBe(40 * 30 * 4);
  });

  it('left no uncaught error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
