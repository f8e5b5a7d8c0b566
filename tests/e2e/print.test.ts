// Print end to end (issue 16): print sizes in inches or centimetres by locale; a flyer exported as
// a PDF with bleed and crop marks, read back with poppler (page and trim boxes, embedded font)
// and its QR code scanned from the rendered page with zbarimg; a picket sign tiled over Letter
// sheets with the sheet preview, the print checks at a chosen viewing distance; in Spanish too.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePresets, dismissUnsaved, launchApp, openTemplate, openExportDialog, snap, type PlacardApp, type QueuedDialogs } from './harness';
import { finishFillIn } from './harness/fill-in';

const openExport = openExportDialog;

function boxes(file: string, page: number): { media: number[]; trim: number[] } {
  const out = execFileSync('pdfinfo', ['-box', '-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  const get = (name: string) => new RegExp(`Page\\s+${page} ${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(out)!.slice(1).map(Number);
  return { media: get('MediaBox'), trim: get('TrimBox') };
}

describe('print', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-print-e2e-'));
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('names print sizes in inches in the US, and exports a flyer as a PDF with bleed, crop marks and a QR code that scans', async () => {
    const { page, dialogs } = app;
    // The PDF writer is not in the first screen's script; the app fetches it once idle.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/assets\/pdf-[^/]+\.js$/.test(e.name))), { timeout: 20_000 })
      .toBe(true);
    await openTemplate(page, 'print-flyer-signup');
    await finishFillIn(page, dialogs);
    const labels = await page.getByTestId('size-select').locator('option').allTextContents();
    expect(labels).toContain('Letter flyer (8.5 × 11 in)');
    expect(labels).toContain('A4 flyer (8.27 × 11.69 in)');
    expect(labels).toContain('Placard 22×28 (22 × 28 in)');

    await openExport(page);
    await choosePresets(page, ['print-letter', 'print-a4', 'instagram-square']);
    await page.getByTestId('format-pdf').click();
    await expect.poll(() => page.getByTestId('export-print-screen-sizes').textContent()).toContain('1 screen size is left out');
    // No die-cut size chosen: no die line note. With the door hanger, the note names it.
    expect(await page.getByTestId('export-print-die-line').count()).toBe(0);
    await choosePresets(page, ['print-door-hanger']);
    await expect.poll(() => page.getByTestId('export-print-die-line').textContent()).toContain('Door hanger');
    expect(await page.getByTestId('export-print-die-line').textContent()).toContain('CutContour');
    await snap(page, 'print-export-die-line-en');
    await choosePresets(page, ['print-letter', 'print-a4', 'instagram-square']);
    await expect.poll(() => page.getByTestId('export-print-die-line').count()).toBe(0);
    await page.getByTestId('print-dpi-150').click();
    await page.getByTestId('langs-both').click();
    // A PDF carries no alt text file: that section is for images.
    expect(await page.getByTestId('export-dialog').getByText('Alt text', { exact: true }).count()).toBe(0);
    expect(await page.getByTestId('print-bleed').isChecked()).toBe(true);
    expect(await page.getByTestId('print-marks').isChecked()).toBe(true);
    expect(await page.getByTestId('export-start').textContent()).toBe('Export PDF');
    await expect.poll(() => page.getByTestId('export-example').textContent()).toContain('.pdf');
    await snap(page, 'print-export-dialog-en');

    const out = join(scratch, 'flyer');
    await mkdir(out);
    dialogs.nextFolder(out);
    await page.getByTestId('export-choose-folder').click();
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-summary').waitFor({ timeout: 120_000 });
    const files = await readdir(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.pdf$/);
    const pdf = join(out, files[0]!);
    await copyFile(pdf, join('test-results', 'print-flyer.pdf'));
    // Both languages, both sizes: English Letter and A4, then Spanish Letter and A4.
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+4/);
    // Letter with 1/8 in bleed and a 1/2 in slug for the marks; A4 with 3 mm bleed.
    expect(boxes(pdf, 1).media.map(Math.round)).toEqual([0, 0, 684, 864]);
    expect(boxes(pdf, 1).trim.map(Math.round)).toEqual([36, 36, 648, 828]);
    expect(boxes(pdf, 2).trim.map((n) => Math.round(n * 10) / 10)).toEqual([36, 36, 631.3, 877.9]);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/NotoSans-Regular-\d+\s+CID TrueType\s+Identity-H\s+yes/);
    const words = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(words).toContain('Letter flyer (8.5 × 11 in) · 150 dpi · EN · Placard');
    expect(words).toContain('A4 flyer (8.27 × 11.69 in) · 150 dpi · ES · Placard');
    // The flyer's own words ride over the picture in its own fonts: the PDF can be searched.
    // In content order (-raw): the layout mode's column guessing can drop a line's last letter.
    const flowing = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(flowing).toContain('STOP THE RENT HIKE');
    expect(flowing).toContain('FRENEMOS LA SUBIDA DEL ALQUILER');
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/Anton-Regular-\d+\s+CID TrueType\s+Identity-H\s+yes/);
    // The pages as they print: the QR code scans from them, in each language's link.
    for (const [n, link] of [[1, 'https://example.org/join'], [3, 'https://example.org/unete']] as const) {
      execFileSync('pdftoppm', ['-r', '150', '-f', String(n), '-l', String(n), '-singlefile', '-png', pdf, join(out, `page${n}`)]);
      expect(execFileSync('zbarimg', ['--quiet', '--raw', join(out, `page${n}.png`)], { encoding: 'utf8' }).trim()).toBe(link);
    }
    await page.getByTestId('export-done').click();
    expect(app.pageErrors).toEqual([]);
  });

  it('tiles a picket sign over Letter sheets, shows the sheets, and checks letter height for the distance', async () => {
    const { page, dialogs } = app;
    await openTemplate(page, 'print-picket-sign');
    await finishFillIn(page, dialogs);
    await openExport(page);
    await choosePresets(page, ['sign-22x28']);
    await page.getByTestId('format-pdf').click();
    await page.getByTestId('langs-current').click();
    await page.getByTestId('print-tile').selectOption('letter');
    const preview = page.getByTestId('tile-preview-sign-22x28');
    await preview.waitFor();
    expect(await preview.getAttribute('data-sheets')).toBe('9');
    expect(await preview.locator('figcaption').textContent()).toBe('Placard 22×28 (22 × 28 in): 9 Letter sheets, 3 rows × 3 columns (8.5 × 11 in each)');
    await expect.poll(() => page.locator('[data-testid="tile-preview-thumb-sign-22x28"][data-drawn=yes]').count(), { timeout: 30_000 }).toBe(1);
    // From 15 ft (the usual for a sign) every line reads; from 30 ft the demand line is too small.
    await expect.poll(async () => Number(await page.getByTestId('export-warnings').getAttribute('data-count')), { timeout: 10_000 }).toBe(0);
    await page.getByTestId('print-distance').selectOption('30');
    await expect.poll(() => page.getByTestId('export-warnings').locator('[data-code="print.text-small-for-distance"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('export-warnings').locator('[data-code="print.text-small-for-distance"]').first().textContent()).toMatch(/from 30 ft away they need 3 in/);
    await snap(page, 'print-tiles-en');
    await page.getByTestId('print-distance').selectOption('auto');

    const out = join(scratch, 'sign');
    await mkdir(out);
    dialogs.nextFolder(out);
    await page.getByTestId('export-choose-folder').click();
    await page.getByTestId('print-dpi-150').click();
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-summary').waitFor({ timeout: 180_000 });
    const [file] = await readdir(out);
    const pdf = join(out, file!);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+10/);
    const words = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(words).toContain('22 × 28 in on 9 sheets (3 rows × 3 columns)');
    expect(words).toContain('Row 3, column 2 · sheet 8 of 9');
    expect(boxes(pdf, 2).media.map(Math.round)).toEqual([0, 0, 612, 792]);
    await page.getByTestId('export-done').click();
  });

  it('adds a custom print size in inches and exports it as a PDF of that paper', async () => {
    const { page, dialogs } = app;
    await openExport(page);
    await page.getByTestId('custom-add-open').click();
    await page.getByTestId('custom-name').fill('Banner');
    await page.getByTestId('custom-unit').selectOption('in');
    expect(await page.getByTestId('custom-limit').count()).toBe(0);
    await page.getByTestId('custom-width').fill('36');
    await page.getByTestId('custom-height').fill('12');
    await page.getByTestId('custom-save').click();
    const row = page.locator('.export-preset', { has: page.getByTestId('preset-custom-banner') });
    await expect.poll(() => row.locator('.export-preset-name').textContent()).toBe('Banner (36 × 12 in)');
    await choosePresets(page, ['custom-banner']);
    await page.getByTestId('format-pdf').click();
    await page.getByTestId('langs-current').click();
    // The dialog remembers the last print choices: one page per size, with bleed and marks.
    await page.getByTestId('print-tile').selectOption('none');
    await page.getByTestId('print-bleed').check();
    await page.getByTestId('print-marks').check();
    await page.getByTestId('print-dpi-150').click();
    const out = join(scratch, 'banner');
    await mkdir(out);
    dialogs.nextFolder(out);
    await page.getByTestId('export-choose-folder').click();
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-summary').waitFor({ timeout: 120_000 });
    const [file] = await readdir(out);
    const b = boxes(join(out, file!), 1);
    expect(b.trim.map(Math.round)).toEqual([36, 36, 36 + 36 * 72, 36 + 12 * 72]);
    await page.getByTestId('export-done').click();
  });

  it('asks for the brand kit disclaimer on print, and Insert > Disclaimer puts the kit words in, boxed and locked', async () => {
    const { page } = app;
    await page.getByTestId('tab-design').click();
    await page.locator('[data-action="file.new"]').first().click();
    await dismissUnsaved(page);
    await page.getByTestId('tab-brand').click();
    await page.getByTestId('kit-duplicate').click();
    await page.getByTestId('kit-name').waitFor();
    await page.getByTestId('kit-disclaimer-en').fill('Paid for by Riverside Workers United');
    await page.getByTestId('kit-disclaimer-es').fill('Pagado por Riverside Workers United');
    await page.getByTestId('kit-name').click();
    await page.getByTestId('apply-kit').click();
    await expect.poll(() => page.getByTestId('apply-kit').isDisabled()).toBe(true);
    await openExport(page);
    await choosePresets(page, ['print-letter']);
    await expect.poll(() => page.getByTestId('export-warnings').locator('[data-code="print.disclaimer-missing"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByTestId('export-warnings').locator('[data-code="print.disclaimer-missing"]').textContent()).toContain('Insert it from the Insert panel');
    await page.getByTestId('export-close').click();
    await page.getByTestId('tab-design').click();
    await page.locator('[data-action="insert.disclaimer"]').first().click();
    await expect.poll(() => page.getByTestId('prop-text').inputValue()).toBe('Paid for by Riverside Workers United');
    await openExport(page);
    await choosePresets(page, ['print-letter']);
    await expect.poll(async () => Number(await page.getByTestId('export-warnings').getAttribute('data-count')), { timeout: 10_000 }).toBe(0);
    await snap(page, 'print-disclaimer-en');
    await page.getByTestId('export-close').click();
  });

  it('File > Print lays a Letter flyer out on one Letter page, and a sign on Letter sheets with its guide', async () => {
    const { page, dialogs } = app;
    await openTemplate(page, 'print-flyer-signup');
    await finishFillIn(page, dialogs);
    expect(await app.menu('file.print')).toBe(1);
    await expect.poll(() => app.printJobs.length, { timeout: 60_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('status-message').textContent()).toBe('Sent 1 page to the print dialog.');
    // The print layer is gone once the dialog closes.
    expect(await page.locator('#print-root').count()).toBe(0);
    const flyer = join(scratch, 'print-flyer.pdf');
    await writeFile(flyer, app.printJobs[0]!);
    expect(execFileSync('pdfinfo', [flyer], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n[\s\S]*Page size:\s+612 x 792 pts \(letter\)/);
    execFileSync('pdftoppm', ['-r', '150', '-singlefile', '-png', flyer, join(scratch, 'print-flyer')]);
    expect(execFileSync('zbarimg', ['--quiet', '--raw', join(scratch, 'print-flyer.png')], { encoding: 'utf8' }).trim()).toBe('https://example.org/join');

    /** Fills in a built-in template, prints it, and keeps the print job as a PDF file. */
    const printTemplate = async (id: string, name: string): Promise<string> => {
      const jobs = app.printJobs.length;
      await openTemplate(page, id);
      await finishFillIn(page, dialogs);
      await app.menu('file.print');
      await expect.poll(() => app.printJobs.length, { timeout: 120_000 }).toBe(jobs + 1);
      const file = join(scratch, name);
      await writeFile(file, app.printJobs[jobs]!);
      return file;
    };
    const sign = await printTemplate('print-picket-sign', 'print-sign.pdf');
    // The guide and nine Letter sheets, every page Letter (portrait or landscape).
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '10', sign], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+10/);
    expect(info.match(/Page\s+\d+ size:\s+612 x 792 pts/g)).toHaveLength(10);
    const words = execFileSync('pdftotext', [sign, '-'], { encoding: 'utf8' });
    expect(words).toContain('Picket sign: 22 × 28 in on 9 sheets (3 rows × 3 columns)');
    expect(words).toContain('Row 2, column 3 · sheet 6 of 9');
    // Kept for a look: the guide and the first sheet as the printer gets them.
    execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '2', '-png', sign, join('test-results', 'screenshots', 'print-job-sign')]);

    // A door hanger prints two to a Letter sheet, each with its hole drawn: a magenta circle 2 in
    // across, its top 0.5 in below the top edge and 1.125 in from the hanger's left (72 dpi: 72 px
    // per inch; the second hanger starts 4.25 in to the right), and its slit to the top edge.
    const hanger = await printTemplate('print-door-hanger', 'print-hanger.pdf');
    expect(execFileSync('pdfinfo', [hanger], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n[\s\S]*Page size:\s+612 x 792 pts \(letter\)/);
    execFileSync('pdftoppm', ['-r', '72', '-singlefile', '-png', hanger, join(scratch, 'print-hanger')]);
    await copyFile(join(scratch, 'print-hanger.png'), join('test-results', 'screenshots', 'print-job-door-hanger.png'));
    const png = PNG.sync.read(await readFile(join(scratch, 'print-hanger.png')));
    const pink = (x: number, y: number) => {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return png.data[i]! > 200 && png.data[i + 2]! > 100 && png.data[i + 1]! < png.data[i]! - 50;
    };
    const near = (x: number, y: number) => [-2, -1, 0, 1, 2].some((d) => pink(x + d, y) || pink(x, y + d));
    for (const left of [0, 306]) {
      for (const a of [0, 90, 180, 270]) {
        const t = (a * Math.PI) / 180;
        expect(near(left + 153 + 72 * Math.cos(t), 108 + 72 * Math.sin(t)), `die line of the hanger at ${left} px, ${a}°`).toBe(true);
      }
      expect(near(left + 153, 108)).toBe(false);
      // And its slit, from the hole at 45 degrees up and right to the top edge.
      for (const f of [0.25, 0.5, 0.75]) {
        const x = left + 203.9 + (261 - 203.9) * f;
        const y = 57.1 * (1 - f);
        expect(near(x, y), `slit of the hanger at ${left} px, ${f}`).toBe(true);
        expect(near(x - 8, y - 8) || near(x + 8, y + 8), `beside the slit at ${left} px, ${f}`).toBe(false);
      }
    }
    // Both hangers carry the design: its headline's red band across each.
    const red = (x: number, y: number) => {
      const i = (y * png.width + x) * 4;
      return png.data[i]! > 150 && png.data[i + 1]! < 60;
    };
    expect(red(150, 400) && red(456, 400)).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('puts a QR code on any design from the Insert panel, edits it in the inspector with its contrast guard, and exports one that scans', async () => {
    const { page, dialogs } = app;
    await page.getByTestId('tab-design').click();
    await page.locator('[data-action="file.new"]').first().click();
    await dismissUnsaved(page);
    await page.locator('[data-action="insert.qr"]').first().click();
    const section = page.getByTestId('qr-section');
    await section.waitFor();
    expect(await page.getByTestId('qr-problems').locator('[data-code="qr.empty"]').count()).toBe(1);
    await page.getByTestId('prop-qr-data').fill('https://example.org/rally');
    await expect.poll(() => page.getByTestId('qr-problems').count()).toBe(0);
    await page.getByTestId('prop-qr-ecl').selectOption('Q');
    await page.getByTestId('prop-qr-dark').fill('#bbbbbb');
    await expect.poll(() => page.getByTestId('qr-problems').locator('[data-code="qr.low-contrast"]').count()).toBe(1);
    expect(await page.getByTestId('qr-problems').textContent()).toContain('Phones may not scan it');
    await snap(page, 'print-qr-inspector-en');
    await page.getByTestId('prop-qr-dark').fill('#14254a');
    await expect.poll(() => page.getByTestId('qr-problems').count()).toBe(0);
    const png = join(scratch, 'qr.png');
    dialogs.nextSave(png);
    await app.menu('file.exportPng');
    await expect.poll(() => page.getByTestId('status-message').textContent(), { timeout: 30_000 }).toContain('qr.png');
    expect(execFileSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' }).trim()).toBe('https://example.org/rally');
  });

  it('speaks Spanish and measures paper in centimetres where the system does', async () => {
    const es = await launchApp({ locale: 'es-ES' });
    try {
      const { page, dialogs } = es;
      await page.getByTestId('canvas').locator('canvas').first().waitFor();
      await page.getByTestId('language-select').selectOption('es');
      await openTemplate(page, 'print-picket-sign');
      await finishFillIn(page, dialogs);
      const labels = await page.getByTestId('size-select').locator('option').allTextContents();
      expect(labels).toContain('Volante carta (21,6 × 27,9 cm)');
      expect(labels).toContain('Pancarta 22×28 (55,9 × 71,1 cm)');
      await openExport(page);
      await choosePresets(page, ['sign-22x28']);
      await page.getByTestId('format-pdf').click();
      await page.getByTestId('print-tile').selectOption('a4');
      const preview = page.getByTestId('tile-preview-sign-22x28');
      await preview.waitFor();
      expect(await preview.locator('figcaption').textContent()).toMatch(/^Pancarta 22×28 \(55,9 × 71,1 cm\): \d+ hojas A4, \d filas × \d columnas \(29,7 × 21 cm cada una\)$/);
      await page.getByTestId('print-distance').selectOption('30');
      await expect.poll(() => page.getByTestId('export-warnings').locator('[data-code="print.text-small-for-distance"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await page.getByTestId('export-warnings').locator('[data-code="print.text-small-for-distance"]').first().textContent()).toMatch(/a 9,1 m necesitan 7,6 cm/);
      await snap(page, 'print-tiles-es');
      await page.getByTestId('print-distance').selectOption('auto');
      await page.getByTestId('langs-current').click();
      await page.getByTestId('print-dpi-150').click();
      const out = join(scratch, 'es');
      await mkdir(out);
      dialogs.nextFolder(out);
      await page.getByTestId('export-choose-folder').click();
      await page.getByTestId('export-start').click();
      await page.getByTestId('export-summary').waitFor({ timeout: 180_000 });
      const [file] = await readdir(out);
      const words = execFileSync('pdftotext', [join(out, file!), '-'], { encoding: 'utf8' });
      expect(words).toContain('Imprime las páginas siguientes en papel A4 al 100 %');
      expect(words).toContain('Fila 1, columna 1 · hoja 1 de');
      expect(words).toContain('(55,9 × 71,1 cm)');
      expect(es.pageErrors).toEqual([]);
    } finally {
      await es.close();
    }
  });
});
