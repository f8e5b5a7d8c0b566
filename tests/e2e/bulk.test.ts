// Bulk create end to end (issue 15): a semicolon CSV with photo and language columns opened from
// disk, columns mapped by label, photos read beside the sheet and from a picked folder, a row's
// problems shown on its card and fixed in the table, every row exported to two sizes in its own
// language, and every file decoded: sizes, the row's photo, its words (OCR) and its alt text. The
// same rows drawn by `placard batch` match the app's pixels. The sheet is saved with the design.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { launchApp, openTemplate, snap, solidPng, type PlacardApp, type QueuedDialogs } from './harness';
import { REPO_ROOT } from './harness/app';
import { foldWords, ocrWords } from './harness/ocr';

const TEMPLATE = 'quote-photo-landscape';
const RED = { r: 200, g: 30, b: 40, a: 255 };
const BLUE = { r: 30, g: 60, b: 200, a: 255 };
const LONG = 'We organized every shift on every floor of the hospital, and the contract we won proves that nurses who stand together always win.';
const FIXED = 'Nurses who stand together win: the contract proves it, floor by floor and shift by shift.';

async function openBulk(page: Page) {
  await page.getByTestId('file-menu').click();
  await page.getByTestId('menu-file.bulk').click();
  await page.getByTestId('bulk-dialog').waitFor();
}

/** Pastes cells copied from a spreadsheet (tab-separated lines) into the table's first cell. */
async function pasteCells(page: Page, block: string) {
  await page.getByTestId('bulk-cell-1-0').evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, block);
}

const readPng = (file: string) => PNG.sync.read(readFileSync(file));
const cardState = (page: Page, row: number) => page.getByTestId(`bulk-card-${row}`).getAttribute('data-state');

describe('bulk create', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-bulk-e2e-'));
    app = await launchApp({ viewport: { width: 1600, height: 1000 } });
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('loads a CSV with photo and language columns, marks and fixes a row in place, exports every row and size, and matches the CLI', async () => {
    const { page, dialogs } = app;
    const sheetDir = join(scratch, 'sheet');
    const picked = join(scratch, 'picked');
    const out = join(scratch, 'out');
    await mkdir(join(sheetDir, 'fotos'), { recursive: true });
    await mkdir(picked);
    await mkdir(out);
    await writeFile(join(sheetDir, 'fotos', 'ana.png'), solidPng(600, 800, RED));
    await writeFile(join(picked, 'bo.png'), solidPng(600, 800, BLUE));
    // A Spanish-locale spreadsheet: semicolons, Spanish labels for two columns, a language column.
    const csv = [
      'Name;Cita_en;Cita_es;Role;Portrait;idioma',
      'Ana García;Raise the wage;Sube el salario;Nurse;fotos/ana.png;en',
      'Bo Chen;Fund our schools;Financien nuestras escuelas;Teacher;bo.png;es',
      `Di Okafor;${LONG};;Nurse;fotos/ana.png;en`,
      'Cy;Missing photo;;Driver;fotos/gone.png;en',
    ].join('\n');
    await writeFile(join(sheetDir, 'endorsers.csv'), csv);

    await openTemplate(page, TEMPLATE);
    await openBulk(page);
    dialogs.nextSpreadsheet(join(sheetDir, 'endorsers.csv'));
    await page.getByTestId('bulk-open').click();
    await expect.poll(() => page.getByTestId('bulk-source').textContent()).toBe('endorsers.csv · 4 rows');
    // Columns were mapped by label (Spanish "Cita" too, per language) and the language column found.
    const targets = await page.locator('[data-testid^="bulk-target-"]').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
    expect(targets).toEqual(['text:*:who', 'text:en:quote', 'text:es:quote', 'text:*:role', 'photo:photo', 'language']);

    // Bo's photo is not beside the sheet: the card says so until the photo folder is chosen.
    const issuesOf = (row: number) => page.getByTestId(`bulk-card-issues-${row}`).textContent();
    await expect.poll(() => issuesOf(2), { timeout: 20_000 }).toBe('“Portrait”: “bo.png” was not found in the photo folder or beside the spreadsheet');
    expect(await cardState(page, 2)).toBe('blocked');
    await expect.poll(() => issuesOf(4)).toContain("“fotos/gone.png” was not found");
    await expect.poll(() => issuesOf(3)).toMatch(/“Cita_en” has 1\d\d characters; the limit is 100/);
    expect(await cardState(page, 3)).toBe('blocked');
    expect(await page.getByTestId('bulk-row-3').getAttribute('data-state')).toBe('blocked');
    dialogs.nextPhotoFolder(picked);
    await page.getByTestId('bulk-choose-photos').click();
    await expect.poll(() => cardState(page, 2), { timeout: 20_000 }).not.toBe('blocked');
    await expect.poll(() => cardState(page, 1)).not.toBe('blocked');
    await snap(page, 'bulk-sheet-problems');

    // Fix the long quote in place: the card redraws and its mark goes.
    await page.getByTestId('bulk-card-3').click();
    await page.getByTestId('bulk-cell-3-1').fill(FIXED);
    await expect.poll(() => cardState(page, 3), { timeout: 20_000 }).not.toBe('blocked');
    // Cy stays out: its photo is nowhere.
    await page.getByTestId('bulk-remove-4').click();
    await expect.poll(() => page.getByTestId('bulk-source').textContent()).toBe('endorsers.csv · 3 rows');
    await snap(page, 'bulk-sheet-fixed');

    await page.getByTestId('bulk-next').click();
    for (const id of await page.locator('[data-testid^="preset-"]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))) await page.getByTestId(id).uncheck();
    await page.getByTestId('preset-x-post').check();
    await page.getByTestId('preset-instagram-portrait').check();
    await page.getByTestId('export-pattern').fill('{Name}-{preset}');
    expect(await page.getByTestId('export-example').textContent()).toContain('Ana García-x-post-1.png');
    expect(await page.getByTestId('bulk-export-plan').textContent()).toBe('3 rows make 6 images.');
    dialogs.nextFolder(out);
    await page.getByTestId('export-choose-folder').click();
    await snap(page, 'bulk-export-setup');
    await page.getByTestId('bulk-start').click();
    await page.getByTestId('bulk-summary').waitFor({ timeout: 120_000 });
    await snap(page, 'bulk-summary');
    expect(await page.getByTestId('bulk-summary-head').textContent()).toContain('6 images from 3 rows');

    const files = (await readdir(out)).sort();
    expect(files).toEqual([
      'Ana García-instagram-portrait-1.png',
      'Ana García-instagram-portrait-1.txt',
      'Ana García-x-post-1.png',
      'Ana García-x-post-1.txt',
      'Bo Chen-instagram-portrait-2.png',
      'Bo Chen-instagram-portrait-2.txt',
      'Bo Chen-x-post-2.png',
      'Bo Chen-x-post-2.txt',
      'Di Okafor-instagram-portrait-3.png',
      'Di Okafor-instagram-portrait-3.txt',
      'Di Okafor-x-post-3.png',
      'Di Okafor-x-post-3.txt',
    ]);
    const sizes: Record<string, [number, number]> = { 'x-post': [1600, 900], 'instagram-portrait': [1080, 1350] };
    const photoShare = (png: PNG, color: typeof RED) => {
      let n = 0;
      for (let i = 0; i < png.data.length; i += 4) if (Math.abs(png.data[i]! - color.r) + Math.abs(png.data[i + 1]! - color.g) + Math.abs(png.data[i + 2]! - color.b) < 40) n++;
      return n / (png.width * png.height);
    };
    for (const f of files.filter((x) => x.endsWith('.png'))) {
      const png = readPng(join(out, f));
      const preset = Object.keys(sizes).find((k) => f.includes(k))!;
      expect([png.width, png.height], f).toEqual(sizes[preset]);
      // Each row shows its own photo: Ana and Di the red one beside the sheet, Bo the blue one picked.
      const color = f.startsWith('Bo') ? BLUE : RED;
      expect(photoShare(png, color), f).toBeGreaterThan(0.1);
      // The template's own brand red is on every card: only a photo covers a tenth of it.
      expect(photoShare(png, color === RED ? BLUE : RED), f).toBeLessThan(0.05);
    }
    // Kept beside the screenshots, to be looked at.
    await mkdir(join(REPO_ROOT, 'test-results', 'screenshots'), { recursive: true });
    for (const f of ['Bo Chen-x-post-2.png', 'Di Okafor-instagram-portrait-3.png']) await copyFile(join(out, f), join(REPO_ROOT, 'test-results', 'screenshots', `bulk-export-${f.replace(/\s+/g, '-')}`));
    // Words and alt text in each row's language, from the template's alt-text pattern.
    expect(ocrWords(join(out, 'Bo Chen-x-post-2.png'), 'es')).toContain(foldWords('nuestras escuelas'));
    expect(ocrWords(join(out, 'Ana García-x-post-1.png'), 'en')).toContain(foldWords('Raise the wage'));
    const alt = (name: string) => readFile(join(out, name), 'utf8');
    expect(await alt('Bo Chen-x-post-2.txt')).toContain('Financien nuestras escuelas');
    expect(await alt('Bo Chen-x-post-2.txt')).toContain('Bo Chen');
    expect(await alt('Ana García-x-post-1.txt')).toContain('Raise the wage');
    expect(await alt('Di Okafor-x-post-3.txt')).toContain(FIXED.slice(0, 30));

    // The same rows through the CLI: the long caption re-fitted the same way, the same pixels.
    const cliDir = join(scratch, 'cli');
    await mkdir(join(cliDir, 'fotos'), { recursive: true });
    await writeFile(join(cliDir, 'fotos', 'ana.png'), solidPng(600, 800, RED));
    await writeFile(join(cliDir, 'rows.csv'), ['Name;Cita_en;Role;Portrait', `Di Okafor;${FIXED};Nurse;fotos/ana.png`].join('\n'));
    execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli', 'placard.cjs'), 'batch', join(REPO_ROOT, 'templates', `${TEMPLATE}.json`), '--csv', join(cliDir, 'rows.csv'), '--preset', 'x-post', '--out', join(cliDir, 'out'), '--name', '{Name}-{preset}-{row}'], { stdio: 'pipe' });
    const fromCli = readPng(join(cliDir, 'out', 'Di Okafor-x-post-1.png'));
    const fromApp = readPng(join(out, 'Di Okafor-x-post-3.png'));
    expect([fromCli.width, fromCli.height]).toEqual([fromApp.width, fromApp.height]);
    let differing = 0;
    for (let i = 0; i < fromApp.data.length; i += 4) {
      const d = Math.max(Math.abs(fromApp.data[i]! - fromCli.data[i]!), Math.abs(fromApp.data[i + 1]! - fromCli.data[i + 1]!), Math.abs(fromApp.data[i + 2]! - fromCli.data[i + 2]!));
      if (d > 48) differing++;
    }
    // Anti-aliasing differs between Chromium and the Node canvas; a wrapped or resized line would move thousands of pixels.
    expect(differing / (fromApp.width * fromApp.height)).toBeLessThan(0.003);

    // The sheet and its mapping were saved with the design: reopening shows the fixed rows.
    await page.getByTestId('bulk-done').click();
    const saved = await page.evaluate(() => (window as unknown as { __placardDesign?: () => unknown }).__placardDesign?.());
    void saved;
    await openBulk(page);
    expect(await page.getByTestId('bulk-source').textContent()).toBe('endorsers.csv · 3 rows');
    expect(await page.getByTestId('bulk-cell-3-1').inputValue()).toBe(FIXED);
    await page.getByTestId('bulk-close').click();
  });

  it('takes rows pasted from a spreadsheet into the table, names a broken file in Spanish without losing the rows, and exports them', async () => {
    const { page, dialogs } = app;
    await page.getByTestId('language-select').selectOption('es');
    await openTemplate(page, 'hashtag-fair-wages');
    await openBulk(page);
    // A new sheet starts with a column per field, named in the UI language, and empty rows to type in.
    const names = await page.locator('[data-testid^="bulk-colname-"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(names).toEqual(['Antetítulo', 'Hashtag', 'Detalles', 'Organización']);
    expect(await page.getByTestId('bulk-source').textContent()).toBe('Escrito aquí · 0 filas');
    expect(await page.locator('.bulk-empty').textContent()).toContain('Aún no hay filas');
    // Cells copied from a spreadsheet: tab-separated lines, one with a quoted line break.
    const block = ['HOY\t#SalarioJusto\tVen a la asamblea\tLocal 7', 'MAÑANA\t#Huelga\t"Dos\nlíneas"\tLocal 7', 'LUNES\t\tSin hashtag\tLocal 7', 'MARTES\t#Unidos\tÚltima fila\tLocal 7'].join('\n');
    await pasteCells(page, block);
    await expect.poll(() => page.getByTestId('bulk-source').textContent()).toBe('Escrito aquí · 4 filas');
    expect(await page.getByTestId('bulk-cell-2-2').inputValue()).toBe('Dos\nlíneas');
    expect(await page.getByTestId('bulk-cell-4-1').inputValue()).toBe('#Unidos');
    await expect.poll(() => page.getByTestId('bulk-card-issues-3').textContent(), { timeout: 20_000 }).toBe('«Hashtag» es obligatorio y está vacío (ES)');
    // Typing fixes it.
    await page.getByTestId('bulk-cell-3-1').fill('#Lunes');
    await expect.poll(() => cardState(page, 3), { timeout: 20_000 }).toBe('ok');

    // A broken spreadsheet is named where the user looks; the typed rows stay.
    await writeFile(join(scratch, 'roto.csv'), 'Hashtag;Detalles\n"#Abierto;sin cerrar\n');
    dialogs.nextSpreadsheet(join(scratch, 'roto.csv'));
    await page.getByTestId('bulk-open').click();
    await expect.poll(() => page.getByTestId('bulk-problem').textContent()).toBe('«roto.csv»: unas comillas abiertas en la línea 2 nunca se cierran.');
    expect(await page.getByTestId('bulk-source').textContent()).toBe('Escrito aquí · 4 filas');
    // A file that is not text at all.
    await writeFile(join(scratch, 'foto.csv'), solidPng(4, 4, RED));
    dialogs.nextSpreadsheet(join(scratch, 'foto.csv'));
    await page.getByTestId('bulk-open').click();
    await expect.poll(() => page.getByTestId('bulk-problem').textContent()).toContain('«foto.csv» no es texto que Placard pueda leer');
    await snap(page, 'bulk-sheet-es');

    const out = join(scratch, 'out-es');
    await mkdir(out);
    await page.getByTestId('bulk-next').click();
    for (const id of await page.locator('[data-testid^="preset-"]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))) await page.getByTestId(id).uncheck();
    await page.getByTestId('preset-instagram-square').check();
    await page.getByTestId('export-pattern').fill('{Hashtag}');
    dialogs.nextFolder(out);
    await page.getByTestId('export-choose-folder').click();
    await page.getByTestId('bulk-start').click();
    await page.getByTestId('bulk-summary').waitFor({ timeout: 120_000 });
    expect((await readdir(out)).filter((f) => f.endsWith('.png')).sort()).toEqual(['#Huelga-2.png', '#Lunes-3.png', '#SalarioJusto-1.png', '#Unidos-4.png']);
    for (const f of await readdir(out)) if (f.endsWith('.png')) expect([readPng(join(out, f)).width, readPng(join(out, f)).height]).toEqual([1080, 1080]);
    expect(ocrWords(join(out, '#Lunes-3.png'), 'es')).toContain('lunes');

    // A workbook: its first sheet, then the one chosen; a formula cell is refused, named.
    const book = (second: string) =>
      zipSync({
        'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="Notas" r:id="rId1"/><sheet name="Datos" r:id="rId2"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>'),
        'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData><row r="1">${cell('A1', 'Apuntes')}</row><row r="2">${cell('A2', 'nada')}</row></sheetData></worksheet>`),
        'xl/worksheets/sheet2.xml': strToU8(`<worksheet><sheetData>${second}</sheetData></worksheet>`),
      });
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    await page.getByTestId('bulk-again').click();
    await writeFile(join(scratch, 'libro.xlsx'), book(`<row r="1">${cell('A1', 'Hashtag')}${cell('B1', 'Detalles')}</row><row r="2">${cell('A2', '#DelLibro')}${cell('B2', 'Fila de un libro')}</row>`));
    dialogs.nextSpreadsheet(join(scratch, 'libro.xlsx'));
    await page.getByTestId('bulk-open').click();
    await expect.poll(() => page.getByTestId('bulk-unmatched').textContent()).toContain('Apuntes');
    await page.getByTestId('bulk-sheet').selectOption('Datos');
    await expect.poll(() => page.getByTestId('bulk-source').textContent()).toBe('libro.xlsx · 1 filas');
    expect(await page.getByTestId('bulk-cell-1-0').inputValue()).toBe('#DelLibro');
    expect(await page.getByTestId('bulk-target-0').inputValue()).toBe('text:*:hashtag');
    await writeFile(join(scratch, 'formula.xlsx'), book(`<row r="1">${cell('A1', 'Hashtag')}</row><row r="2"><c r="A2"><f>CONCAT("a","b")</f><v>ab</v></c></row>`));
    dialogs.nextSpreadsheet(join(scratch, 'formula.xlsx'));
    await page.getByTestId('bulk-open').click();
    await expect.poll(() => page.getByTestId('bulk-problem').textContent()).toBe('«formula.xlsx»: La celda de la fila 2, columna A tiene una fórmula: pega sus valores.');
    expect(await page.getByTestId('bulk-cell-1-0').inputValue()).toBe('#DelLibro');
    await page.getByTestId('bulk-close').click();
    await page.getByTestId('language-select').selectOption('en');
  });

  it('makes a print PDF per row: personalised door hangers, each with its own words and its die line', async () => {
    const { page, dialogs } = app;
    await openTemplate(page, 'print-door-hanger');
    await openBulk(page);
    const block = ['Sorry we missed you, Ana!\tWe are your neighbors on Elm St.\thttps://example.org/elm\tScan to join', 'Sorry we missed you, Bo!\tWe are your neighbors on Oak Ave.\thttps://example.org/oak\tScan to join'].join('\n');
    await pasteCells(page, block);
    await expect.poll(() => page.getByTestId('bulk-source').textContent()).toContain('2 rows');
    await expect.poll(() => cardState(page, 2), { timeout: 20_000 }).toBe('ok');
    await page.getByTestId('bulk-next').click();
    await page.getByTestId('format-pdf').click();
    for (const id of await page.locator('[data-testid^="preset-"]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))) await page.getByTestId(id).uncheck();
    // No print size yet: the footer says why Start waits.
    await page.getByTestId('preset-instagram-square').check();
    await expect.poll(() => page.getByTestId('bulk-pdf-needs-print').count()).toBe(1);
    await page.getByTestId('preset-instagram-square').uncheck();
    await page.getByTestId('preset-print-door-hanger').check();
    await expect.poll(() => page.getByTestId('bulk-pdf-needs-print').count()).toBe(0);
    await expect.poll(() => page.getByTestId('bulk-export-plan').textContent()).toBe('2 rows make 2 PDFs, one per row.');
    expect(await page.getByTestId('bulk-start').textContent()).toBe('Export 2 PDFs');
    expect(await page.getByTestId('export-print-die-line').textContent()).toContain('Door hanger');
    await page.getByTestId('print-dpi-150').click();
    // The reading distance only tunes the print checks, which bulk does not show.
    expect(await page.getByTestId('print-distance').count()).toBe(0);
    await snap(page, 'bulk-pdf-en');
    const out = join(scratch, 'hangers');
    await mkdir(out);
    dialogs.nextFolder(out);
    await page.getByTestId('export-choose-folder').click();
    await page.getByTestId('bulk-start').click();
    await page.getByTestId('bulk-summary').waitFor({ timeout: 120_000 });
    const pdfs = (await readdir(out)).filter((f) => f.endsWith('.pdf')).sort();
    expect(pdfs).toHaveLength(2);
    const words = pdfs.map((f) => {
      expect(execFileSync('pdfinfo', [join(out, f)], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
      // The headline is set in capitals; compare case-blind.
      return execFileSync('pdftotext', [join(out, f), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').toLowerCase();
    });
    const ana = words.find((w) => w.includes('ana!'));
    const bo = words.find((w) => w.includes('bo!'));
    expect(ana, words.join(' | ')).toContain('elm st.');
    expect(ana).not.toContain('oak ave.');
    expect(bo, words.join(' | ')).toContain('oak ave.');
    // Each row's QR code scans to its own link.
    for (const [f, link] of pdfs.map((f, i) => [f, words[i]!.includes('ana!') ? 'https://example.org/elm' : 'https://example.org/oak'] as const)) {
      execFileSync('pdftoppm', ['-r', '150', '-singlefile', '-png', join(out, f), join(out, `${f}-page`)]);
      expect(execFileSync('zbarimg', ['--quiet', '--raw', join(out, `${f}-page.png`)], { encoding: 'utf8' }).trim()).toBe(link);
      // The hole's die line: the right end of the 2 in circle (150 dpi; trim 1/2 in in, for the marks).
      const png = readPng(join(out, `${f}-page.png`));
      const k = 150 / 72;
      const [x, y] = [Math.round((36 + 153 + 72) * k), Math.round((36 + 108) * k)];
      const pink = [-3, -2, -1, 0, 1, 2, 3].some((d) => {
        const i = (y * png.width + x + d) * 4;
        return png.data[i]! > 200 && png.data[i + 2]! > 100 && png.data[i + 1]! < png.data[i]! - 50;
      });
      expect(pink, `die line in ${f}`).toBe(true);
    }
    await page.getByTestId('bulk-done').click();
    await page.getByTestId('bulk-dialog').waitFor({ state: 'detached' });
  });
});
