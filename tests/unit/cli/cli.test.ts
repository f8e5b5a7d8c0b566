// The `placard` command line: argument errors, CSV parsing, rendering to real files in a temp folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { strToU8, zipSync } from 'fflate';
import { main } from '../../../cli/placard';
import { parseArgs, UsageError } from '../../../cli/args';
import { parseCsv, CsvError } from '../../../core/bulk';
import { createDesign, createShapeElement, createTextElement } from '../../../core/model';
import { writeDocumentBundle } from '../../../core/bundle/document';
import { readPack } from '../../../core/bundle';
import { DEFAULT_BRAND_KIT } from '../../../core/brand';
import { writeHostileCorpus } from '../../helpers/hostile-corpus';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('argument parser', () => {
  const spec = { preset: { kind: 'list' as const }, out: { kind: 'value' as const }, all: { kind: 'flag' as const } };
  it('reads values, repeated lists and flags', () => {
    const a = parseArgs(['in.json', '--preset', 'x-post,x-card', '--preset=bluesky-post', '--out', 'dir', '--all'], spec);
    expect(a.positionals).toEqual(['in.json']);
    expect(a.lists.get('preset')).toEqual(['x-post', 'x-card', 'bluesky-post']);
    expect(a.values.get('out')).toBe('dir');
    expect(a.flags.has('all')).toBe(true);
  });
  it('refuses unknown options, missing values and repeated single values', () => {
    expect(() => parseArgs(['--nope'], spec)).toThrow(UsageError);
    expect(() => parseArgs(['--out'], spec)).toThrow(/missingValue/);
    expect(() => parseArgs(['--out', '--all'], spec)).toThrow(/missingValue/);
    expect(() => parseArgs(['--out', 'a', '--out', 'b'], spec)).toThrow(/repeatedOption/);
    expect(() => parseArgs(['--all=yes'], spec)).toThrow(/flagTakesNoValue/);
  });
});

describe('CSV parser', () => {
  it('handles quotes, doubled quotes, commas and newlines inside fields, CRLF and a BOM', () => {
    const { header, rows } = parseCsv('\uFEFFheadline,body\r\n"Hello, world","She said ""vote""\nnow"\r\nSecond,row\n');
    expect(header).toEqual(['headline', 'body']);
    expect(rows).toEqual([
      { headline: 'Hello, world', body: 'She said "vote"\nnow' },
      { headline: 'Second', body: 'row' },
    ]);
  });
  it('reads semicolon-separated files (Spanish-locale spreadsheets) and tab-separated ones', () => {
    expect(parseCsv('nombre;cita\nAna;"Sí, se puede"\n').rows).toEqual([{ nombre: 'Ana', cita: 'Sí, se puede' }]);
    expect(parseCsv('name\tquote\nAna\tYes we can\n').rows).toEqual([{ name: 'Ana', quote: 'Yes we can' }]);
  });
  it('names the problem in broken CSV', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(CsvError);
    expect(() => parseCsv('a,a\n1,2\n')).toThrow(/csvDuplicateColumn/);
    expect(() => parseCsv('a\n"open\n')).toThrow(/csvUnclosedQuote/);
    expect(() => parseCsv('')).toThrow(/csvEmpty/);
  });
});

describe('placard command', () => {
  let dir: string;
  let designFile: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'placard-cli-'));
    const design = createDesign({ width: 400, height: 200, name: 'Card' });
    design.background.color = '#ffffff';
    design.elements.push(createShapeElement({ x: 0, y: 0, width: 100, height: 200, shape: 'rect', fill: '#00ff00' }));
    design.elements.push(createTextElement({ name: 'headline', x: 120, y: 40, width: 260, height: 120, text: 'HELLO', fontSize: 60, fill: '#000000' }));
    designFile = join(dir, 'card.json');
    writeFileSync(designFile, JSON.stringify(design));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints usage and exits 2 without a command', async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.out).toContain('placard <command>');
  });

  it('renders a design at its own size when no preset is given', async () => {
    const out = join(dir, 'own');
    const r = await run('render', designFile, '--out', out);
    expect(r.code, r.err).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    const png = PNG.sync.read(readFileSync(join(out, files[0]!)));
    expect([png.width, png.height]).toEqual([400, 200]);
    // The green bar is drawn at the left, the background is white on the right edge.
    expect([...png.data.subarray((100 * 400 + 50) * 4, (100 * 400 + 50) * 4 + 3)]).toEqual([0, 255, 0]);
    expect([...png.data.subarray((5 * 400 + 395) * 4, (5 * 400 + 395) * 4 + 3)]).toEqual([255, 255, 255]);
  });

  it('names a template\'s files after the template in the interface\'s language, as the app does', async () => {
    const template = join(process.cwd(), 'templates', 'event-rally-cover.json');
    const out = join(dir, 'named');
    let r = await run('render', template, '--preset', 'x-post', '--out', out, '--ui-lang=es');
    expect(r.code, r.err).toBe(0);
    r = await run('render', template, '--preset', 'x-post', '--out', out, '--ui-lang=en');
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['Portada de evento - manifestación-x-post.png', 'Rally event cover-x-post.png']);
  });

  it('renders to several presets at their exact sizes', async () => {
    const out = join(dir, 'presets');
    const r = await run('render', designFile, '--preset', 'x-post,instagram-square', '--out', out);
    expect(r.code, r.err).toBe(0);
    const sizes = readdirSync(out)
      .sort()
      .map((f) => {
        const png = PNG.sync.read(readFileSync(join(out, f)));
        return `${png.width}x${png.height}`;
      });
    expect(sizes.sort()).toEqual(['1080x1080', '1600x900']);
  });

  it('makes one image per CSV row in batch mode, filling text by element name', async () => {
    const out = join(dir, 'batch');
    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, 'headline\nONE\nTWO\nTHREE\n');
    const r = await run('batch', designFile, '--csv', csv, '--out', out);
    expect(r.code, r.err).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(3);
    const bytes = files.map((f) => readFileSync(join(out, f)).toString('base64'));
    expect(new Set(bytes).size).toBe(3);
  });

  it('names an output folder it cannot make, and writes nothing', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    let r = await run('render', designFile, '--out', join(blocker, 'sub'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`Cannot make the output folder “${join(blocker, 'sub')}” (ENOTDIR); nothing was written.`);
    r = await run('render', designFile, '--out', blocker, '--ui-lang=es');
    expect(r.code).toBe(1);
    expect(r.err).toBe(`No se puede crear la carpeta de salida «${blocker}» (EEXIST); no se escribió nada.`);
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  it('names a sheet that is missing or a folder, and a file it could not write, in the user\'s language', async () => {
    let r = await run('batch', designFile, '--csv', join(dir, 'nope.csv'));
    expect([r.code, r.err]).toEqual([1, `${join(dir, 'nope.csv')}: no such file.`]);
    r = await run('batch', designFile, '--csv', dir);
    expect([r.code, r.err]).toEqual([1, `${dir} is not a file.`]);
    // A pack written where a file is in the way: the file service's own words, not "Unexpected error".
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'x');
    const tpl = join(process.cwd(), 'templates', 'meme-classic-top-bottom.json');
    r = await run('pack', 'create', tpl, '--id', 'a', '--name', 'A', '--out', join(blocker, 'a.placardpack'), '--ui-lang=es');
    expect([r.code, r.err]).toEqual([1, `No se pudo guardar ${join(blocker, 'a.placardpack')} (ENOTDIR). No se sobrescribió nada.`]);
  });

  it('stops a batch at Ctrl-C once the image at hand is written: every file left is whole, none half-written', async () => {
    const out = join(dir, 'stopped');
    const csv = join(dir, 'many.csv');
    writeFileSync(csv, `headline\n${Array.from({ length: 12 }, (_, i) => `ROW ${i + 1}`).join('\n')}\n`);
    const lines: string[] = [];
    let interrupted = false;
    const code = await main(['batch', designFile, '--csv', csv, '--out', out], (line) => {
      lines.push(line);
      // The user presses Ctrl-C as the first file is reported; through npx the press arrives twice.
      if (!interrupted && line.startsWith('wrote ')) {
        interrupted = true;
        process.emit('SIGINT');
        process.emit('SIGINT');
      }
    }, () => undefined);
    expect(code).toBe(130);
    expect(lines).toContain('Stopping once the image at hand is written (Ctrl-C again quits at once)…');
    const files = readdirSync(out);
    const reported = lines.filter((l) => l.startsWith('wrote ')).length;
    expect(lines.at(-1)).toBe(reported === 1 ? 'stopped: 1 file written, each one whole' : `stopped: ${reported} files written, each one whole`);
    // Fewer than the 12 rows, exactly the files reported, no temporary files, each a whole PNG.
    expect(reported).toBeLessThan(12);
    expect(files.sort()).toEqual(lines.filter((l) => l.startsWith('wrote ')).map((l) => /\/([^/]+\.png) \(/.exec(l)![1]!).sort());
    for (const f of files) expect(PNG.sync.read(readFileSync(join(out, f))).width).toBe(400);
    // The handler is gone once the command returns: Ctrl-C is the shell's again.
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('renders print sizes to one PDF: pages at their physical size, tiles with --tile, several designs in one file', async () => {
    const out = join(dir, 'pdf');
    const flyer = join(process.cwd(), 'templates', 'print-flyer-signup.json');
    const sign = join(process.cwd(), 'templates', 'print-picket-sign.json');
    let r = await run('render', flyer, '--preset', 'print-letter,print-a4', '--format', 'pdf', '--dpi', '100', '--out', out, '--name', 'flyers');
    expect(r.code, r.err + r.out).toBe(0);
    expect(r.out).toMatch(/flyers\.pdf \(2 pages, \d+ KB\)/);
    const flyers = join(out, 'flyers.pdf');
    const info = execFileSync('pdfinfo', ['-box', '-f', '1', '-l', '2', flyers], { encoding: 'utf8' });
    expect(info).toMatch(/Page\s+1 TrimBox:\s+36\.00\s+36\.00\s+648\.00\s+828\.00/);
    expect(info).toMatch(/Page\s+2 MediaBox:\s+0\.00\s+0\.00\s+667\.28\s+913\.89/);

    r = await run('render', sign, '--format', 'pdf', '--tile', 'letter', '--dpi', '72', '--out', out, '--name', 'sign');
    expect(r.code, r.err + r.out).toBe(0);
    expect(execFileSync('pdfinfo', [join(out, 'sign.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+10/);

    // Two designs, each at its own template's size, one after the other.
    r = await run('render', flyer, sign, '--format', 'pdf', '--no-marks', '--no-bleed', '--dpi', '72', '--out', out, '--name', 'both');
    expect(r.code, r.err + r.out).toBe(0);
    const pages = execFileSync('pdfinfo', ['-f', '1', '-l', '2', join(out, 'both.pdf')], { encoding: 'utf8' });
    expect(pages).toMatch(/Page\s+1 size:\s+612 x 792 pts/);
    expect(pages).toMatch(/Page\s+2 size:\s+1584 x 2016 pts/);
  });

  it('refuses print options without PDF, and screen sizes in a PDF, naming them', async () => {
    let r = await run('render', designFile, '--format', 'png', '--tile', 'letter');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--tile applies only to --format pdf');
    r = await run('render', designFile, '--format', 'pdf', '--preset', 'instagram-square', '--out', join(dir, 'no'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('“instagram-square” is a screen size');
    r = await run('render', designFile, '--format', 'pdf', '--preset', 'print-letter', '--tile', 'tabloid');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--tile must be one of letter, a4');
  });

  it('batch maps columns to the template slots by label, name or id in either language, says so before drawing, and fills photos beside the sheet', async () => {
    const sheetDir = join(dir, 'sheet');
    const out = join(dir, 'sheet-out');
    mkdirSync(sheetDir, { recursive: true });
    const red = new PNG({ width: 64, height: 64 });
    for (let i = 0; i < red.data.length; i += 4) red.data.set([230, 20, 20, 255], i);
    writeFileSync(join(sheetDir, 'red.png'), PNG.sync.write(red));
    writeFileSync(join(sheetDir, 'notes.png'), 'this is not an image');
    writeFileSync(join(dir, 'outside.png'), PNG.sync.write(red));
    const csv = join(sheetDir, 'rows.csv');
    // Spanish-locale spreadsheet: semicolons, Spanish labels, a language column, an extra column.
    writeFileSync(csv, 'Texto de arriba;Bottom caption;Foto;idioma;notes\nARRIBA;ABAJO;red.png;es;x\nTOP;BOTTOM;../outside.png;en;y\nTOP;BOTTOM;notes.png;en;z\nTOP;BOTTOM;;fr;w\n');
    const template = join(process.cwd(), 'templates', 'meme-classic-top-bottom.json');
    const r = await run('batch', template, '--csv', csv, '--out', out, '--preset', 'instagram-square');
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('column “Texto de arriba” → “Top caption” (every language)');
    expect(r.out).toContain('column “Foto” → photo “Photo”');
    expect(r.out).toContain('column “idioma” → each row\'s language');
    expect(r.out).toContain('warning: column “notes” matches no slot and is not used');
    // Reported before the first image is written.
    expect(r.out.indexOf('matches no slot')).toBeLessThan(r.out.indexOf('wrote '));
    expect(r.out).toContain('row 2, column “Foto”: “../outside.png” is outside the spreadsheet\'s folder; photos must sit beside it; the row was skipped');
    expect(r.out).toMatch(/row 3, column “Foto”: “notes\.png” is not an image Placard can use \(.+\); the row was skipped/);
    expect(r.out).toContain('row 4, column “idioma”: “fr” is not a language (en or es); the row was skipped');
    // Row 1 drew, in Spanish only (its language column), with the red photo in the frame.
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/-1-instagram-square-es\.png$/);
    const png = PNG.sync.read(readFileSync(join(out, files[0]!)));
    const mid = (540 * png.width + 540) * 4;
    expect([png.data[mid], png.data[mid + 1], png.data[mid + 2]]).toEqual([230, 20, 20]);
  });

  it('draws the fonts a .placard carries, as the app does, not a fallback sans', async () => {
    const face = readFileSync(join(process.cwd(), 'node_modules', '@fontsource', 'bebas-neue', 'files', 'bebas-neue-latin-400-normal.woff'));
    const make = (family: string) => {
      const d = createDesign({ width: 600, height: 200, name: 'Face' });
      d.background.color = '#ffffff';
      d.elements.push(createTextElement({ x: 20, y: 20, width: 560, height: 160, text: 'SOLIDARITY FOREVER', fontSize: 70, fontFamily: family, fill: '#000000' }));
      return d;
    };
    const doc = join(dir, 'face.placard');
    writeFileSync(doc, writeDocumentBundle({ design: make('Poster Face'), assets: new Map(), fonts: new Map([['Poster_Face.woff', new Uint8Array(face)]]) }));
    const reference = join(dir, 'face-reference.json');
    writeFileSync(reference, JSON.stringify(make('Bebas Neue')));
    const out = join(dir, 'face-out');
    expect((await run('render', doc, '--out', out, '--name', 'embedded')).code).toBe(0);
    expect((await run('render', reference, '--out', out, '--name', 'bundled')).code).toBe(0);
    const a = PNG.sync.read(readFileSync(join(out, 'embedded.png')));
    const b = PNG.sync.read(readFileSync(join(out, 'bundled.png')));
    expect(Buffer.compare(a.data, b.data)).toBe(0);
  });

  it('batch reads a Windows-1252 spreadsheet from an older Spanish Excel, and refuses one that is not text', async () => {
    const csv = join(dir, 'latin1.csv');
    const text = 'Leyenda;otra\nAÑO NUEVO, ¡SÍ SE PUEDE!;x\n';
    writeFileSync(csv, Buffer.from([...text].map((c) => c.charCodeAt(0))));
    const out = join(dir, 'latin1-out');
    // The alt text is written from the caption, so the file beside the image shows the words read.
    const design = createDesign({ width: 400, height: 200, name: 'Latin' });
    design.elements.push(createTextElement({ id: 'cap', x: 10, y: 10, width: 380, height: 180, text: 'x', slot: { kind: 'text', label: { en: 'Caption', es: 'Leyenda' }, hint: {} } }));
    design.altPattern = { es: '{cap}', en: '{cap}' };
    const template = join(dir, 'latin.json');
    writeFileSync(template, JSON.stringify(design));
    const r = await run('batch', template, '--csv', csv, '--out', out, '--preset', 'instagram-square', '--lang', 'es', '--alt-text', '--name', 'row');
    expect(r.code, r.out + r.err).toBe(0);
    expect(readFileSync(join(out, 'row.txt'), 'utf8')).toContain('AÑO NUEVO');
    const binary = join(dir, 'binary.csv');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const bad = await run('batch', template, '--csv', binary, '--out', out);
    expect(bad.code).toBe(1);
    expect(bad.err + bad.out).toContain('is not text Placard can read');
  });

  it('batch with --alt-text skips a row whose alt text is over the strictest size\'s limit, as Bulk create does, naming it', async () => {
    const design = createDesign({ width: 400, height: 200, name: 'Alt' });
    design.elements.push(createTextElement({ id: 'cap', x: 10, y: 10, width: 380, height: 180, text: 'x', slot: { kind: 'text', label: { en: 'Caption', es: 'Leyenda' }, hint: {} } }));
    design.altPattern = { en: '{cap}', es: '{cap}' };
    const template = join(dir, 'alt.json');
    writeFileSync(template, JSON.stringify(design));
    const csv = join(dir, 'alt.csv');
    writeFileSync(csv, `Caption\nShort words\n${'long '.repeat(240)}\n`);
    const out = join(dir, 'alt-out');
    const r = await run('batch', template, '--csv', csv, '--out', out, '--preset', 'x-post,bluesky-post', '--lang', 'en', '--alt-text', '--name', '{row}-{preset}');
    expect(r.code).toBe(1);
    // X takes 1,000 characters of alt text, Bluesky 2,000: X's limit holds for the row.
    expect(r.out).toContain('row 2: the alt text (EN) has 1199 characters; the platform accepts at most 1000; the row was skipped');
    expect(readdirSync(out).sort()).toEqual(['1-bluesky-post.png', '1-bluesky-post.txt', '1-x-post.png', '1-x-post.txt']);
    expect(readFileSync(join(out, '1-x-post.txt'), 'utf8')).toContain('Short words');
    // Without --alt-text nothing is written beside the images, so the row is made.
    const plain = await run('batch', template, '--csv', csv, '--out', join(dir, 'alt-plain'), '--preset', 'x-post', '--lang', 'en', '--name', '{row}-{preset}');
    expect(plain.code, plain.out).toBe(0);
    expect(readdirSync(join(dir, 'alt-plain')).sort()).toEqual(['1-x-post.png', '2-x-post.png']);
  });

  it('pack create builds a pack the app imports, pack inspect lists it, pack validate checks it', async () => {
    const kit = { ...DEFAULT_BRAND_KIT, id: 'local-12', name: 'Local 12', disclaimer: { en: 'Paid for by Local 12' } };
    const kitFile = join(dir, 'kit.json');
    writeFileSync(kitFile, JSON.stringify(kit));
    const out = join(dir, 'local12.placardpack');
    const tpl = (id: string) => join(process.cwd(), 'templates', `${id}.json`);
    let r = await run('pack', 'create', tpl('print-flyer-signup'), tpl('meme-classic-top-bottom'), '--kit', kitFile, '--id', 'local-12', '--name', 'Local 12', '--version', '2.1.0', '--author', 'Ana', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/local12\.placardpack \(2 templates, 1 brand kits, \d+ KB\)/);
    // Read back by the same reader the app installs packs with.
    const pack = readPack(new Uint8Array(readFileSync(out)));
    expect(pack.ok && [...pack.value.templates.keys()].sort()).toEqual(['meme-classic-top-bottom', 'print-flyer-signup']);
    expect(pack.ok && pack.value.brandKits.get('local-12')?.disclaimer.en).toBe('Paid for by Local 12');
    // The meme template's sample photo travels inside.
    expect(pack.ok && pack.value.assets.size).toBeGreaterThan(0);
    r = await run('pack', 'inspect', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Local 12 (local-12) version 2.1.0 · author: Ana');
    expect(r.out).toContain('template print-flyer-signup: Sign-up flyer with QR code / Volante de inscripción con código QR (print-letter)');
    expect(r.out).toContain('brand kit local-12: Local 12');
    expect((await run('pack', 'validate', out)).code).toBe(0);
    // A bad id is refused by the pack's own rules, and nothing is written.
    const bad = join(dir, 'bad.placardpack');
    r = await run('pack', 'create', tpl('meme-classic-top-bottom'), '--id', 'Bad Id!', '--name', 'x', '--out', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('The pack would not import, so it was not written');
    expect(existsSync(bad)).toBe(false);
    expect((await run('pack', 'frobnicate')).code).toBe(2);
  });

  it('batch reads an .xlsx workbook (a chosen sheet too) and refuses a formula cell, naming it', async () => {
    const book = (sheet2: string) =>
      zipSync({
        'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="Notas" r:id="rId1"/><sheet name="Memes" r:id="rId2"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>'),
        'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>nothing</t></is></c></row></sheetData></worksheet>'),
        'xl/worksheets/sheet2.xml': strToU8(`<worksheet><sheetData>${sheet2}</sheetData></worksheet>`),
      });
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const file = join(dir, 'memes.xlsx');
    writeFileSync(file, book(`<row r="1">${cell('A1', 'Top caption')}${cell('B1', 'Bottom caption')}</row><row r="2">${cell('A2', 'ONE')}${cell('B2', 'TWO')}</row><row r="4">${cell('A4', 'THREE')}</row>`));
    const out = join(dir, 'xlsx-out');
    const template = join(process.cwd(), 'templates', 'meme-classic-top-bottom.json');
    const r = await run('batch', template, '--csv', file, '--sheet', 'Memes', '--out', out, '--preset', 'x-post');
    expect(r.code, r.out + r.err).toBe(0);
    expect(readdirSync(out)).toHaveLength(2);
    writeFileSync(file, book(`<row r="1">${cell('A1', 'Top caption')}</row><row r="2"><c r="A2"><f>CONCAT("a","b")</f><v>ab</v></c></row>`));
    const bad = await run('batch', template, '--csv', file, '--sheet', 'Memes', '--out', out);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('the cell in row 2, column A holds a formula');
    const missing = await run('batch', template, '--csv', file, '--sheet', 'Nope', '--out', out);
    expect(missing.err).toContain('has no sheet “Nope” (sheets: Notas, Memes)');
  });

  it('batch refuses a spreadsheet whose columns match nothing, naming them', async () => {
    const csv = join(dir, 'nothing.csv');
    writeFileSync(csv, 'foo,bar\n1,2\n');
    const r = await run('batch', join(process.cwd(), 'templates', 'meme-classic-top-bottom.json'), '--csv', csv, '--out', join(dir, 'nothing'));
    expect(r.code).toBe(1);
    expect(r.err + r.out).toContain('No column of the spreadsheet matches a slot of the template (columns: foo, bar)');
  });

  it('re-fits a long caption to its box exactly as the app does, instead of cutting it off', async () => {
    const long = createDesign({ width: 400, height: 200, name: 'Long' });
    long.background.color = '#ffffff';
    const box = { x: 20, y: 20, width: 360, height: 160 };
    long.elements.push(createTextElement({ name: 'caption', ...box, text: 'HI', fontSize: 80, fit: 'shrink', fill: '#000000' }));
    const file = join(dir, 'long.json');
    writeFileSync(file, JSON.stringify(long));
    const csv = join(dir, 'long.csv');
    writeFileSync(csv, 'caption\n"bring a friend, bring snacks, bring your neighbours and their kids to the rally"\n');
    const out = join(dir, 'long-out');
    const r = await run('batch', file, '--csv', csv, '--out', out);
    expect(r.code, r.err).toBe(0);
    const png = PNG.sync.read(readFileSync(join(out, readdirSync(out)[0]!)));
    // Ink rows inside the box: at 80 px only the first line would fit and the rest be cut off;
    // re-fitted, the lines fill the box down to its lower quarter.
    const inkRows: number[] = [];
    for (let y = box.y; y < box.y + box.height; y++) {
      for (let x = box.x; x < box.x + box.width; x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i]! < 100) {
          inkRows.push(y);
          break;
        }
      }
    }
    expect(Math.max(...inkRows)).toBeGreaterThan(box.y + box.height * 0.75);
    expect(Math.max(...inkRows)).toBeLessThan(box.y + box.height);
  });

  it('batch re-themes each row with the brand kit its kit column names (--kit adds kits), and skips a row naming none', async () => {
    const d = createDesign({ width: 200, height: 100, name: 'Local' });
    d.background.color = { token: 'brand.primary', fallback: '#000000' };
    d.elements.push(createTextElement({ name: 'who', x: 10, y: 10, width: 180, height: 40, text: 'x', fill: '#ffffff' }));
    const file = join(dir, 'kits.json');
    writeFileSync(file, JSON.stringify(d));
    const kit = { ...DEFAULT_BRAND_KIT, id: 'local-99', name: 'Local 99', colors: { ...DEFAULT_BRAND_KIT.colors, primary: '#00aa44' } };
    const kitFile = join(dir, 'local99.json');
    writeFileSync(kitFile, JSON.stringify(kit));
    const csv = join(dir, 'kits.csv');
    writeFileSync(csv, 'who;kit\nAna;local 99\nBo;Nobody\nCy;\n');
    const out = join(dir, 'kits-out');
    const r = await run('batch', file, '--csv', csv, '--kit', kitFile, '--out', out, '--name', '{who}');
    expect(r.code).toBe(1);
    expect(r.out).toContain('column “kit” → each row\'s brand kit');
    expect(r.out).toMatch(/row 2, column “kit”: no brand kit is called “Nobody” \(kits: .*Local 99/);
    expect(readdirSync(out).sort()).toEqual(['Ana.png', 'Cy.png']);
    const pixel = (name: string) => [...PNG.sync.read(readFileSync(join(out, name))).data.subarray(0, 3)];
    expect(pixel('Ana.png')).toEqual([0x00, 0xaa, 0x44]);
    const builtIn = DEFAULT_BRAND_KIT.colors.primary!;
    expect(pixel('Cy.png')).toEqual([1, 3, 5].map((i) => parseInt(builtIn.slice(i, i + 2), 16)));
  });

  it('explains bad input in Spanish when asked, and exits non-zero', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, id: 'x', width: -5, height: 10, elements: [] }));
    const r = await run('--ui-lang=es', 'render', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no es un diseño válido');
    expect(r.err).toContain('width');
    const u = await run('--ui-lang=es', 'render', designFile, '--preset', 'myspace');
    expect(u.code).toBe(2);
    expect(u.err).toContain('No existe el tamaño «myspace»');
  });

  it('validates files and reports each problem', async () => {
    const proto = join(dir, 'proto.json');
    writeFileSync(proto, '{"version":1,"__proto__":{"polluted":true}}');
    const r = await run('validate', designFile, proto);
    expect(r.code).toBe(1);
    expect(r.out).toContain('valid design, 400×200 px');
    expect(r.out).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists every preset from PRESETS.md', async () => {
    const r = await run('presets');
    expect(r.code).toBe(0);
    for (const id of ['facebook-post-landscape', 'x-post', 'bluesky-post', 'youtube-thumbnail']) expect(r.out).toContain(id);
  });
});

describe('one acceptance decision for every room', () => {
  // The same corpus the app's open and import refuse (tests/unit/electron/services/packs-hostile.test.ts):
  // `placard validate` refuses each file with the same code, and `placard render` draws nothing.
  let corpusDir: string;
  let corpus: Awaited<ReturnType<typeof writeHostileCorpus>>;
  beforeAll(async () => {
    corpusDir = mkdtempSync(join(tmpdir(), 'placard-cli-corpus-'));
    corpus = await writeHostileCorpus(join(corpusDir, 'corpus'));
  });
  afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

  it('validate refuses every hostile pack and document with its code', async () => {
    const wrong: string[] = [];
    for (const c of corpus) {
      const r = await run('validate', c.file);
      if (r.code !== 1 || !r.out.includes(`(${c.code})`)) wrong.push(`${c.name}: exit ${r.code} ${r.out.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('render refuses every hostile document with the same code and writes nothing', async () => {
    const out = join(corpusDir, 'out');
    const wrong: string[] = [];
    for (const c of corpus.filter((k) => k.kind === 'document')) {
      const r = await run('render', c.file, '--preset', 'x-post', '--out', out);
      if (r.code !== 1 || !r.err.includes(`(${c.code})`)) wrong.push(`${c.name}: exit ${r.code} ${r.err.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
    expect(() => readdirSync(out)).toThrow();
  });
});

describe('decoding images in the CLI', () => {
  it('names the image a decoder cannot read instead of failing with an unexpected error', async () => {
    const { decodeImages, ImageDecodeError } = await import('../../../cli/export-node');
    const err = await decodeImages(new Map([['photo_1', new Uint8Array([1, 2, 3, 4])]])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageDecodeError);
    expect((err as InstanceType<typeof ImageDecodeError>).assetId).toBe('photo_1');
  });
});

describe('placard check-sizes', () => {
  it('prints each size with what broke, in English and Spanish, and exits 1 when any size has a problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'placard-check-sizes-'));
    try {
      // The author pinned the tag to the top-left corner: anchors win over automatic placement, so
      // on a story it stays under the top bar, and the check says so.
      const pinned = createDesign({ name: 'Pinned', width: 1200, height: 630 });
      pinned.elements.push(createTextElement({ id: 'tag', name: 'Tag', x: 10, y: 10, width: 300, height: 40, text: 'Local 42', fontSize: 30, anchor: { horizontal: 'left', vertical: 'top' } }));
      const file = join(dir, 'pinned.json');
      writeFileSync(file, JSON.stringify(pinned));
      const en = await run('check-sizes', file, '--preset', 'facebook-post-landscape,facebook-story');
      expect(en.code).toBe(1);
      expect(en.out).toMatch(/facebook-post-landscape\s+1200×630\s+ok/);
      expect(en.out).toContain('“Tag” is outside the safe area');
      expect(en.out).toContain('1 of 2 sizes have problems.');
      const es = await run('--ui-lang=es', 'check-sizes', file, '--preset', 'facebook-story');
      expect(es.out).toContain('“Tag” queda fuera de la zona segura');
      expect(es.out).toContain('1 de 1 tamaños tienen problemas.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 0 when every size looks as designed, and refuses a missing file or an unknown preset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'placard-check-sizes-'));
    try {
      const plain = createDesign({ name: 'Plain', width: 1600, height: 900 });
      plain.elements.push(createShapeElement({ id: 'bg', shape: 'rect', x: 0, y: 0, width: 1600, height: 900, fill: '#204080' }));
      const file = join(dir, 'plain.json');
      writeFileSync(file, JSON.stringify(plain));
      const ok = await run('check-sizes', file, '--preset', 'x-post,instagram-story');
      expect(ok.code).toBe(0);
      expect(ok.out).toContain('All 2 sizes look as designed.');
      expect((await run('check-sizes')).code).toBe(2);
      expect((await run('check-sizes', file, '--preset', 'myspace')).err).toContain('myspace');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
