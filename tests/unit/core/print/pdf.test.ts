// Print PDFs made for real (Konva on @napi-rs/canvas, pdf-lib) and read back with independent
// readers: poppler's pdfinfo (page and trim/bleed boxes), pdffonts (embedded fonts), pdftotext
// (labels), pdftoppm (pixels: crop marks, tiles reassembled against a direct render).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeEncoder, decodeImages } from '../../../../cli/export-node';
import { bundledFaceBytes, printLabelFont } from '../../../../cli/fonts-node';
import { exportDesign } from '../../../../core/export/pipeline';
import type { Encoder } from '../../../../core/export/types';
import { createDesign, createImageElement, createShapeElement, createTextElement, type Design } from '../../../../core/model';
import { getPreset } from '../../../../core/presets';
import { exportPrintPdf, planTiles, printText, PX_PER_INCH, type PrintOptions } from '../../../../core/print';
import { slitThroughBleed } from '../../../../core/print/pdf';
import { createTranslator } from '../../../../electron/services/translate';
import { photoLikePng } from '../export/photo-fixture';

const dir = mkdtempSync(join(tmpdir(), 'placard-pdf-'));
let encoder: Encoder;

beforeAll(async () => {
  encoder = createNodeEncoder({ images: await decodeImages({ photo: photoLikePng(900, 1200) }) });
});

/** A poster: a photo bleeding off the top, a full-width band at the bottom, a headline. */
function poster(presetId: string): Design {
  const p = getPreset(presetId)!;
  const { width: w, height: h } = p;
  return {
    ...createDesign({ width: w, height: h, name: 'Rent strike' }),
    background: { color: '#fff8e7' },
    elements: [
      createImageElement({ x: 0, y: 0, width: w, height: h * 0.55, assetId: 'photo' }),
      createShapeElement({ x: 0, y: h * 0.8, width: w, height: h * 0.2, shape: 'rect', fill: '#14254a' }),
      createTextElement({ x: w * 0.08, y: h * 0.6, width: w * 0.84, height: h * 0.15, text: 'RENT STRIKE NOW', fontSize: Math.round(h * 0.07), fill: '#c8102e', fontFamily: 'Anton' }),
    ],
  };
}

function text(lang: 'en' | 'es', dpi: number) {
  const t = createTranslator(lang);
  return printText(t, { dpi, unit: lang === 'en' ? 'in' : 'cm', locale: lang, presetLabel: (item) => item.preset.id });
}

async function pdfOf(presetIds: string[], options: PrintOptions, lang: 'en' | 'es' = 'en'): Promise<{ file: string; bytes: Uint8Array; pages: number }> {
  const items = presetIds.map((id) => ({ design: poster(id), preset: getPreset(id)!, lang: 'en' as const }));
  const r = await exportPrintPdf(items, options, encoder, { title: 'Rent strike', language: lang, font: printLabelFont(), fonts: bundledFaceBytes }, text(lang, options.dpi));
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, r.bytes);
  return { file, bytes: r.bytes, pages: r.pages };
}

type Box = [number, number, number, number];
function boxes(file: string, page = 1): { media: Box; trim: Box; bleed: Box } {
  const out = execFileSync('pdfinfo', ['-box', '-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  const get = (name: string) => {
    const m = new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(out);
    return m!.slice(1).map(Number) as Box;
  };
  return { media: get(`Page\\s+${page} MediaBox`), trim: get(`Page\\s+${page} TrimBox`), bleed: get(`Page\\s+${page} BleedBox`) };
}

function raster(file: string, dpi: number, page: number): PNG {
  const prefix = join(dir, `r${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-png', file, prefix]);
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

const near = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 1));

describe('print PDF: one piece per page', () => {
  it('Letter with bleed and crop marks: page, trim and bleed boxes in points', async () => {
    const { file } = await pdfOf(['print-letter'], { dpi: 300, bleed: true, marks: true, tile: null });
    const b = boxes(file);
    near(b.media, [0, 0, 684, 864]);
    near(b.trim, [36, 36, 648, 828]);
    near(b.bleed, [27, 27, 657, 837]);
  });

  it('without marks the page is the bled piece; without bleed it is the trim size', async () => {
    const bled = await pdfOf(['print-letter'], { dpi: 150, bleed: true, marks: false, tile: null });
    near(boxes(bled.file).media, [0, 0, 630, 810]);
    near(boxes(bled.file).trim, [9, 9, 621, 801]);
    const plain = await pdfOf(['print-letter'], { dpi: 150, bleed: false, marks: false, tile: null });
    near(boxes(plain.file).media, [0, 0, 612, 792]);
    near(boxes(plain.file).trim, [0, 0, 612, 792]);
  });

  it('A4 takes the 3 mm bleed', async () => {
    const { file } = await pdfOf(['print-a4'], { dpi: 150, bleed: true, marks: false, tile: null });
    const mm3 = (3 / 25.4) * 72;
    near(boxes(file).media, [0, 0, 595.28 + 2 * mm3, 841.89 + 2 * mm3]);
  });

  it('draws crop marks in line with the trim, outside the bleed', async () => {
    const { file } = await pdfOf(['print-letter'], { dpi: 150, bleed: true, marks: true, tile: null });
    // 144 dpi: 2 px per point. Trim corner at (36, 36) pt from the top-left = (72, 72) px.
    const png = raster(file, 144, 1);
    const dark = (x: number, y: number) => png.data[(y * png.width + x) * 4]! < 128;
    // Vertical mark above the top-left corner, from 0.1875 in (bleed + gap) to 0.4375 in from the trim.
    for (const y of [72 - 30, 72 - 50]) {
      expect(dark(72, y), `mark at x=72 y=${y}`).toBe(true);
      expect(dark(72 - 6, y)).toBe(false);
      expect(dark(72 + 6, y)).toBe(false);
    }
    // Horizontal mark left of the top-left corner.
    for (const x of [72 - 30, 72 - 50]) expect(dark(x, 72), `mark at x=${x} y=72`).toBe(true);
    // Nothing in the gap between the bleed and the mark.
    expect(dark(72, 72 - 20)).toBe(false);
    // The bottom-right corner's marks: trim ends at (648, 828) pt from the bottom-left = (1296, 72) px from the bottom.
    const bottom = png.height - 72;
    expect(dark(1296, bottom + 40)).toBe(true);
    expect(dark(1296 + 40, bottom)).toBe(true);
    // The picture fills the bleed: the photo at the top-left, the band at the bottom-left.
    expect(dark(72 - 16, 72 + 100)).toBe(false);
    const band = (png.data[((bottom - 6) * png.width + 100) * 4 + 2]! - png.data[((bottom - 6) * png.width + 100) * 4]!);
    expect(band).toBeGreaterThan(30);
    const inBleed = ((bottom + 16) * png.width + 100) * 4;
    expect(png.data[inBleed + 2]! - png.data[inBleed]!).toBeGreaterThan(30);
  });

  it('embeds the label font and writes the slug line in the language asked', async () => {
    const { file } = await pdfOf(['print-letter'], { dpi: 150, bleed: true, marks: true, tile: null }, 'es');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSans-Regular-\d+\s+CID TrueType\s+Identity-H\s+yes/);
    const words = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(words).toContain('Rent strike · print-letter · 150 ppp · EN · Placard');
  });

  it('lays the words over the picture in the design’s own embedded fonts, where the picture shows them', async () => {
    const { file } = await pdfOf(['print-letter'], { dpi: 150, bleed: true, marks: true, tile: null });
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/Anton-Regular-\d+\s+CID TrueType\s+Identity-H\s+yes/);
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: String(m[5]) }));
    expect(words.map((w) => w.text).join(' ')).toContain('RENT STRIKE NOW');
    // The headline box on the page (points): trim at 36 pt, design px at 150 per inch.
    const letter = getPreset('print-letter')!;
    const toPt = (px: number) => 36 + (px / PX_PER_INCH) * 72;
    const rent = words.find((w) => w.text === 'RENT')!;
    expect(rent.x0).toBeGreaterThanOrEqual(toPt(letter.width * 0.08) - 1);
    // Its middle within the box (the reader's word box runs from the font's ascender to its descender).
    const middle = (rent.y0 + rent.y1) / 2;
    expect(middle).toBeGreaterThan(toPt(letter.height * 0.6));
    expect(middle).toBeLessThan(toPt(letter.height * 0.75));
  });

  it('puts several sizes in one PDF, each page its own size', async () => {
    const { file, pages, bytes } = await pdfOf(['print-letter', 'print-half-letter', 'sign-18x24'], { dpi: 150, bleed: false, marks: false, tile: null });
    expect(pages).toBe(3);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())])).toEqual([
      [612, 792],
      [396, 612],
      [1296, 1728],
    ]);
    expect(doc.getTitle()).toBe('Rent strike');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+3/);
  });

  it('draws the door hanger’s hole and slit as a die line in the CutContour spot color, over the picture', async () => {
    // A hanger on white paper (the line overprints the picture, so over a photo it mixes with it).
    const plain = (id: string): Design => {
      const p = getPreset(id)!;
      return { ...createDesign({ width: p.width, height: p.height, name: 'Door knock' }), background: { color: '#ffffff' }, elements: [createShapeElement({ x: 0, y: p.height * 0.8, width: p.width, height: p.height * 0.2, shape: 'rect', fill: '#14254a' })] };
    };
    const items = ['print-door-hanger', 'print-letter'].map((id) => ({ design: plain(id), preset: getPreset(id)!, lang: 'en' as const }));
    const { bytes } = await exportPrintPdf(items, { dpi: 150, bleed: true, marks: true, tile: null }, encoder, { title: 'Door knock', language: 'en', font: printLabelFont() }, text('en', 150));
    const file = join(dir, 'hanger.pdf');
    writeFileSync(file, bytes);
    // The spot color, read back with pdf-lib: a Separation named CutContour, on the hanger's page only.
    const doc = await PDFDocument.load(bytes);
    const spaces = doc.getPages().map((page) => page.node.Resources()!.lookupMaybe(PDFName.of('ColorSpace'), PDFDict));
    const ink = spaces[0]!.lookup(PDFName.of('CutContour'), PDFArray);
    expect(ink.lookup(0, PDFName).asString()).toBe('/Separation');
    expect(ink.lookup(1, PDFName).asString()).toBe('/CutContour');
    expect(spaces[1]?.get(PDFName.of('CutContour'))).toBeUndefined();
    // Poppler draws it magenta (pink where the hairline is anti-aliased): a 2 in circle whose top is
    // 0.5 in below the trim, 1.125 in from its left. 144 dpi: two pixels per point; the trim starts
    // 36 pt in (the slug for the marks).
    const png = raster(file, 144, 1);
    const px = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    const magenta = ([r, g, b]: number[]) => r! > 200 && b! > 150 && g! < r! - 50;
    const k = 2;
    const cx = k * (36 + (1.125 + 1) * 72);
    const cy = k * (36 + (0.5 + 1) * 72);
    const rad = k * 72;
    const onLine = (x: number, y: number) => [-2, -1, 0, 1, 2].some((d) => magenta(px(Math.round(x) + d, Math.round(y))) || magenta(px(Math.round(x), Math.round(y) + d)));
    for (const a of [0, 45, 90, 135, 180, 225, 270, 315]) {
      const t = (a * Math.PI) / 180;
      expect(onLine(cx + rad * Math.cos(t), cy + rad * Math.sin(t)), `die line at ${a}°`).toBe(true);
      expect(onLine(cx + (rad - 12) * Math.cos(t), cy + (rad - 12) * Math.sin(t)), `inside the line at ${a}°`).toBe(false);
      // (Up and right, at 315°, the slit leaves the hole.)
      if (a !== 315) expect(onLine(cx + (rad + 12) * Math.cos(t), cy + (rad + 12) * Math.sin(t)), `outside the line at ${a}°`).toBe(false);
    }
    expect(magenta(px(cx, cy)), 'the hole itself is not filled').toBe(false);
    // The slit: from the hole's edge at 45 degrees up and right, to the top of the trim.
    const from = { x: cx + rad * Math.SQRT1_2, y: cy - rad * Math.SQRT1_2 };
    const to = { x: k * (36 + 3.625 * 72), y: k * 36 };
    expect(to.x - from.x).toBeCloseTo(from.y - to.y, 6);
    for (const f of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const at = { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f };
      expect(onLine(at.x, at.y), `slit at ${f}`).toBe(true);
      expect(onLine(at.x - 12, at.y - 12), `beside the slit at ${f}`).toBe(false);
      expect(onLine(at.x + 12, at.y + 12), `beside the slit at ${f}`).toBe(false);
    }
    // It runs on through the 1/8 in bleed (9 pt), so a cut a little off the trim still opens it,
    // and stops there.
    expect(onLine(to.x + k * 6, to.y - k * 6), 'in the bleed').toBe(true);
    expect(onLine(to.x + k * 14, to.y - k * 14), 'past the bleed').toBe(false);
    // The letter page has no die line.
    const letter = raster(file, 72, 2);
    let any = false;
    for (let i = 0; i < letter.data.length; i += 4) if (magenta([letter.data[i]!, letter.data[i + 1]!, letter.data[i + 2]!])) any = true;
    expect(any).toBe(false);
  });

  it('draws at the dpi asked: the page picture has 300 pixels per inch', async () => {
    const { bytes } = await pdfOf(['print-postcard'], { dpi: 300, bleed: false, marks: false, tile: null });
    const list = execFileSync('pdfimages', ['-list', '-'], { input: Buffer.from(bytes), encoding: 'utf8' });
    const row = list.split('\n').find((l) => /\bimage\b/.test(l))!.trim().split(/\s+/);
    expect([Number(row[3]), Number(row[4])]).toEqual([1200, 1800]);
    expect(Number(row[12])).toBe(300);
  });
});

describe('die lines', () => {
  it('run a slit that ends on the trim on through the bleed, along its own direction, and leave its other end where it is', () => {
    const hanger = getPreset('print-door-hanger')!.print!;
    const slit = hanger.dieCuts!.find((c) => c.shape === 'slit')!;
    if (slit.shape !== 'slit') throw new Error('no slit');
    const [x1, y1, x2, y2] = slitThroughBleed(slit, hanger.widthIn, hanger.heightIn, 0.125);
    expect([x1, y1]).toEqual([slit.x1, slit.y1]);
    // 45 degrees: 1/8 in up takes it 1/8 in right too.
    expect(x2).toBeCloseTo(slit.x2 + 0.125, 9);
    expect(y2).toBeCloseTo(-0.125, 9);
    // A slit to the right edge, and one from the left edge: each edge end moves out by the bleed across it.
    expect(slitThroughBleed({ shape: 'slit', x1: 1, y1: 1, x2: 4, y2: 2 }, 4, 6, 0.25).map((n) => Math.round(n * 1e6) / 1e6)).toEqual([1, 1, 4.25, 2.083333]);
    expect(slitThroughBleed({ shape: 'slit', x1: 0, y1: 3, x2: 2, y2: 3 }, 4, 6, 0.25)).toEqual([-0.25, 3, 2, 3]);
    // Without bleed, as drawn.
    expect(slitThroughBleed(slit, hanger.widthIn, hanger.heightIn, 0)).toEqual([slit.x1, slit.y1, slit.x2, slit.y2]);
  });
});

describe('print PDF: a sign tiled over home-printer sheets', () => {
  it('plans sheets that cover the sign with the overlap between neighbours', () => {
    const plan = planTiles(22, 28, 'letter');
    expect(plan.tiles.length).toBe(plan.rows * plan.cols);
    expect([plan.rows, plan.cols]).toEqual([3, 3]);
    for (const t of plan.tiles) {
      const right = plan.tiles.find((o) => o.row === t.row && o.col === t.col + 1);
      if (right) expect(t.x + t.width - right.x).toBeCloseTo(plan.overlapIn, 6);
      expect(t.width).toBeLessThanOrEqual(plan.sheetWidthIn - 2 * plan.marginIn + 1e-9);
    }
    const last = plan.tiles.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(22, 6);
    expect(last.y + last.height).toBeCloseTo(28, 6);
    // Landscape when it needs fewer sheets (a banner: 2 landscape sheets, not 3 portrait).
    expect(planTiles(20, 8, 'letter')).toMatchObject({ landscape: true, rows: 1, cols: 2 });
    expect(planTiles(24, 18, 'letter').tiles.length).toBeLessThanOrEqual(planTiles(18, 24, 'letter').tiles.length + 1);
  });

  it('reassembles to the full sign within a pixel at 150 dpi, with a label on every sheet', async () => {
    const dpi = 150;
    const preset = getPreset('sign-18x24')!;
    const { file, pages } = await pdfOf(['sign-18x24'], { dpi, bleed: true, marks: true, tile: 'letter' });
    const plan = planTiles(18, 24, 'letter');
    expect(pages).toBe(1 + plan.tiles.length);
    // The reference: the same design exported directly at 150 dpi (design px = 150 per inch).
    const direct = PNG.sync.read(Buffer.from((await exportDesign(poster('sign-18x24'), preset, { format: 'png', scale: dpi / PX_PER_INCH }, encoder)).bytes));
    expect([direct.width, direct.height]).toEqual([18 * dpi, 24 * dpi]);
    const words = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(words).toContain(`on ${plan.tiles.length} sheets (${plan.rows} rows × ${plan.cols} columns)`);
    for (const [i, tile] of plan.tiles.entries()) {
      const sheet = raster(file, dpi, i + 2);
      expect([sheet.width, sheet.height]).toEqual([Math.round(plan.sheetWidthIn * dpi), Math.round(plan.sheetHeightIn * dpi)]);
      expect(words).toContain(`Row ${tile.row + 1}, column ${tile.col + 1} · sheet ${i + 1} of ${plan.tiles.length}`);
      // Compare the sheet's inner part (clear of the marks in the overlaps) with the direct render.
      const inset = plan.overlapIn * dpi + 4;
      const x0 = Math.round(tile.x * dpi + inset);
      const y0 = Math.round(tile.y * dpi + inset);
      const x1 = Math.round((tile.x + tile.width) * dpi - inset);
      const y1 = Math.round((tile.y + tile.height) * dpi - inset);
      const ox = plan.marginIn * dpi - tile.x * dpi;
      const oy = plan.marginIn * dpi - tile.y * dpi;
      const diffAt = (dx: number, dy: number) => {
        let sum = 0;
        let n = 0;
        for (let y = y0; y < y1; y += 3) {
          for (let x = x0; x < x1; x += 3) {
            const sx = Math.round(x + ox) + dx;
            const sy = Math.round(y + oy) + dy;
            const a = (y * direct.width + x) * 4;
            const b = (sy * sheet.width + sx) * 4;
            for (let c = 0; c < 3; c++) sum += Math.abs(direct.data[a + c]! - sheet.data[b + c]!);
            n += 3;
          }
        }
        return sum / n;
      };
      let best = { dx: 0, dy: 0, d: Infinity };
      for (let dy = -3; dy <= 3; dy++) for (let dx = -3; dx <= 3; dx++) {
        const d = diffAt(dx, dy);
        if (d < best.d) best = { dx, dy, d };
      }
      // Within a pixel: some offset of at most one pixel matches as well as the best one (flat
      // areas match equally at every offset), and the match is close (JPEG and resampling aside).
      let within = Infinity;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) within = Math.min(within, diffAt(dx, dy));
      expect(within - best.d, `sheet ${i + 1}: best offset (${best.dx}, ${best.dy})`).toBeLessThan(0.25);
      expect(within, `sheet ${i + 1} mean difference`).toBeLessThan(8);
    }
  });

  it('labels sheets in Spanish', async () => {
    const { file } = await pdfOf(['sign-18x24'], { dpi: 72, bleed: false, marks: false, tile: 'a4' }, 'es');
    const words = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(words).toContain('Fila 1, columna 1 · hoja 1 de');
    expect(words).toContain('Imprime las páginas siguientes en papel A4 al 100 %');
    const plan = planTiles(18, 24, 'a4');
    near(boxes(file, 2).media, [0, 0, plan.sheetWidthIn * 72, plan.sheetHeightIn * 72]);
    expect(Math.round(Math.min(plan.sheetWidthIn, plan.sheetHeightIn) * 72)).toBe(595);
  });

  it('refuses a screen size for PDF', async () => {
    const items = [{ design: poster('instagram-square'), preset: getPreset('instagram-square')!, lang: 'en' as const }];
    await expect(exportPrintPdf(items, { dpi: 150, bleed: true, marks: true, tile: null }, encoder, { title: 'x', language: 'en', font: printLabelFont() }, text('en', 150))).rejects.toMatchObject({ code: 'export.pdf-print-only' });
  });
});

describe('home printing: small pieces as copies on one sheet', () => {
  it('fits two door hangers on Letter, two half-letter handouts or A5s on a landscape sheet, and one Letter flyer', async () => {
    const { sheetOfCopies } = await import('../../../../core/print');
    expect(sheetOfCopies(4.25, 11, 'letter')).toEqual({ cols: 2, rows: 1, sheetWidthIn: 8.5, sheetHeightIn: 11 });
    expect(sheetOfCopies(5.5, 8.5, 'letter')).toEqual({ cols: 2, rows: 1, sheetWidthIn: 11, sheetHeightIn: 8.5 });
    expect(sheetOfCopies(4, 6, 'letter')).toMatchObject({ cols: 2, rows: 1 });
    const a5 = sheetOfCopies(148 / 25.4, 210 / 25.4, 'a4');
    expect(a5).toMatchObject({ cols: 2, rows: 1 });
    expect(a5!.sheetWidthIn).toBeCloseTo(297 / 25.4, 6);
    expect(sheetOfCopies(8.5, 11, 'letter')).toBeNull();
    // A door hanger is wider than half an A4 sheet: one per sheet.
    expect(sheetOfCopies(4.25, 11, 'a4')).toBeNull();
  });
});
