// Help > About: the version, Placard's license, and the notices of the bundled fonts (SIL OFL)
// and the libraries the app runs, with their license texts, in English and Spanish.
import { describe, expect, it } from 'vitest';
import { sharedApp, snap } from './harness';

describe('About Placard', () => {
  const getApp = sharedApp();

  it('shows the version, the license and every font and library notice with its text', async () => {
    const app = getApp();
    const { page } = app;
    await app.menu('help.about');
    await page.getByTestId('about-dialog').waitFor();
    await expect.poll(() => page.getByTestId('about-version').textContent()).toMatch(/^Version \d+\.\d+\.\d+/);
    await expect.poll(() => page.getByTestId('about-fonts').textContent()).toContain('@fontsource/anton');
    const fonts = await page.getByTestId('about-fonts').textContent();
    for (const family of ['anton', 'inter', 'noto-color-emoji', 'noto-sans-arabic']) expect(fonts).toContain(`@fontsource/${family}`);
    expect(fonts).toContain('OFL-1.1');
    const libraries = await page.getByTestId('about-libraries').textContent();
    for (const lib of ['react', 'konva', 'zustand', 'i18next', 'electron']) expect(libraries).toContain(lib);
    await page.getByTestId('about-fonts').locator('summary').first().click();
    await expect.poll(() => page.getByTestId('about-fonts').locator('pre').first().textContent()).toMatch(/SIL OPEN FONT LICENSE/i);
    await snap(page, 'about-en');
    await page.getByTestId('about-close').click();
    await expect.poll(() => page.getByTestId('about-dialog').count()).toBe(0);
  });

  it('speaks Spanish', async () => {
    const app = getApp();
    const { page } = app;
    await page.getByTestId('language-select').selectOption('es');
    await app.menu('help.about');
    await page.getByTestId('about-dialog').waitFor();
    await expect.poll(() => page.getByTestId('about-version').textContent()).toMatch(/^Versión/);
    expect(await page.getByTestId('about-libraries').textContent()).toContain('konva');
    await expect.poll(() => page.locator('[data-testid=about-dialog] h2').textContent()).toBe('Acerca de Placard');
    await snap(page, 'about-es');
  });
});
