// The foundation's end-to-end path: a user creates a design, adds text and an image from disk,
// moves, resizes, rotates and edits in place, exports a PNG through window.placard to a file
// they chose, and the PNG on disk has the right size and the right pixels in the right places.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { colorDistance, hexColor, launchApp, readPng, snap, solidPng, type PlacardApp, type QueuedDialogs } from './harness';

const DESIGN = { width: 1200, height: 630 };
const RED = '#e63946';
const BLUE = '#1d4ed8';

async function setNumber(page: Page, testId: string, value: number) {
  const input = page.getByTestId(testId);
  await input.fill(String(value));
  await input.press('Tab');
}

async function numberValue(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).inputValue());
}

/** Screen position of a design-space point, from the canvas box and its current zoom. */
async function toScreen(page: Page, x: number, y: number) {
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  const zoom = Number(await canvas.getAttribute('data-zoom'));
  const offsetX = Math.round((box.width - DESIGN.width * zoom) / 2);
  const offsetY = Math.round((box.height - DESIGN.height * zoom) / 2);
  return { x: box.x + offsetX + x * zoom, y: box.y + offsetY + y * zoom, zoom };
}

describe('create a design, add text and an image, export a PNG', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-create-'));
    app = await launchApp();
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('sets the design size in the inspector', async () => {
    const { page } = app;
    await setNumber(page, 'doc-width', DESIGN.width);
    await setNumber(page, 'doc-height', DESIGN.height);
    await expect.poll(() => page.getByTestId('status-bar').textContent()).toContain('1200 × 630');
  });

  it('adds a text element and edits it in place', async () => {
    const { page } = app;
    await page.locator('[data-testid=toolbar] [data-action="insert.text"]').click();
    await setNumber(page, 'prop-x', 60);
    await setNumber(page, 'prop-y', 60);
    await setNumber(page, 'prop-width', 560);
    await setNumber(page, 'prop-height', 170);
    await setNumber(page, 'prop-font-size', 140);
    await page.getByTestId('prop-fill').fill(RED);

    // Double-click the text on the canvas, type, and leave the editor.
    const at = await toScreen(page, 200, 120);
    await page.mouse.dblclick(at.x, at.y);
    const editor = page.getByTestId('text-editor');
    await editor.waitFor();
    await editor.fill('VOTE');
    await editor.press('Escape');
    await expect.poll(() => page.getByTestId('prop-text').inputValue()).toBe('VOTE');
  });

  it('adds an image from disk through the open dialog', async () => {
    const { page, dialogs } = app;
    const file = join(scratch, 'blue.png');
    await writeFile(file, solidPng(200, 100, hexColor(BLUE)));
    dialogs.nextOpen(file);
    await page.locator('[data-testid=toolbar] [data-action="insert.image"]').click();
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('blue.png');
    // Placed centered and scaled to fit; now put it in the right-hand half.
    await setNumber(page, 'prop-x', 760);
    await setNumber(page, 'prop-y', 300);
    expect(await numberValue(page, 'prop-width')).toBe(200);
    expect(await numberValue(page, 'prop-height')).toBe(100);
  });

  it('moves the selected image by dragging it on the canvas', async () => {
    const { page } = app;
    const from = await toScreen(page, 860, 350);
    const dx = 100;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + (dx * from.zoom) / 2, from.y, { steps: 4 });
    await page.mouse.move(from.x + dx * from.zoom, from.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => numberValue(page, 'prop-x')).toBeCloseTo(860, -1);
    expect(await numberValue(page, 'prop-y')).toBe(300);
  });

  it('resizes with the bottom-right handle and rotates with the rotation handle', async () => {
    const { page } = app;
    // Image is at (860,300) 200x100: its bottom-right handle is at (1060,400).
    const handle = await toScreen(page, 1060, 400);
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    await page.mouse.move(handle.x + 40 * handle.zoom, handle.y + 20 * handle.zoom, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => numberValue(page, 'prop-width')).toBeGreaterThan(215);
    const width = await numberValue(page, 'prop-width');
    const height = await numberValue(page, 'prop-height');
    // Images keep their aspect ratio by default.
    expect(width / height).toBeCloseTo(2, 1);

    // The rotation handle sits above the top-center of the selection.
    const topCenter = await toScreen(page, 860 + width / 2, 300);
    const rotater = { x: topCenter.x, y: topCenter.y - 50 };
    const center = await toScreen(page, 860 + width / 2, 300 + height / 2);
    await page.mouse.move(rotater.x, rotater.y);
    await page.mouse.down();
    // Swing to the right of the center: about +90 degrees.
    await page.mouse.move(center.x + 60, center.y - 30, { steps: 6 });
    await page.mouse.move(center.x + 80, center.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => numberValue(page, 'prop-rotation')).toBeGreaterThan(45);
    // Put it back upright for the pixel checks below, through the inspector.
    await setNumber(page, 'prop-rotation', 0);
    await setNumber(page, 'prop-x', 860);
    await setNumber(page, 'prop-y', 300);
    await setNumber(page, 'prop-width', 200);
    await setNumber(page, 'prop-height', 100);
  });

  it('exports the PNG to the chosen file with the right size and pixels', async () => {
    const { page, dialogs } = app;
    const out = join(scratch, 'exported.png');
    dialogs.nextSave(out);
    // File > Export PNG at design size: one PNG at the design's own size to a file the user picks.
    await page.getByTestId('file-menu').click();
    await page.getByTestId('menu-file.exportPng').click();
    await expect.poll(() => page.getByTestId('status-message').textContent(), { timeout: 20_000 }).toContain('exported.png');
    expect(dialogs.saveCalls[0]?.suggestedName).toMatch(/1200x630\.png$/);

    const png = readPng(out);
    expect(png.width).toBe(DESIGN.width);
    expect(png.height).toBe(DESIGN.height);

    // The image fills its box with blue.
    for (const [x, y] of [
      [870, 310],
      [960, 350],
      [1050, 390],
    ] as const) {
      expect(colorDistance(png.pixel(x, y), hexColor(BLUE)), `image pixel at ${x},${y}`).toBeLessThan(8);
    }
    // Just outside the image the background is white.
    expect(colorDistance(png.pixel(850, 350), hexColor('#ffffff'))).toBeLessThan(8);
    expect(colorDistance(png.pixel(1070, 350), hexColor('#ffffff'))).toBeLessThan(8);

    // The text draws red glyph pixels inside its box and nowhere else.
    let redInside = 0;
    let redOutside = 0;
    for (let y = 0; y < DESIGN.height; y += 2) {
      for (let x = 0; x < DESIGN.width; x += 2) {
        const isRed = colorDistance(png.pixel(x, y), hexColor(RED)) < 40;
        if (!isRed) continue;
        if (x >= 60 && x < 620 && y >= 60 && y < 230) redInside++;
        else redOutside++;
      }
    }
    expect(redInside).toBeGreaterThan(1500);
    expect(redOutside).toBe(0);
    await snap(page, 'create-export-en');
    expect(app.pageErrors).toEqual([]);
  });
});
