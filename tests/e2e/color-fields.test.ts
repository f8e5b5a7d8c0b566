// Colour fields take a typed code as well as the picker (issue 12): "#1a2b3c", "1A2B3C" or "#abc"
// on Enter or on leaving the field; anything else is marked and put back. English and Spanish.
import { beforeAll, describe, expect, it } from 'vitest';
import { launchApp, sharedApp, snap, type PlacardApp, type QueuedDialogs } from './harness';

/** The fill of the topmost filled node on the page (the rectangle just inserted), read from Konva. */
function shapeFill(app: PlacardApp<QueuedDialogs>): Promise<string> {
  return app.page.evaluate(() => {
    const K = (window as unknown as { Konva: { stages: { findOne(selector: string): { getChildren(): { fill?(): string }[] } }[] } }).Konva;
    const page = K.stages[0]!.findOne('.page');
    const shape = [...page.getChildren()].reverse().find((n) => typeof n.fill === 'function' && n.fill() !== undefined);
    return String(shape?.fill?.() ?? '');
  });
}

describe('colour fields', () => {
  const getApp = sharedApp();
  beforeAll(async () => {
    await getApp().page.locator('[data-testid=toolbar] [data-action="insert.rect"]').click();
  });

  it('takes a typed hex code on Enter and on leaving the field, in long and short form', async () => {
    const app = getApp();
    const { page } = app;
    const hex = page.getByTestId('prop-shape-fill-hex');
    await hex.fill('#1a2b3c');
    await hex.press('Enter');
    await expect.poll(() => page.getByTestId('prop-shape-fill').inputValue()).toBe('#1a2b3c');
    await expect.poll(() => shapeFill(app)).toBe('#1A2B3C');
    expect(await hex.inputValue()).toBe('#1A2B3C');
    await hex.fill('f0c');
    await page.getByTestId('prop-shape-fill').focus(); // leaving the field takes the code too
    await expect.poll(() => shapeFill(app)).toBe('#FF00CC');
    await snap(page, 'color-field-typed-en');
  });

  it('marks a code it cannot read and puts the colour back, changing nothing', async () => {
    const app = getApp();
    const { page } = app;
    const hex = page.getByTestId('prop-shape-fill-hex');
    await hex.fill('#12');
    expect(await hex.getAttribute('aria-invalid')).toBe('true');
    await hex.press('Enter');
    expect(await hex.inputValue()).toBe('#FF00CC');
    expect(await shapeFill(app)).toBe('#FF00CC');
    await hex.fill('purple');
    await hex.press('Escape');
    expect(await hex.inputValue()).toBe('#FF00CC');
  });

  it('names the code field in Spanish', async () => {
    const es = await launchApp({ settings: { language: 'es' } });
    try {
      await es.page.getByTestId('canvas').locator('canvas').first().waitFor();
      await es.page.locator('[data-testid=toolbar] [data-action="insert.rect"]').click();
      const hex = es.page.getByTestId('prop-shape-fill-hex');
      expect(await hex.getAttribute('aria-label')).toBe('Código de color');
      await hex.fill('#00AA55');
      await hex.press('Enter');
      await expect.poll(() => es.page.getByTestId('prop-shape-fill').inputValue()).toBe('#00aa55');
    } finally {
      await es.close();
    }
  });
});
