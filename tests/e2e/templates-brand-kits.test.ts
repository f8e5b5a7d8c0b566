// Brand kits end to end: the Placard kit is read-only, a duplicate can be renamed and edited
// (fonts, colors, text styles), applied as one undo step, used from the text inspector, and
// deleted after a confirmation; every change is saved through the real library handlers.
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type PlacardApp, type QueuedDialogs } from './harness';

describe('brand kits: read-only default, duplicate, edit, apply, text styles, delete', () => {
  let app: PlacardApp<QueuedDialogs>;
  const kitsDir = () => join(app.userDataDir, 'library', 'kits');
  const savedKits = async () =>
    existsSync(kitsDir()) ? Promise.all(readdirSync(kitsDir()).map(async (f) => JSON.parse(await readFile(join(kitsDir(), f), 'utf8')))) : [];

  beforeAll(async () => {
    app = await launchApp();
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
    await app.page.getByTestId('tab-brand').click();
    await app.page.getByTestId('brand-panel').waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the Placard kit read-only, in use by a new design', async () => {
    const { page } = app;
    await page.getByTestId('kit-placard-default').click();
    expect(await page.getByTestId('kit-color-primary').isDisabled()).toBe(true);
    expect(await page.getByTestId('kit-font-heading').isDisabled()).toBe(true);
    expect(await page.getByTestId('kit-delete').isDisabled()).toBe(true);
    expect(await page.getByTestId('kit-name').count()).toBe(0);
    expect(await page.getByTestId('kit-placard-default').locator('.badge').count()).toBe(1);
  });

  it('duplicates it into an editable kit, renames it and changes its heading font, saved to disk', async () => {
    const { page } = app;
    await page.getByTestId('kit-duplicate').click();
    const name = page.getByTestId('kit-name');
    await name.waitFor();
    expect(await name.inputValue()).toBe('Placard copy');
    await name.fill('Coalition');
    await name.press('Enter');
    await page.getByTestId('kit-font-heading').selectOption('Inter');
    await expect
      .poll(async () => (await savedKits()).map((k) => `${k.name}:${k.fonts.heading}`))
      .toEqual(['Coalition:Inter']);
    expect(await page.getByTestId('kit-color-primary').isDisabled()).toBe(false);
  });

  it('applies the kit as one undo step', async () => {
    const { page } = app;
    const coalition = page.locator('.kit-row', { hasText: 'Coalition' });
    await page.getByTestId('apply-kit').click();
    await expect.poll(() => coalition.locator('.badge').count()).toBe(1);
    expect(await page.getByTestId('apply-kit').isDisabled()).toBe(true);
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('kit-placard-default').locator('.badge').count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => coalition.locator('.badge').count()).toBe(1);
  });

  it('applies a kit text style to a text element from the inspector', async () => {
    const { page } = app;
    await page.locator('[data-testid=toolbar] [data-action="insert.text"]').click();
    await page.getByTestId('brand-style-section').waitFor();
    await page.getByTestId('apply-style-headline').click();
    await expect.poll(() => page.getByTestId('prop-font-size').inputValue()).toBe('96');
    await page.getByTestId('apply-style-caption').click();
    await expect.poll(() => page.getByTestId('prop-font-size').inputValue()).toBe('24');
    // One undo step per style: undo returns to the headline size.
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('prop-font-size').inputValue()).toBe('96');
  });

  it('deletes the kit only after confirmation', async () => {
    const { page } = app;
    await page.locator('.kit-row', { hasText: 'Coalition' }).click();
    await page.getByTestId('kit-delete').click();
    await page.getByTestId('confirm-cancel').click();
    expect(await savedKits()).toHaveLength(1);
    await page.getByTestId('kit-delete').click();
    await page.getByTestId('confirm-delete').click();
    await expect.poll(async () => (await savedKits()).length).toBe(0);
    expect(await page.locator('.kit-row', { hasText: 'Coalition' }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
