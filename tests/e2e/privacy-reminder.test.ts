// Before exporting a photo, the export dialog reminds the user that faces identify people, and
// "Blur a face" puts a blur box on the design; with a blur box the reminder is gone.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hexColor, launchApp, snap, solidPng, type PlacardApp, type QueuedDialogs } from './harness';

describe('privacy reminder before export', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-privacy-'));
    app = await launchApp();
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const openExport = () => app.page.locator('[data-testid=toolbar] [data-action="file.export"]').click();

  it('is not shown for a design without photos', async () => {
    await app.page.locator('[data-testid=toolbar] [data-action="insert.text"]').click();
    await openExport();
    await app.page.getByTestId('export-warnings').waitFor();
    expect(await app.page.getByTestId('privacy-reminder').count()).toBe(0);
    await app.page.keyboard.press('Escape');
  });

  it('reminds to blur faces once a photo is in, and Blur a face adds a blur box', async () => {
    const { page, dialogs } = app;
    const photo = join(scratch, 'crowd.png');
    await writeFile(photo, solidPng(300, 200, hexColor('#806040')));
    dialogs.nextOpen(photo);
    await page.locator('[data-testid=toolbar] [data-action="insert.image"]').click();
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('crowd.png');
    await openExport();
    await page.getByTestId('privacy-reminder').waitFor();
    expect(await page.getByTestId('privacy-reminder').textContent()).toContain('Blur the faces');
    await snap(page, 'export-privacy-reminder-en');
    const layers = await page.locator('[data-testid^="layer-"]').count();
    await page.getByTestId('privacy-blur').click();
    await expect.poll(() => page.getByTestId('modal').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid^="layer-"]').count()).toBe(layers + 1);
    await openExport();
    await page.getByTestId('export-warnings').waitFor();
    expect(await page.getByTestId('privacy-reminder').count()).toBe(0);
    await page.keyboard.press('Escape');
  });
});
