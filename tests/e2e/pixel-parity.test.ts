// What you see is what you export: a built-in template drawn by the editor canvas at 100% and the
// PNG exported from it (the one export path, at the design's own size) agree pixel for pixel,
// within a small tolerance for anti-aliasing. The first export of the session is drawn on the page;
// later ones in an export worker (Konva on an OffscreenCanvas, with the faces and images the page
// sent it): both are checked.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { decodePng, dismissUnsaved, finishFillIn, launchApp, readPng, recordWorkerMessages, snap, workerMessages, type PlacardApp, type QueuedDialogs } from './harness';


describe('editor canvas and exported PNG', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;
  let workersStarted = false;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-parity-'));
    // Room for the whole page at 100%.
    app = await launchApp({ viewport: { width: 2600, height: 1400 }, prepare: recordWorkerMessages });
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it.each([
    // Text, brand fonts and shapes.
    { TEMPLATE: 'announce-contract-win', SIZE: { width: 1200, height: 630 } },
    // A photo under text.
    { TEMPLATE: 'event-rally-cover', SIZE: { width: 1920, height: 1005 } },
  ])('$TEMPLATE: the canvas at 100% and the exported PNG at 1x draw the same pixels', async ({ TEMPLATE, SIZE }) => {
    const { page, dialogs } = app;
    await page.getByTestId('tab-templates').click();
    await page.getByTestId(`template-card-${TEMPLATE}`).locator('.template-thumb').click();
    // The previous case's filled-in design is unsaved work: let it go.
    await dismissUnsaved(page);
    await page.getByTestId('fill-in-form').waitFor();
    await expect.poll(() => page.getByTestId('status-bar').textContent()).toContain(`${SIZE.width} × ${SIZE.height}`);
    // Export refuses a template left at its placeholders and sample alt text: finish it first.
    await finishFillIn(page, dialogs);
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+1');
    await expect.poll(() => page.getByTestId('canvas').getAttribute('data-zoom')).toBe('1.0000');
    // Fonts and the photo settle before the canvas is read.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    await snap(page, `pixel-parity-${TEMPLATE}`);

    // The first layer draws the page; the others hold overlays (safe zones, guides, handles).
    const layer = await page.evaluate(() => {
      const host = document.querySelector('[data-testid=canvas]') as HTMLElement;
      const canvas = host.querySelector('canvas') as HTMLCanvasElement;
      return { offset: host.dataset.offset!.split(',').map(Number), png: canvas.toDataURL('image/png').split(',')[1]! };
    });
    const shownPng = decodePng(Buffer.from(layer.png, 'base64'));
    const [ox, oy] = layer.offset as [number, number];

    // Exported twice: the first export of the session is drawn on the page (the export workers
    // are not running yet, and it starts them); later ones are drawn in a worker.
    for (const round of [1, 2]) {
      const target = join(scratch, `${TEMPLATE}-${round}.png`);
      await workerMessages(page, true);
      dialogs.nextSave(target);
      await app.menu('file.exportPng');
      await expect.poll(() => existsSync(target), { timeout: 30_000 }).toBe(true);
      await expect.poll(() => page.getByTestId('status-message').textContent(), { timeout: 30_000 }).toContain(target);
      const png = readPng(target);
      expect([png.width, png.height]).toEqual([SIZE.width, SIZE.height]);
      const told = await workerMessages(page);
      if (!workersStarted) {
        // Drawn on the page and encoded in a worker; the workers were sent the faces.
        expect(told).toContain('placard-encode:face');
        expect(told).toContain('placard-encode:encode');
        expect(told).not.toContain('placard-encode:draw');
        workersStarted = true;
      } else {
        // Drawn and encoded by a worker, in one request (its 'draw' carries the encoding), never
        // drawn on the page and encoded from there.
        expect(told).toContain('placard-encode:draw');
        expect(told).not.toContain('placard-encode:encode');
      }

      let total = 0;
      let off = 0;
      for (let y = 0; y < SIZE.height; y++) {
        for (let x = 0; x < SIZE.width; x++) {
          const p = png.pixel(x, y);
          const q = shownPng.pixel(ox + x, oy + y);
          const d = Math.max(Math.abs(p.r - q.r), Math.abs(p.g - q.g), Math.abs(p.b - q.b));
          total += d;
          if (d > 24) off++;
        }
      }
      const pixels = SIZE.width * SIZE.height;
      console.log(`pixel parity (export ${round}): mean ${(total / pixels).toFixed(3)}, visibly different ${((off / pixels) * 100).toFixed(3)}%`);
      // Anti-aliased edges may differ by a few levels; what is drawn where must not.
      expect(total / pixels, 'mean difference per pixel').toBeLessThan(1.5);
      expect(off / pixels, 'share of pixels that differ visibly').toBeLessThan(0.005);
    }
  });
});
