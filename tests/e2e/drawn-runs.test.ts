// Runs of plain shapes (core/scene/drawn-runs.ts) in Chromium, where exports draw: the scene of
// tests/fixtures/drawn-runs-scene.ts, drawn with the drawn-once nodes and with Konva's own, comes
// out byte for byte the same on the page and in a worker (OffscreenCanvas), at 1x and 2x, with a
// save per run instead of one per shape and line.
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForPage, CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT } from './harness';
import type { RunsResult } from './fixtures/drawn-runs-page';

const font = (path: string) => `data:font/woff2;base64,${readFileSync(new URL(path, `file://${REPO_ROOT}/`)).toString('base64')}`;

let browser: Browser;
let result: { page: RunsResult[]; worker: RunsResult[] };
const errors: string[] = [];

beforeAll(async () => {
  const script = await bundleForPage('./fixtures/drawn-runs-page.ts', import.meta.url);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: script });
  const fonts = { inter: font('node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2'), anton: font('node_modules/@fontsource/anton/files/anton-latin-400-normal.woff2') };
  result = await page.evaluate(([f, w]) => (globalThis as unknown as { __drawRuns(f: unknown, w: string): Promise<typeof result> }).__drawRuns(f, w), [fonts, script] as const);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('runs of plain shapes in Chromium', () => {
  it.each(['page', 'worker'] as const)('on the %s, every byte is the same as Konva drawing each shape in a save of its own', (where) => {
    expect(errors).toEqual([]);
    const results = result[where];
    expect(results.map((r) => r.pixelRatio)).toEqual([1, 2]);
    for (const r of results) {
      expect(r.bytes).toBe(480 * 360 * 4 * r.pixelRatio * r.pixelRatio);
      // Something was drawn: the scene has many colours.
      expect(r.distinct, `${where} @${r.pixelRatio}x`).toBeGreaterThan(100);
      expect(r.differing, `${where} @${r.pixelRatio}x`).toBe(0);
      expect(r.saves.plain).toBeGreaterThan(70);
      expect(r.saves.ours).toBeLessThan(15);
    }
  });
});
