// Large photos are edited through a downscaled proxy (issue 19: a dropped 24 MP photo must not
// stall the editor). An upright JPEG is decoded straight at a reduced scale (WebCodecs ImageDecoder
// with a desired size); a JPEG whose EXIF says to rotate it takes the createImageBitmap path, which
// applies the rotation. Either way the canvas shows the picture the right way up, in its colors,
// and the export draws the full-size original.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorDistance, decodePng, launchApp, snap, toScreen, type PlacardApp, type QueuedDialogs } from './harness';
import { orientationApp1, QUADRANTS, quadrantPhoto, withExif } from './meme-fixtures';

// Records each ImageDecoder the page makes (its type and desired size), then lets it work as usual.
const RECORD_DECODERS = `(() => {
  window.__decoders = [];
  const Real = window.ImageDecoder;
  if (!Real) return;
  window.ImageDecoder = class extends Real {
    constructor(init) {
      super(init);
      window.__decoders.push({ type: init.type, desiredWidth: init.desiredWidth ?? null, desiredHeight: init.desiredHeight ?? null });
    }
  };
})()`;

type Quadrant = keyof typeof QUADRANTS;

describe('large photos', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-proxy-e2e-'));
    app = await launchApp({ viewport: { width: 1440, height: 900 }, prepare: async (context) => void (await context.addInitScript(RECORD_DECODERS)) });
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const value = async (testId: string) => Number(await app.page.getByTestId(testId).inputValue());

  /** Inserts the photo, then reads the canvas at the centres of the four quadrants it shows. */
  async function insertAndRead(bytes: Buffer, name: string): Promise<{ size: { width: number; height: number }; seen: Record<Quadrant, { r: number; g: number; b: number; a: number }> }> {
    const { page, dialogs } = app;
    const file = join(scratch, name);
    await writeFile(file, bytes);
    dialogs.nextOpen(file);
    await page.locator('[data-testid=toolbar] [data-action="insert.image"]').click();
    await expect.poll(() => page.getByTestId('status-message').textContent(), { timeout: 30_000 }).toContain(name);
    const [x, y, w, h] = [await value('prop-x'), await value('prop-y'), await value('prop-width'), await value('prop-height')];
    // Nothing selected: the handles would cover part of the picture.
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    const shot = decodePng(await page.screenshot());
    const at = async (fx: number, fy: number) => {
      const p = await toScreen(page, x + w * fx, y + h * fy);
      return shot.pixel(p.x, p.y);
    };
    return { size: { width: w, height: h }, seen: { tl: await at(0.25, 0.25), tr: await at(0.75, 0.25), bl: await at(0.25, 0.75), br: await at(0.75, 0.75) } };
  }

  const near = (got: { r: number; g: number; b: number }, want: readonly number[]) => colorDistance({ ...got, a: 255 }, { r: want[0]!, g: want[1]!, b: want[2]! }) <= 12;

  it('decodes an upright 6000x4000 JPEG at a reduced scale, and shows it the right way up', async () => {
    const { seen, size } = await insertAndRead(quadrantPhoto(6000, 4000), 'upright.jpg');
    expect(size.width).toBeGreaterThan(size.height);
    for (const q of ['tl', 'tr', 'bl', 'br'] as const) expect(near(seen[q], QUADRANTS[q]), `${q}: ${JSON.stringify(seen[q])}`).toBe(true);
    expect(await app.page.evaluate('window.__decoders')).toEqual([{ type: 'image/jpeg', desiredWidth: 2048, desiredHeight: 1365 }]);
    await snap(app.page, 'photo-proxy-upright');
  });

  it('takes the rotating path for a JPEG whose EXIF says to turn it, and shows it turned', async () => {
    await app.menu('file.new');
    const discard = app.page.getByTestId('confirm-discard');
    await discard.waitFor({ timeout: 2000 }).then(() => discard.click(), () => undefined);
    // Stored 6000x4000, shown 4000x6000 turned a quarter clockwise: the stored bottom-left is
    // shown top-left, top-left top-right, top-right bottom-right, bottom-right bottom-left.
    const { seen, size } = await insertAndRead(withExif(quadrantPhoto(6000, 4000), orientationApp1(6)), 'turned.jpg');
    expect(size.height).toBeGreaterThan(size.width);
    const shown: Record<Quadrant, Quadrant> = { tl: 'bl', tr: 'tl', br: 'tr', bl: 'br' };
    for (const q of ['tl', 'tr', 'bl', 'br'] as const) expect(near(seen[q], QUADRANTS[shown[q]]), `${q}: ${JSON.stringify(seen[q])}`).toBe(true);
    // No new decoder: the reduced-scale decode would not apply the rotation.
    expect(await app.page.evaluate('window.__decoders.length')).toBe(1);
    await snap(app.page, 'photo-proxy-turned');
  });
});
