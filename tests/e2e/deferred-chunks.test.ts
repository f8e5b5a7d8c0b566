// Parts of the renderer that arrive in chunks after start (issue 19) are drawn correctly once they
// have: a QR code in a document opened at launch is drawn as its light box while the encoder's
// chunk is held back, and scans as its link once the chunk arrives, with no edit in between. The
// chunks fetched after the first screen come one at a time (renderer/after-paint.ts); what is
// needed sooner is asked for at once, whatever the queue waits on.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchApp, openTemplate, RENDERER_DIST, snap } from './harness';
import { createQrElement } from '../../core/elements';
import { createDesign } from '../../core/model';

const LINK = 'https://example.org/deferred-qr';

/** What zbarimg reads in a screenshot ('' when it finds no code). */
function scans(png: Buffer, dir: string): string {
  const file = join(dir, 'canvas.png');
  writeFileSync(file, png);
  try {
    return execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

describe('chunks that arrive after start', () => {
  it('draws a QR code opened at launch once its encoder arrives', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'placard-deferred-e2e-'));
    const { saveDocument } = await import('../../electron/services/documents');
    const design = { ...createDesign({ name: 'QR at start', width: 800, height: 800 }), background: { color: '#ffffff' } };
    design.elements.push(createQrElement({ id: 'code', x: 150, y: 150, width: 500, height: 500, data: LINK }));
    const doc = join(scratch, 'qr-start.placard');
    await saveDocument(doc, design, new Map());
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    const app = await launchApp({
      openFiles: [doc],
      prepare: async (context) => {
        await context.route(/\/assets\/qrcode-[\w-]+\.js$/, async (route) => {
          asked++;
          await held;
          await route.continue();
        });
      },
    });
    try {
      const { page } = app;
      const canvas = page.getByTestId('canvas');
      await expect.poll(() => page.getByTestId('doc-title').textContent(), { timeout: 15_000 }).toBe('qr-start.placard');
      expect(asked).toBe(1);
      expect(scans(await canvas.screenshot(), scratch)).toBe('');
      release();
      await expect.poll(async () => scans(await canvas.screenshot(), scratch), { timeout: 15_000 }).toBe(LINK);
      await snap(page, 'deferred-qr-drawn');
      expect(app.pageErrors).toEqual([]);
    } finally {
      release();
      await app.close();
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('shows the selection handles at once when something is selected while the chunks before them are held back', async () => {
    // zod is first in the queue after the first screen; held back, the queue waits on it.
    const zod = readdirSync(join(RENDERER_DIST, 'assets')).find((f) => f.endsWith('.js') && !f.includes('worker') && readFileSync(join(RENDERER_DIST, 'assets', f), 'utf8').includes('ZodError'))!;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    const app = await launchApp({
      prepare: async (context) => {
        await context.route((url) => url.pathname === `/assets/${zod}`, async (route) => {
          asked++;
          await held;
          await route.continue();
        });
      },
    });
    try {
      const { page } = app;
      await page.getByTestId('left-panel').locator('[data-action="insert.rect"]').click();
      const handles = () =>
        page.evaluate(() => {
          const K = (window as unknown as { Konva: { stages: { findOne(selector: string): { nodes(): unknown[] } | undefined }[] } }).Konva;
          return K.stages[0]?.findOne('Transformer')?.nodes().length ?? 0;
        });
      await expect.poll(handles, { timeout: 15_000 }).toBe(1);
      // The queue was still waiting on zod.
      expect(asked).toBe(1);
      release();
      expect(app.pageErrors).toEqual([]);
    } finally {
      release();
      await app.close();
    }
  });

  it('opens a built-in template asked for before zod has arrived, once it has', async () => {
    const zod = readdirSync(join(RENDERER_DIST, 'assets')).find((f) => f.endsWith('.js') && !f.includes('worker') && readFileSync(join(RENDERER_DIST, 'assets', f), 'utf8').includes('ZodError'))!;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const app = await launchApp({
      prepare: async (context) => {
        await context.route((url) => url.pathname === `/assets/${zod}`, async (route) => {
          await held;
          await route.continue();
        });
      },
    });
    try {
      const { page } = app;
      // The gallery validates the built-in templates with zod: it waits for it, and shows them once it is in.
      await page.getByTestId('tab-templates').click();
      await page.waitForTimeout(300);
      expect(await page.getByTestId('template-card-event-rally-cover').count()).toBe(0);
      release();
      await openTemplate(page, 'event-rally-cover');
      expect(app.pageErrors).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      release();
      await app.close();
    }
  });
});
