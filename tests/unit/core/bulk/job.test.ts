// Bulk create's shared core: the user's own mapping, kit columns, row file names, the fit checks
// of the preview grid, reading sheets and pasted cells, the saved data's limits, and the export
// of every row through the one export job (drawn by the Node encoder and decoded here).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createNodeEncoder } from '../../../../cli/export-node';
import { bundledFaceBytes, createNodeMeasurer, printLabelFont, registerBundledFonts } from '../../../../cli/fonts-node';
import { printText } from '../../../../core/print';
import { createTranslator } from '../../../../electron/services/translate';
import { DEFAULT_BRAND_KIT, createBrandKit, paletteOf, resolveFontFamily } from '../../../../core/brand';
import { makeColorResolver } from '../../../../core/scene';
import {
  bulkPattern,
  bulkRow,
  CsvError,
  mapColumns,
  mappingFromTargets,
  parsePastedCells,
  readSheetFile,
  rowFitIssues,
  runBulkJob,
  type BulkJob,
} from '../../../../core/bulk';
import { adaptToPreset, fileNameFor, type SinkFile } from '../../../../core/export';
import { bulkDataSchema, createDesign, createTextElement, designSchema, textFor, type Design } from '../../../../core/model';
import { getPreset } from '../../../../core/presets';
import { zipSync, strToU8 } from 'fflate';

function card(): Design {
  const d = createDesign({ width: 1080, height: 1080 });
  d.name = 'Endorsement';
  d.altPattern = { en: 'Card: {quote}', es: 'Tarjeta: {quote}' };
  d.altText = { en: 'the sample card', es: 'la tarjeta de muestra' };
  d.elements.push(
    createTextElement({ id: 'who', name: 'Name', x: 90, y: 90, width: 900, height: 160, fontSize: 120, fit: 'shrink', text: 'Sample', slot: { kind: 'text', label: { en: 'Name', es: 'Nombre' }, hint: {}, required: true } }),
    createTextElement({ id: 'quote', name: 'Quote', x: 90, y: 400, width: 900, height: 300, fontSize: 90, fit: 'shrink', text: 'Quote', variants: { en: 'Quote', es: 'Cita' }, slot: { kind: 'text', label: { en: 'Quote', es: 'Cita' }, hint: {}, maxChars: 200 } }),
  );
  return d;
}

describe('the mapping the user chose', () => {
  it('keeps valid targets, drops ones naming a missing layer or the wrong kind, and reports what is left', () => {
    const d = card();
    const m = mappingFromTargets(d, ['A', 'B', 'C', 'D', 'E'], [{ kind: 'text', elementId: 'quote', language: 'es' }, { kind: 'text', elementId: 'gone', language: null }, { kind: 'photo', elementId: 'who' }, { kind: 'kit' }, null]);
    expect(m.columns.map((c) => c.target)).toEqual([{ kind: 'text', elementId: 'quote', language: 'es' }, null, null, { kind: 'kit' }, null]);
    expect(m.unmatched).toEqual(['B', 'C', 'E']);
    expect(m.unfilled).toEqual(['who']);
  });

  it('maps a kit column by name in either language, and re-themes the row with the kit it names', () => {
    const d = card();
    const m = mapColumns(d, ['name', 'marca']);
    expect(m.columns[1]!.target).toEqual({ kind: 'kit' });
    const local = { ...createBrandKit('Local 99'), id: 'local-99' };
    const kit = (v: string) => (v.toLowerCase() === 'local 99' ? local : null);
    const row = bulkRow({ design: d, table: { header: ['name', 'marca'], rows: [['Ana', 'Local 99'], ['Bo', 'Nope']] }, mapping: m, photos: new Map(), fill: { kit } }, 0);
    expect(row.problems).toEqual([]);
    expect(row.design.brandKitId).toBe('local-99');
    const bad = bulkRow({ design: d, table: { header: ['name', 'marca'], rows: [['Ana', 'Local 99'], ['Bo', 'Nope']] }, mapping: m, photos: new Map(), fill: { kit } }, 1);
    expect(bad.problems).toEqual([{ code: 'bulk.kit-unknown', row: 2, column: 'marca', value: 'Nope' }]);
  });

  it("writes each row's alt text from the template's pattern, not the one design's alt text", () => {
    const d = card();
    const m = mapColumns(d, ['Name', 'Quote_en', 'Cita_es']);
    const row = bulkRow({ design: d, table: { header: ['Name', 'Quote_en', 'Cita_es'], rows: [['Ana', 'Raise the wage', 'Sube el salario']] }, mapping: m, photos: new Map() }, 0);
    expect(row.design.altText).toEqual({});
    expect(textFor(row.design.elements[1] as never, 'es')).toBe('Sube el salario');
  });
});

describe('file names with row tokens', () => {
  it('fills {row} and column tokens (a column wins over the built-in of the same name); unknown tokens stay', () => {
    const preset = getPreset('instagram-square')!;
    const name = fileNameFor('{name}-{row}-{First name}-{preset}-{nope}', { design: { name: 'Card' }, preset, lang: 'en', index: 3, ext: 'png', row: 12, cells: { name: 'Ana García', first_name: 'Ana/B' } });
    expect(name).toBe('Ana García-12-Ana-B-instagram-square-{nope}.png');
    expect(fileNameFor('{name}-{preset}', { design: { name: 'Card' }, preset, lang: 'en', index: 1, ext: 'png' })).toBe('Card-instagram-square.png');
  });
  it('always names the row, so rows never overwrite each other', () => {
    expect(bulkPattern('{name}-{preset}')).toBe('{name}-{preset}-{row}');
    expect(bulkPattern('{ROW}-{name}')).toBe('{ROW}-{name}');
    expect(bulkPattern('  ')).toBe('{name}-{row}-{preset}');
  });
});

describe('reading sheets', () => {
  it('reads semicolon CSV in Windows-1252 and a workbook, and names a broken file', () => {
    const cp = Uint8Array.from([...'nombre;cita\nAña;Sí\n'].map((c) => c.charCodeAt(0)));
    expect(readSheetFile(cp, 'datos.csv')).toEqual({ table: { header: ['nombre', 'cita'], rows: [['Aña', 'Sí']] }, sheets: [], sheet: null });
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Cards" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Ana</t></is></c></row></sheetData></worksheet>'),
    });
    expect(readSheetFile(xlsx, 'data.xlsx')).toEqual({ table: { header: ['name'], rows: [['Ana']] }, sheets: ['Cards'], sheet: 'Cards' });
    expect(() => readSheetFile(new TextEncoder().encode('a,b\n1\n'), 'x.csv')).toThrow(CsvError);
  });

  it('reads cells pasted from a spreadsheet: tabs, quoted line breaks; plain text is one cell', () => {
    expect(parsePastedCells('Ana\tYes\r\nBo\t"two\nlines"\r\n')).toEqual([
      ['Ana', 'Yes'],
      ['Bo', 'two\nlines'],
    ]);
    expect(parsePastedCells('just words')).toEqual([['just words']]);
  });
});

describe('saved bulk data', () => {
  it('rides in a design and is bounded like the rest of a document', () => {
    const d = { ...card(), bulk: { source: 'data.csv', header: ['Name'], rows: [['Ana']], targets: [{ kind: 'text', elementId: 'who', language: null }] } };
    expect(designSchema.parse(JSON.parse(JSON.stringify(d))).bulk).toEqual(d.bulk);
    expect(bulkDataSchema.safeParse({ header: ['a'], rows: Array.from({ length: 1001 }, () => ['x']), targets: [null] }).success).toBe(false);
    expect(bulkDataSchema.safeParse({ header: ['a'], rows: [['x']], targets: [{ kind: 'photo' }] }).success).toBe(false);
  });
});

describe('rows at one size', () => {
  registerBundledFonts();
  const ctx = { measure: createNodeMeasurer(), fontFamily: (f: string) => resolveFontFamily(f, DEFAULT_BRAND_KIT) };
  it('marks text that shrank far below the template, and text that cannot fit at all', () => {
    const d = card();
    // At the template's own size the box keeps its height: the words must shrink into it.
    const preset = getPreset('instagram-square')!;
    const m = mapColumns(d, ['Name', 'Quote']);
    const table = { header: ['Name', 'Quote'], rows: [['Ana', 'Short'], ['Ana', 'A much longer quote that has to shrink a great deal to fit its box on the card: it goes on about wages, rent, childcare, the bus that never comes and the boss who never listens'], ['Ana', 'word '.repeat(1900).trim()]] };
    const template = adaptToPreset(d, preset, ctx);
    const issues = [0, 1, 2].map((i) => rowFitIssues(template, adaptToPreset(bulkRow({ design: d, table, mapping: m, photos: new Map() }, i).design, preset, ctx), ctx, 'en'));
    expect(issues[0]).toEqual([]);
    expect(issues[1]).toEqual([{ code: 'bulk.text-shrunk', elementId: 'quote', percent: expect.any(Number) }]);
    expect((issues[1]![0] as { percent: number }).percent).toBeLessThan(60);
    expect(issues[2]).toEqual([{ code: 'bulk.text-overflow', elementId: 'quote' }]);
  });
});

describe('exporting every row', () => {
  registerBundledFonts();
  const encoder = createNodeEncoder({ color: makeColorResolver(paletteOf(DEFAULT_BRAND_KIT)), fontFamily: (f) => resolveFontFamily(f, DEFAULT_BRAND_KIT) });
  const job = (over: Partial<BulkJob> = {}): BulkJob => {
    const design = card();
    const table = { header: ['Name', 'Quote', 'lang'], rows: [['Ana', 'Raise the wage', 'en'], ['', '', ''], ['', 'No name here', 'en'], ['Bo', 'Sube el salario', 'es']] };
    return { design, table, mapping: mapColumns(design, table.header), photos: new Map(), presets: [getPreset('x-post')!, getPreset('instagram-square')!], languages: 'row', format: 'png', quality: 0.92, scale: 1, pattern: '{name}-{preset}', ...over };
  };

  it("makes every good row at every size in the row's language, skips a bad row with its reason, and names files by row", async () => {
    const written: SinkFile[] = [];
    const progress: number[] = [];
    const summary = await runBulkJob(job(), {
      encoder,
      sink: { write: async (f) => (written.push(f), { status: 'written' }) },
      signal: { aborted: false },
      onProgress: (p) => progress.push(p.done / Math.max(1, p.total)),
    });
    expect(summary.cancelled).toBe(false);
    // The blank line is not a row; row 3 lacks its required name.
    expect(summary.rows.map((r) => [r.row, r.files.length, r.problems.map((p) => p.code)])).toEqual([
      [1, 2, []],
      [3, 0, ['bulk.required-empty']],
      [4, 2, []],
    ]);
    expect(written.map((f) => f.fileName)).toEqual(['Ana-x-post-1.png', 'Ana-instagram-square-1.png', 'Bo-x-post-4.png', 'Bo-instagram-square-4.png']);
    expect(written.map((f) => f.lang)).toEqual(['en', 'en', 'es', 'es']);
    for (const f of written) {
      const png = PNG.sync.read(Buffer.from(f.result.bytes));
      expect([png.width, png.height]).toEqual([f.preset.width, f.preset.height]);
    }
    expect(written[2]!.altText?.text).toBe('Tarjeta: Sube el salario\n');
    expect(progress.at(-1)).toBe(1);
  });

  it("skips a row whose alt text is longer than a chosen platform accepts, naming the language and the limit", async () => {
    const written: SinkFile[] = [];
    const long = job();
    long.design.altPattern = { en: '{quote} {quote} {quote} {quote} {quote} {quote} {quote} {quote} {quote} {quote} {quote}', es: '{quote}' };
    long.table = { header: ['Name', 'Quote', 'lang'], rows: [['Ana', 'x'.repeat(95), 'en'], ['Bo', 'Corto', 'es']] };
    long.mapping = mapColumns(long.design, long.table.header);
    // X takes 1,000 characters of alt text.
    const summary = await runBulkJob({ ...long, presets: [getPreset('x-post')!] }, { encoder, sink: { write: async (f) => (written.push(f), { status: 'written' }) }, signal: { aborted: false } });
    expect(summary.rows[0]!.problems).toEqual([{ code: 'bulk.alt-too-long', row: 1, column: null, language: 'en', length: 1055, max: 1000, presetId: 'x-post' }]);
    expect(written.map((f) => f.fileName)).toEqual(['Bo-x-post-2.png']);
  });

  it('makes one print PDF per row, each holding its own words', async () => {
    const written: SinkFile[] = [];
    const pdf = { font: printLabelFont(), locale: 'en', fonts: bundledFaceBytes, text: printText(createTranslator('en'), { dpi: 150, unit: 'in', locale: 'en', presetLabel: (item) => item.preset.id }) };
    const summary = await runBulkJob(job({ presets: [getPreset('print-door-hanger')!], languages: ['en'], format: 'pdf', print: { dpi: 150, bleed: true, marks: true, tile: null } }), {
      encoder,
      sink: { write: async (f) => (written.push(f), { status: 'written' }) },
      signal: { aborted: false },
      pdf,
    });
    expect(summary.rows.map((r) => [r.row, r.files.length, r.problems.map((p) => p.code)])).toEqual([
      [1, 1, []],
      [3, 0, ['bulk.required-empty']],
      [4, 1, []],
    ]);
    expect(written.map((f) => f.fileName)).toEqual(['Ana-print-door-hanger-1.pdf', 'Bo-print-door-hanger-4.pdf']);
    const dir = mkdtempSync(join(tmpdir(), 'placard-bulk-pdf-'));
    const words = written.map((f, i) => {
      const file = join(dir, `${i}.pdf`);
      writeFileSync(file, f.result.bytes);
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    });
    expect(words[0]).toContain('Ana');
    expect(words[0]).toContain('Raise the wage');
    expect(words[0]).not.toContain('Bo');
    expect(words[1]).toContain('Bo');
    expect(words[1]).not.toContain('Ana');
  });

  it("draws the next row's images while a row's are still being made, and still writes row by row", async () => {
    const events: string[] = [];
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const held: typeof encoder = {
      ...encoder,
      render: (design, ...rest) => (events.push(`draw ${design.language}`), encoder.render(design, ...rest)),
      encode: async (canvas, mime, quality) => {
        if (events.filter((e) => e.startsWith('draw')).length === 1) await firstHeld;
        return encoder.encode(canvas, mime, quality);
      },
    };
    const running = runBulkJob(job({ presets: [getPreset('x-post')!] }), {
      encoder: held,
      sink: { write: async (f) => (events.push(`write ${f.fileName}`), { status: 'written' }) },
      signal: { aborted: false },
    });
    // Row 1 (English) is still encoding, and row 4 (Spanish) is drawn meanwhile.
    await expect.poll(() => events).toEqual(['draw en', 'draw es']);
    releaseFirst();
    const summary = await running;
    expect(events).toEqual(['draw en', 'draw es', 'write Ana-x-post-1.png', 'write Bo-x-post-4.png']);
    expect(summary.rows.map((r) => [r.row, r.files.map((f) => f.fileName)])).toEqual([
      [1, ['Ana-x-post-1.png']],
      [3, []],
      [4, ['Bo-x-post-4.png']],
    ]);
  });

  it('stops between images on Cancel, keeping what is done', async () => {
    const signal = { aborted: false };
    const summary = await runBulkJob(job(), {
      encoder,
      sink: {
        write: async () => {
          signal.aborted = true;
          return { status: 'written' };
        },
      },
      signal,
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.rows.flatMap((r) => r.files)).toHaveLength(1);
    // The rows reached: the one whose image was written, not the problem row or the row after it.
    expect(summary.rows.map((r) => r.row)).toEqual([1]);
  });
});
