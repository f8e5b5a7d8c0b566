// A design with a transparent background shows a checkerboard where the page is see-through, as
// design tools do, and the canvas itself paints nothing there (what shows is the browser's box
// under the stage); the inspector says "Transparent" rather than a colour it is not; once the
// background has a color, the page is that color.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng, launchApp } from './harness';
import { createDesign, createShapeElement } from '../../core/model';

describe('a transparent page', () => {
  it('shows a checkerboard through a transparent background, and the color once it has one', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'placard-transparent-e2e-'));
    const { saveDocument } = await import('../../electron/services/documents');
    const design = { ...createDesign({ name: 'Sticker', width: 800, height: 800 }), background: { color: 'transparent' } };
    design.elements.push(createShapeElement({ id: 'dot', shape: 'ellipse', x: 300, y: 300, width: 200, height: 200, fill: '#e63946' }));
    const doc = join(scratch, 'sticker.placard');
    await saveDocument(doc, design, new Map());
    const app = await launchApp({ openFiles: [doc], viewport: { width: 1280, height: 800 } });
    try {
      const { page } = app;
      await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('sticker.placard');
      // The page's box on screen, and the canvas's own pixels at its top-left corner.
      const probe = () =>
        page.evaluate(() => {
          const stage = (window as unknown as { Konva: { stages: { findOne(s: string): { getClientRect(): { x: number; y: number; width: number; height: number } }; container(): HTMLElement; toCanvas(): HTMLCanvasElement }[] } }).Konva.stages[0]!;
          const origin = stage.container().getBoundingClientRect();
          const r = stage.findOne('.page').getClientRect();
          const alpha = stage.toCanvas().getContext('2d')!.getImageData(Math.round(r.x) + 4, Math.round(r.y) + 4, 1, 1).data[3];
          return { x: Math.round(origin.x + r.x), y: Math.round(origin.y + r.y), alpha };
        });
      const at = await probe();
      expect(at.alpha).toBe(0);
      // Two neighbouring squares of the checkerboard (16 px tiles of 8 px squares) differ; the same square does not.
      const shot = decodePng(await page.screenshot({ clip: { x: at.x, y: at.y, width: 32, height: 32 } }));
      const [a, b, c] = [shot.pixel(4, 4), shot.pixel(12, 4), shot.pixel(20, 4)];
      expect([a.r, a.g, a.b]).not.toEqual([b.r, b.g, b.b]);
      expect([a.r, a.g, a.b]).toEqual([c.r, c.g, c.b]);

      // The inspector says the background is transparent, over a checkerboard swatch, not a colour it is not.
      const hex = page.getByTestId('doc-background-hex');
      expect(await hex.inputValue()).toBe('');
      expect(await hex.getAttribute('placeholder')).toBe('Transparent');
      expect(await page.locator('.color-input.is-clear [data-testid="doc-background"]').count()).toBe(1);

      // A color for the background: the page is that color, corner to corner.
      await page.getByTestId('doc-background-hex').fill('#1D3557');
      await page.getByTestId('doc-background-hex').press('Enter');
      await expect.poll(async () => (await probe()).alpha).toBe(255);
      const colored = decodePng(await page.screenshot({ clip: { x: at.x, y: at.y, width: 32, height: 32 } }));
      for (const [x, y] of [[4, 4], [12, 4], [20, 12]] as const) {
        const p = colored.pixel(x, y);
        expect([p.r, p.g, p.b]).toEqual([0x1d, 0x35, 0x57]);
      }
      expect(await hex.inputValue()).toBe('#1D3557');
      expect(await page.locator('.color-input.is-clear').count()).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
