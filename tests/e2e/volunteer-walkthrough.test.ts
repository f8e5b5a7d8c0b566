// The volunteer's path, end to end in Chromium with the real handlers: open "We won!", change
// only the English fields, and see the form and the export flag Spanish (sample text, sample alt
// text, a placeholder); then fill Spanish too and export Facebook and X sizes in both languages.
// Each image is read back by OCR (Tesseract) and each alt text file is read: both carry the new
// message in their language. The same flags are shown in the Spanish UI.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foldWords, launchApp, ocrWords, openTemplate, readPng, snap, type PlacardApp, type QueuedDialogs } from './harness';

const TEMPLATE = 'announce-contract-win';
const EN = { kicker: 'Breaking', title: 'Rent freeze passed', body: 'The council voted to freeze rents for two years.', org: 'Maple Court Tenants' };
const ES = { kicker: 'Última hora', title: 'Aprobado el congelamiento', body: 'El concejo votó congelar las rentas por dos años.', org: 'Inquilinos de Maple Court' };

async function fill(page: Page, language: 'en' | 'es', words: Record<string, string>) {
  await page.getByTestId(`fill-language-${language}`).click();
  for (const [id, text] of Object.entries(words)) await page.getByTestId(`slot-text-${id}`).fill(text);
}

const problem = (page: Page, id: string, language: 'en' | 'es') => page.getByTestId(`fill-problem-${id}-${language}`);

describe('the volunteer walkthrough', () => {
  let app: PlacardApp<QueuedDialogs>;
  let out: string;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'placard-walkthrough-'));
    app = await launchApp({ viewport: { width: 1440, height: 1000 } });
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('flags Spanish and the sample alt text when only the English fields changed', async () => {
    const { page } = app;
    await openTemplate(page, TEMPLATE);
    // Opened as it ships: nothing to flag but the sample alt text and the placeholder to replace.
    await expect.poll(() => problem(page, 'alt', 'en').getAttribute('data-code')).toBe('alt-sample');
    await fill(page, 'en', EN);
    // The English alt text now follows the fields.
    await expect.poll(() => page.getByTestId('fill-alt-text').inputValue()).toContain('Rent freeze passed');
    await expect.poll(() => problem(page, 'alt', 'en').count()).toBe(0);
    // Spanish is still the template's: each changed slot says so, the placeholder stops the export.
    expect(await problem(page, 'title', 'es').textContent()).toBe('Spanish still shows the template’s sample text in “Headline”.');
    expect(await problem(page, 'title', 'es').getAttribute('data-code')).toBe('sample-language');
    expect(await problem(page, 'org', 'es').getAttribute('data-code')).toBe('placeholder');
    expect(await problem(page, 'alt', 'es').textContent()).toContain('Spanish alt text is still the template’s sample');
    expect(await page.getByTestId('fill-language-es').getAttribute('class')).toContain('flagged');
    await snap(page, 'walkthrough-english-only-en');

    // The export dialog, with both languages, lists them and will not export.
    await page.locator('[data-testid=toolbar] [data-action="file.export"]').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('langs-both').click();
    const checks = dialog.getByTestId('export-fill-checks');
    await checks.waitFor();
    const listed = await checks.locator('li').allTextContents();
    expect(listed).toContain('Spanish still shows the template’s sample text in “Headline”.');
    expect(listed.some((l) => l.includes('Spanish alt text is still the template’s sample'))).toBe(true);
    expect(Number(await checks.getAttribute('data-blocking'))).toBeGreaterThan(0);
    expect(await dialog.getByTestId('export-start').isDisabled()).toBe(true);
    await snap(page, 'walkthrough-export-refuses-en');
    // English alone is finished.
    await dialog.getByTestId('langs-current').click();
    await expect.poll(() => dialog.getByTestId('export-fill-checks').count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('exports four finished images whose pixels and alt text carry the new message in each language', async () => {
    const { page, dialogs } = app;
    await fill(page, 'es', ES);
    await expect.poll(() => page.getByTestId('fill-summary').count()).toBe(0);
    await expect.poll(() => page.getByTestId('fill-alt-text').inputValue()).toContain('Aprobado el congelamiento');

    await page.locator('[data-testid=toolbar] [data-action="file.export"]').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    for (const id of ['facebook-post-landscape', 'x-post']) if (!(await dialog.getByTestId(`preset-${id}`).isChecked())) await dialog.getByTestId(`preset-${id}`).check();
    for (const box of await dialog.locator('input[type=checkbox][data-testid^="preset-"]:checked').all()) {
      const id = (await box.getAttribute('data-testid'))!.slice('preset-'.length);
      if (id !== 'facebook-post-landscape' && id !== 'x-post') await box.uncheck();
    }
    await dialog.getByTestId('langs-both').click();
    expect(await dialog.getByTestId('export-fill-checks').count()).toBe(0);
    dialogs.nextFolder(out);
    await dialog.getByTestId('export-choose-folder').click();
    await dialog.getByTestId('export-start').click();
    await dialog.getByTestId('export-summary').waitFor({ timeout: 60_000 });
    await snap(page, 'walkthrough-export-done-en');
    await page.getByTestId('export-done').click();

    const files = (await readdir(out)).sort();
    const pngs = files.filter((f) => f.endsWith('.png'));
    expect(pngs).toHaveLength(4);
    for (const png of pngs) {
      const language = /-es\.png$/.test(png) ? 'es' : 'en';
      const words = language === 'es' ? ES : EN;
      const image = readPng(join(out, png));
      // Named {name}-{preset}-{lang}: the size is the preset's.
      expect([image.width, image.height]).toEqual(png.includes('facebook-post-landscape') ? [1200, 630] : [1600, 900]);
      // The words drawn in the image, read back by OCR.
      const read = ocrWords(join(out, png), language);
      for (const word of foldWords(words.title).split(' ')) expect(read, `${png}: ${read}`).toContain(word);
      // The alt text beside it, in its language, from the fields.
      const alt = await readFile(join(out, png.replace(/\.png$/, '.txt')), 'utf8');
      expect(alt).toContain(words.title);
      expect(alt).toContain(words.org);
      expect(alt).not.toContain(language === 'es' ? 'Ganamos' : 'We won');
    }
    expect(pngs.filter((p) => p.endsWith('-es.png'))).toHaveLength(2);
    expect(pngs.filter((p) => p.endsWith('-en.png'))).toHaveLength(2);
  });

  it('shows the same flags in the Spanish interface', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('es');
    await openTemplate(page, TEMPLATE);
    await fill(page, 'en', EN);
    await expect.poll(() => problem(page, 'title', 'es').textContent()).toBe('El texto en español de «Titular» todavía es el de ejemplo de la plantilla.');
    expect(await problem(page, 'alt', 'es').textContent()).toContain('todavía es el de ejemplo de la plantilla');
    expect(await page.getByTestId('fill-summary').textContent()).toMatch(/cosas? por terminar antes de exportar/);
    // The note to the volunteer and the counter, in Spanish.
    expect(await page.getByTestId('fill-slot-title').textContent()).toContain('Corto y contundente');
    await snap(page, 'walkthrough-english-only-es');
    // Built-in layer and slot names are Spanish in the Layers panel (warnings use the same names).
    await page.getByTestId('tab-design').click();
    const layers = await page.locator('.layer-list, [data-testid^="layer-"]').allTextContents();
    expect(layers.join(' ')).toContain('Anillo');
    expect(layers.join(' ')).toContain('Titular');
    expect(layers.join(' ')).not.toContain('ring');
    // Export EN + ES stops on the placeholder, and says why where the user is looking.
    await page.locator('[data-action="template.exportBothLanguages"]').click();
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('No se exportó');
    await page.getByTestId('language-select').selectOption('en');
    expect(app.pageErrors).toEqual([]);
  });
});
