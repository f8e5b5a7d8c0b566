// The first screen shows the canvas first (issue 19): main.tsx renders it at once, and the panels
// around it follow in a transition. Their places are kept at their final sizes meanwhile, so the
// stage is created once, at its real size, and never resized as the panels arrive.
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchApp, sharedApp } from './harness';

type FirstScreen = {
  /** Whether the toolbar and the inspector were in the page when the stage's first canvas arrived. */
  panelsAtCanvas: { toolbar: boolean; inspector: boolean } | null;
  /** Every size the stage's first canvas had, in order (its width and height attributes). */
  sizes: string[];
  /** How many Intl.Segmenter objects the page had made when the stage's first canvas arrived. */
  segmentersAtCanvas: number | null;
};

// In the page before any script: watches for the stage's first canvas, and every size it takes.
async function watchFirstScreen(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `(() => {
      const seen = (window.__firstScreen = { panelsAtCanvas: null, sizes: [], segmentersAtCanvas: null });
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
});

// The size picker's list waits for the first idle moment: its print sizes are formatted for the
// locale, and the page's first Intl.NumberFormat costs about 10 ms of the first screen.
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
