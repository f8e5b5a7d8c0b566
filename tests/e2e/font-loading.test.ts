// Faces load only for what text draws (issue 19): a template's dates and hashtags are drawn by its own
// faces, so the 226 kB emoji face that also holds 0-9, # and * is not fetched; an emoji typed into
// a slot fetches the emoji face it needs, and the canvas draws it in color.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedApp } from './harness';
import { openTemplate } from './harness/fill-in';

/** Family and status of every face the page has started loading or loaded. */
const facesInUse = (page: Page) =>
  page.evaluate(() => [...(document.fonts as unknown as Iterable<FontFace>)].filter((f) => f.status !== 'unloaded').map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status })));

/** Strongly yellow-orange pixels on the stage's canvases (a party popper's colors). */
const saturated = (page: Page) =>
  page.evaluate(() => {
    let count = 0;
    for (const c of document.querySelectorAll<HTMLCanvasElement>('[data-testid="canvas"] canvas')) {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! > 120 && data[i + 2]! < 60) count++;
    }
    return count;
  });

describe('font loading', () => {
  const getApp = sharedApp();

  it('loads no emoji face for a template whose words hold digits and a hashtag, and the emoji face an emoji needs', async () => {
    const { page } = getApp();
    await openTemplate(page, 'event-rally-cover');
    await page.getByTestId('slot-text-title').fill('Rally #2026 at 11');
    // The template's own faces arrive; the emoji faces stay unloaded.
    await expect.poll(async () => (await facesInUse(page)).filter((f) => f.family === 'Anton' && f.status === 'loaded').length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.evaluate(() => document.fonts.ready);
    expect((await facesInUse(page)).filter((f) => f.family === 'Noto Color Emoji')).toEqual([]);
    // Nor any Hebrew face: its Latin letters would never draw, the Arabic fallback's come first.
    expect((await facesInUse(page)).filter((f) => f.family === 'Noto Sans Hebrew')).toEqual([]);
    const before = await saturated(page);

    await page.getByTestId('slot-text-title').fill('Rally 🎉 #2026');
    await expect.poll(async () => (await facesInUse(page)).some((f) => f.family === 'Noto Color Emoji' && f.status === 'loaded'), { timeout: 10_000 }).toBe(true);
    // The party popper is drawn in color on the canvas: far more strongly yellow-orange pixels than before it.
    await expect.poll(() => saturated(page), { timeout: 10_000 }).toBeGreaterThan(before + 50);
    expect(getApp().pageErrors).toEqual([]);
  });

  it('loads the Hebrew face Hebrew words need, the shekel sign included', async () => {
    const { page } = getApp();
    await openTemplate(page, 'event-rally-cover');
    await page.getByTestId('slot-text-title').fill('Rally שלום ₪5');
    await expect.poll(async () => (await facesInUse(page)).some((f) => f.family === 'Noto Sans Hebrew' && f.status === 'loaded'), { timeout: 10_000 }).toBe(true);
    const ranges = await page.evaluate(() => [...(document.fonts as unknown as Iterable<FontFace>)].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans Hebrew' && f.status === 'loaded').map((f) => f.unicodeRange));
    // The face with the Hebrew letters and ₪ (U+20AA), and no Latin one.
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) expect(range).toMatch(/U\+20AA/i);
    expect(getApp().pageErrors).toEqual([]);
  });
});
