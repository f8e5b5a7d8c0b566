// The first screen shows the canvas first (issue 19): main.tsx renders it at once, and the panels
// around it follow in a transition. Their places are kept at their final sizes meanwhile, so the
// stage is created once, at its real size, and never resized as the panels arrive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchApp, type PlacardApp, type QueuedDialogs } from './harness';

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
  let app: PlacardApp<QueuedDialogs>;

  beforeAll(async () => {
    app = await launchApp({ prepare: watchFirstScreen });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the canvas before the panels, at its final size: the panels arrive beside it without resizing the stage', async () => {
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
