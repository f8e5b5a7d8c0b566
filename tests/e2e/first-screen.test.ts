// The first screen shows the canvas first (issue 19): main.tsx renders it at once, and the panels
// around it follow in stages, each laid out in a frame of its own. Their places are kept at their
// final sizes meanwhile, so the stage is created once, at its real size, and never resized as the
// panels arrive.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchApp, RENDERER_DIST, sharedApp } from './harness';

type FirstScreen = {
  /** Whether the toolbar and the inspector were in the page when the stage's first canvas arrived. */
  panelsAtCanvas: { toolbar: boolean; inspector: boolean } | null;
  /** Every size the stage's first canvas had, in order (its width and height attributes). */
  sizes: string[];
  /** How many Intl.Segmenter objects the page had made when the stage's first canvas arrived. */
  segmentersAtCanvas: number | null;
  /** The animation frame (counted from the first canvas) in which each part first was in the page. */
  frames: Record<string, number>;
  /** When each part first was in the page (performance.now()). */
  times: Record<string, number>;
  /** The Inter faces (weight and status) when the toolbar first was in the page, before its first layout. */
  interAtToolbar: string[] | null;
};

// In the page before any script: watches for the stage's first canvas, and every size it takes.
async function watchFirstScreen(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `(() => {
      const seen = (window.__firstScreen = { panelsAtCanvas: null, sizes: [], segmentersAtCanvas: null, frames: {}, times: {}, interAtToolbar: null });
      let frame = 0;
      const count = () => { frame++; requestAnimationFrame(count); };
      const parts = { toolbar: '[data-testid="toolbar"]', left: '[data-testid="left-panel"]', inspector: '[data-testid="right-panel"]', overlay: '[data-testid="canvas"] .konvajs-content canvas:nth-of-type(2)' };
      new MutationObserver(() => {
        for (const [name, selector] of Object.entries(parts)) if (seen.frames[name] === undefined && document.querySelector(selector)) { seen.frames[name] = frame; seen.times[name] = performance.now(); }
        if (seen.interAtToolbar === null && document.querySelector(parts.toolbar)) seen.interAtToolbar = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Inter').map((f) => f.weight + ' ' + f.status).sort();
      }).observe(document, { childList: true, subtree: true });
      let segmenters = 0;
      Intl.Segmenter = new Proxy(Intl.Segmenter, { construct(target, args, newTarget) { segmenters++; return Reflect.construct(target, args, newTarget); } });
      let canvas = null;
      const sizeOf = (c) => c.width + 'x' + c.height;
      new MutationObserver(() => {
        if (canvas) return;
        canvas = document.querySelector('[data-testid="canvas"] .konvajs-content canvas');
        if (!canvas) return;
        seen.panelsAtCanvas = { toolbar: !!document.querySelector('[data-testid="toolbar"]'), inspector: !!document.querySelector('[data-testid="right-panel"]') };
        seen.sizes.push(sizeOf(canvas));
        seen.segmentersAtCanvas = segmenters;
        requestAnimationFrame(count);
        new MutationObserver(() => { if (seen.sizes.at(-1) !== sizeOf(canvas)) seen.sizes.push(sizeOf(canvas)); }).observe(canvas, { attributes: true, attributeFilter: ['width', 'height'] });
      }).observe(document, { childList: true, subtree: true });
    })();`,
  });
}

describe('first screen', () => {
  const getApp = sharedApp({ prepare: watchFirstScreen });

  it('shows the canvas before the panels, at its final size: the panels arrive beside it without resizing the stage', async () => {
    const app = getApp();
    const { page } = app;
    for (const id of ['toolbar', 'left-panel', 'right-panel', 'status-bar', 'size-bar']) await page.getByTestId(id).waitFor({ state: 'visible' });
    // Everything is in; a resize would have happened by now (ResizeObserver runs before the next frame).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const seen = await page.evaluate(() => (window as unknown as { __firstScreen: FirstScreen }).__firstScreen);
    expect(seen.panelsAtCanvas).toEqual({ toolbar: false, inspector: false });
    const host = await page.getByTestId('canvas').boundingBox();
    expect(seen.sizes).toEqual([`${Math.floor(host!.width)}x${Math.floor(host!.height)}`]);
    // Konva's grapheme segmenter costs the first one 5-9 ms: it is made when text first needs it, not
    // while the first screen loads (scripts/vite-konva-lazy-segmenter.ts).
    expect(seen.segmentersAtCanvas).toBe(0);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it('brings the bars, the left panel, the inspector and the canvas overlay in that order, each in a later frame', async () => {
    const { page } = getApp();
    // The overlay layer (guides, marquee, handles) is the stage's second canvas, and comes last.
    await page.waitForFunction(() => (window as unknown as { __firstScreen: FirstScreen }).__firstScreen.frames.overlay !== undefined);
    const { frames } = await page.evaluate(() => (window as unknown as { __firstScreen: FirstScreen }).__firstScreen);
    expect(frames.left).toBeGreaterThan(frames.toolbar!);
    expect(frames.inspector).toBeGreaterThan(frames.left!);
    expect(frames.overlay).toBeGreaterThan(frames.inspector!);
  });

  // While a face loads, Chromium lays text out in the system's sans-serif, matched through
  // synchronous calls to the browser process (a 40-60 ms first layout here), then lays it out again.
  it("lays the panels' words out in Inter from the first: its Latin faces have loaded when the toolbar arrives, and its other faces are not registered yet", async () => {
    const { page } = getApp();
    await page.getByTestId('toolbar').waitFor();
    const { interAtToolbar } = await page.evaluate(() => (window as unknown as { __firstScreen: FirstScreen }).__firstScreen);
    expect(interAtToolbar).toEqual(['400 loaded', '700 loaded']);
    // The toolbar is drawn in Inter, not in a system face.
    const used = await page.evaluate(() => document.fonts.check('400 13px Inter', 'Placard') && getComputedStyle(document.querySelector('[data-testid="toolbar"]')!).fontFamily);
    expect(used).toMatch(/^Inter,/);
  });

  it('fetches zod, the QR encoder and the selection handles only once the whole first screen is in', async () => {
    const { page } = getApp();
    // Each is the one chunk of the page that holds a string only it has (workers have bundles of their own).
    const assets = path.join(RENDERER_DIST, 'assets');
    const chunkWith = (text: string) => {
      const files = readdirSync(assets).filter((f) => f.endsWith('.js') && !f.includes('worker') && readFileSync(path.join(assets, f), 'utf8').includes(text));
      expect(files, text).toHaveLength(1);
      return files[0]!;
    };
    const chunks = [chunkWith('ZodError'), chunkWith('The amount of data is too big to be stored in a QR Code'), chunkWith('_createAnchor')];
    await page.waitForFunction(() => (window as unknown as { __firstScreen: FirstScreen }).__firstScreen.times.overlay !== undefined);
    const fetched = async () =>
      page.evaluate((names) => names.map((name) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(`/assets/${name}`))?.startTime ?? null), chunks);
    await expect.poll(async () => (await fetched()).every((t) => t !== null), { timeout: 15_000 }).toBe(true);
    const { times } = await page.evaluate(() => (window as unknown as { __firstScreen: FirstScreen }).__firstScreen);
    // The overlay layer is the last stage: fetched at start, their parsing took the second core
    // while the entry ran and the panels were laid out (renderer/after-paint.ts).
    for (const [i, startTime] of (await fetched()).entries()) expect(startTime, chunks[i]).toBeGreaterThan(times.overlay!);
  });
});

// The size picker's list waits for the first idle moment: its dozens of options, print sizes
// formatted for the locale, are no part of the first screen.
describe('first screen: the size list', () => {
  // Idle callbacks are held until the test lets them run, and number formats are counted.
  async function holdIdle(context: BrowserContext): Promise<void> {
    await context.addInitScript({
      content: `(() => {
        const held = (window.__heldIdle = []);
        window.requestIdleCallback = (work) => held.push(work);
        window.__runIdle = () => { for (const work of held.splice(0)) work({ timeRemaining: () => 50, didTimeout: false }); };
        window.__numberFormats = 0;
        Intl.NumberFormat = new Proxy(Intl.NumberFormat, { construct(target, args, newTarget) { window.__numberFormats++; return Reflect.construct(target, args, newTarget); } });
      })();`,
    });
  }

  const getApp = sharedApp({ prepare: holdIdle });

  it('lists only the design size until the editor is idle or the user reaches for it, then every size', async () => {
    const app = getApp();
    const { page } = app;
    const select = page.getByTestId('size-select');
    await page.getByTestId('size-bar').waitFor({ state: 'visible' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await select.getAttribute('data-listed')).toBe('false');
    expect(await select.locator('option').allTextContents()).toEqual(['Design size (1080 × 1080)']);
    expect(await page.evaluate(() => (window as unknown as { __numberFormats: number }).__numberFormats)).toBe(0);
    // Reaching for it (the keyboard's focus, or the pointer) lists every size at once.
    await select.focus();
    await expect.poll(() => select.getAttribute('data-listed')).toBe('true');
    const labels = await select.locator('option').allTextContents();
    expect(labels.length).toBeGreaterThan(30);
    expect(labels).toContain('Letter flyer (8.5 × 11 in)');
    await select.selectOption('instagram-story');
    expect(await select.inputValue()).toBe('instagram-story');
    expect(app.pageErrors).toEqual([]);
  });

  it('lists every size once the editor is idle, without being touched', async () => {
    const other = await launchApp({ prepare: holdIdle });
    try {
      const select = other.page.getByTestId('size-select');
      await other.page.getByTestId('size-bar').waitFor({ state: 'visible' });
      expect(await select.getAttribute('data-listed')).toBe('false');
      await other.page.evaluate(() => (window as unknown as { __runIdle(): void }).__runIdle());
      await expect.poll(() => select.getAttribute('data-listed')).toBe('true');
      expect((await select.locator('option').allTextContents()).length).toBeGreaterThan(30);
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

// ICU sets up its data once per process; a short-lived worker does it off the page's thread at
// start (renderer/intl-warmup.ts), so the page's first number format, sort and date are cheap.
describe('first screen: the Intl warm-up', () => {
  it('runs its worker once the canvas is up, and the worker ends', async () => {
    const started: string[] = [];
    const ended: string[] = [];
    const app = await launchApp({
      // The harness has made the page by now, and opens the app in it after this.
      prepare: async (context) => {
        context.pages()[0]!.on('worker', (worker) => {
          started.push(worker.url());
          worker.on('close', () => ended.push(worker.url()));
        });
      },
    });
    try {
      await expect.poll(() => ended.filter((url) => /\/assets\/intl-warmup-worker-[\w-]+\.js$/.test(url)).length).toBe(1);
      expect(started.filter((url) => url.includes('intl-warmup-worker'))).toHaveLength(1);
      expect(app.pageErrors).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

// Registering a face restyles the whole window (a 40-50 ms task): the faces the text fields name
// besides Inter wait until a field may show them (renderer/fonts/field-fallbacks.ts).
describe("first screen: the text fields' fallback faces", () => {
  const getApp = sharedApp();
  const families = (page: ReturnType<typeof getApp>['page']) =>
    page.evaluate(() => [...new Set([...(document.fonts as unknown as Iterable<FontFace>)].map((f) => f.family.replace(/"/g, '')))].sort());

  it('registers no Arabic, Hebrew or emoji face for a fresh window, and registers them when a text field takes the focus', async () => {
    const { page } = getApp();
    await page.getByTestId('right-panel').waitFor();
    // Longer than the idle callback's 2 s timeout that used to register them.
    await page.waitForTimeout(2500);
    expect(await families(page)).toEqual(['Inter']);
    await page.getByTestId('doc-name').focus();
    await expect.poll(() => families(page)).toEqual(['Inter', 'Noto Color Emoji', 'Noto Sans Arabic', 'Noto Sans Hebrew']);
    // Inter's other faces come with them, and its two Latin faces, loaded at start, are not added twice.
    const interRules = ['400', '700', '400-italic', '700-italic'].reduce((n, file) => n + readFileSync(path.join('node_modules/@fontsource/inter', `${file}.css`), 'utf8').split('@font-face').length - 1, 0);
    const inter = () => page.evaluate(() => [...(document.fonts as unknown as Iterable<FontFace>)].filter((f) => f.family.replace(/"/g, '') === 'Inter').map((f) => `${f.weight} ${f.style} ${f.unicodeRange}`));
    await expect.poll(async () => (await inter()).length).toBe(interRules);
    expect(new Set(await inter()).size).toBe(interRules);
    expect(getApp().pageErrors).toEqual([]);
  });
});
