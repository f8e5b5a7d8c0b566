// Parts of the renderer that arrive in chunks after start (issue 19) are drawn correctly once they
// have: a QR code in a document opened at launch is drawn as its light box while the encoder's
// chunk is held back, and scans as its link once the chunk arrives, with no edit in between.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchApp, snap } from './harness';
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
});
