// Assembles print PDFs with pdf-lib: each page is a picture of the design drawn at the print
// resolution (JPEG, embedded as is), placed at its physical size, with PDF's TrimBox and BleedBox
// set, crop marks in the slug, and for tiled signs alignment marks and a label on every sheet.
// pdf-lib over jsPDF: it runs the same in Node and the browser without DOM shims, embeds JPEG
// bytes without re-encoding, sets trim and bleed boxes, embeds TrueType/WOFF fonts through
// fontkit, and can parse PDFs (the tests read every file back with it).
import fontkit from '@pdf-lib/fontkit';
import {
  appendBezierCurve,
  closePath,
  lineTo,
  moveTo,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setCharacterSpacing,
  setCharacterSqueeze,
  setGraphicsState,
  setLineWidth,
  setTextRenderingMode,
  stroke,
  TextRenderingMode,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { DieCut } from '../presets/types';
import { woffToSfnt } from '../fonts/woff-to-sfnt';
import { CROSS_RADIUS_IN, cropMarks, tileMarks, type PiecePage, type Tile, type TilePlan } from './geometry';
import { PT_PER_INCH } from './units';
import { fontKeyString, type FontKey, type WordRun } from './words';

const pt = (inches: number) => inches * PT_PER_INCH;

export interface PageImage {
  /** JPEG bytes of the picture. */
  jpeg: Uint8Array;
}

export type PdfPage =
  | {
      kind: 'piece';
      image: PageImage;
      page: PiecePage;
      marks: boolean;
      info: string;
      /** The picture's own bleed: whole pixels, at least the page's. */
      imageBleedIn: number;
      /** The piece's words, laid invisibly over the picture (searchable, copyable, read aloud). */
      words?: WordRun[];
      /** What the print shop cuts out (a door hanger's hole), drawn as a die line. */
      dieCuts?: readonly DieCut[];
    }
  | { kind: 'tile'; image: PageImage; plan: TilePlan; tile: Tile; label: string }
  | { kind: 'tile-guide'; image: PageImage; plan: TilePlan; signWidthIn: number; signHeightIn: number; title: string; steps: readonly string[]; sheetLabel: (tile: Tile) => string };

export interface PdfMeta {
  title: string;
  /** The UI language, for the PDF's /Lang (screen readers). */
  language: string;
  /** A TrueType or WOFF 1.0 font for the labels, embedded as a subset. */
  font: Uint8Array;
  /** The design's faces (TrueType or WOFF 1.0) for its words; a face it cannot give falls back to the label font. */
  fonts?: (key: FontKey) => Promise<Uint8Array | null>;
}

const BLACK = rgb(0, 0, 0);
const WHITE = rgb(1, 1, 1);
const GREY = rgb(0.35, 0.35, 0.35);

export async function buildPdf(pages: readonly PdfPage[], meta: PdfMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setCreator('Placard');
  doc.setProducer('Placard (pdf-lib)');
  doc.setLanguage(meta.language);
  const font = await doc.embedFont(woffToSfnt(meta.font), { subset: true });
  const faces = new Map<string, Promise<PDFFont>>();
  const faceOf = (key: FontKey): Promise<PDFFont> => {
    const id = fontKeyString(key);
    let face = faces.get(id);
    if (!face) {
      face = (meta.fonts ? meta.fonts(key) : Promise.resolve(null)).then((bytes) => (bytes ? doc.embedFont(woffToSfnt(bytes), { subset: true }) : font)).catch(() => font);
      faces.set(id, face);
    }
    return face;
  };
  let cutContour: PDFRef | null = null;
  for (const p of pages) {
    if (p.kind === 'piece') {
      await piecePage(doc, p, font);
      const page = doc.getPage(doc.getPageCount() - 1);
      if (p.words?.length) await drawWords(page, p, faceOf);
      if (p.dieCuts?.length) drawDieLines(page, p, (cutContour ??= dieLineColorSpace(doc)));
    }
    else if (p.kind === 'tile') await tilePage(doc, p, font);
    else await guidePage(doc, p, font);
  }
  return doc.save();
}

async function piecePage(doc: PDFDocument, p: Extract<PdfPage, { kind: 'piece' }>, font: PDFFont): Promise<void> {
  const { page: g } = p;
  const page = doc.addPage([pt(g.widthIn), pt(g.heightIn)]);
  const img = await doc.embedJpg(p.image.jpeg);
  const b = g.bleedIn;
  // The picture may reach a fraction of a pixel past the bleed box; the page clips it.
  const ib = p.imageBleedIn;
  page.drawImage(img, { x: pt(g.trim.x - ib), y: pt(g.trim.y - ib), width: pt(g.trim.width + 2 * ib), height: pt(g.trim.height + 2 * ib) });
  page.setTrimBox(pt(g.trim.x), pt(g.trim.y), pt(g.trim.width), pt(g.trim.height));
  page.setBleedBox(pt(g.trim.x - b), pt(g.trim.y - b), pt(g.trim.width + 2 * b), pt(g.trim.height + 2 * b));
  if (!p.marks) return;
  for (const m of cropMarks(g)) page.drawLine({ start: { x: pt(m.x1), y: pt(m.y1) }, end: { x: pt(m.x2), y: pt(m.y2) }, thickness: 0.25, color: BLACK });
  const size = 6;
  // The information line sits in the bottom slug, clear of the marks' corners.
  page.drawText(fitText(p.info, font, size, pt(g.trim.width - 2 * 0.5)), { x: pt(g.trim.x + 0.5), y: pt(g.trim.y - b) / 2 - size / 2, size, font, color: GREY });
}

/** The words over the picture, invisible (text render mode 3): found by search, copied, read aloud. */
async function drawWords(page: PDFPage, p: Extract<PdfPage, { kind: 'piece' }>, faceOf: (key: FontKey) => Promise<PDFFont>): Promise<void> {
  const h = page.getHeight();
  page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
  for (const run of p.words ?? []) {
    const face = await faceOf(run.font);
    // Each line spans what the picture shows, even in a stand-in face of other widths.
    const natural = face.widthOfTextAtSize(run.text, run.size) + run.spacing * Math.max(0, [...run.text].length - 1);
    const squeeze = natural > 0 ? Math.min(400, Math.max(25, (100 * pt(run.width)) / natural)) : 100;
    page.pushOperators(setCharacterSpacing(run.spacing), setCharacterSqueeze(squeeze));
    page.drawText(run.text, { x: pt(p.page.trim.x + run.x), y: h - pt(p.page.trim.y + run.baseline), size: run.size, font: face });
  }
  page.pushOperators(popGraphicsState());
}

/** The spot color cutting tables and print shops read as the cut path: 100% magenta where it shows. */
export const DIE_LINE_INK = 'CutContour';
/** A Bézier handle for a quarter circle: the standard 4(√2 − 1)/3. */
const KAPPA = 0.5522847498;

function dieLineColorSpace(doc: PDFDocument): PDFRef {
  const magenta = doc.context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [0, 1, 0, 0], N: 1 });
  return doc.context.register(doc.context.obj([PDFName.of('Separation'), PDFName.of(DIE_LINE_INK), PDFName.of('DeviceCMYK'), magenta]));
}

/**
 * The die line of each cut (a hole, a slit), over the picture: a hairline in the CutContour spot color, set to
 * overprint so it never knocks out the artwork under it. Printed at home it shows where to cut.
 */
function drawDieLines(page: PDFPage, p: Extract<PdfPage, { kind: 'piece' }>, colorSpace: PDFRef): void {
  const resources = page.node.Resources()!;
  let spaces = resources.lookupMaybe(PDFName.of('ColorSpace'), PDFDict);
  if (!spaces) {
    spaces = page.doc.context.obj({});
    resources.set(PDFName.of('ColorSpace'), spaces);
  }
  const ink = PDFName.of(DIE_LINE_INK);
  spaces.set(ink, colorSpace);
  const overprint = page.node.newExtGState('GS', page.doc.context.obj({ Type: 'ExtGState', OP: true, op: true, OPM: 1 }));
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    setGraphicsState(overprint),
    PDFOperator.of(PDFOperatorNames.StrokingColorspace, [ink]),
    PDFOperator.of(PDFOperatorNames.StrokingColorN, [PDFNumber.of(1)]),
    setLineWidth(0.5),
  ];
  // The trim box is given from the page's bottom-left corner; the cuts from the trim's top-left.
  const x = (inches: number) => pt(p.page.trim.x + inches);
  const y = (inches: number) => pt(p.page.trim.y + p.page.trim.height - inches);
  for (const cut of p.dieCuts ?? []) {
    if (cut.shape === 'slit') {
      // An end on the trim's edge runs on through the bleed, so a cut a little off the trim still
      // opens the slit.
      const [x1, y1, x2, y2] = slitThroughBleed(cut, p.page.trim.width, p.page.trim.height, p.page.bleedIn);
      ops.push(moveTo(x(x1), y(y1)), lineTo(x(x2), y(y2)), stroke());
      continue;
    }
    const rx = pt(cut.width / 2);
    const ry = pt(cut.height / 2);
    const cx = x(cut.x) + rx;
    const cy = y(cut.y) - ry;
    const kx = rx * KAPPA;
    const ky = ry * KAPPA;
    ops.push(
      moveTo(cx + rx, cy),
      appendBezierCurve(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
      appendBezierCurve(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
      appendBezierCurve(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
      appendBezierCurve(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
      closePath(),
      stroke(),
    );
  }
  ops.push(popGraphicsState());
  page.pushOperators(...ops);
}

/** A slit's ends in inches from the trim's top-left, each end on the trim's edge moved `bleedIn` further out along the slit. */
export function slitThroughBleed(cut: Extract<DieCut, { shape: 'slit' }>, widthIn: number, heightIn: number, bleedIn: number): [number, number, number, number] {
  const length = Math.hypot(cut.x2 - cut.x1, cut.y2 - cut.y1);
  if (length === 0 || bleedIn <= 0) return [cut.x1, cut.y1, cut.x2, cut.y2];
  const ux = (cut.x2 - cut.x1) / length;
  const uy = (cut.y2 - cut.y1) / length;
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  // How far along the slit an end goes to pass bleedIn beyond the edge it is on (0 off the edges).
  const beyond = (x: number, y: number) => {
    const across = near(x, 0) || near(x, widthIn) ? Math.abs(ux) : near(y, 0) || near(y, heightIn) ? Math.abs(uy) : 0;
    return across > 1e-6 ? bleedIn / across : 0;
  };
  const a = beyond(cut.x1, cut.y1);
  const b = beyond(cut.x2, cut.y2);
  return [cut.x1 - ux * a, cut.y1 - uy * a, cut.x2 + ux * b, cut.y2 + uy * b];
}

/** Cuts a label to the width it has (long design names). */
function fitText(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let s = text;
  while (s.length > 1 && font.widthOfTextAtSize(`${s}…`, size) > width) s = s.slice(0, -1);
  return `${s}…`;
}

/** A registration cross: white under black, so it shows on any color. */
function cross(page: PDFPage, x: number, y: number, r: number): void {
  for (const [color, thickness] of [[WHITE, 1.6], [BLACK, 0.5]] as const) {
    page.drawLine({ start: { x: x - r, y }, end: { x: x + r, y }, thickness, color });
    page.drawLine({ start: { x, y: y - r }, end: { x, y: y + r }, thickness, color });
  }
  page.drawCircle({ x, y, size: r * 0.55, borderColor: BLACK, borderWidth: 0.5 });
}

async function tilePage(doc: PDFDocument, p: Extract<PdfPage, { kind: 'tile' }>, font: PDFFont): Promise<void> {
  const { plan, tile } = p;
  const page = doc.addPage([pt(plan.sheetWidthIn), pt(plan.sheetHeightIn)]);
  const img = await doc.embedJpg(p.image.jpeg);
  const m = plan.marginIn;
  // Sign inches to page points: the tile's top-left corner sits at the sheet's top-left margin.
  const px = (x: number) => pt(m + x - tile.x);
  const py = (y: number) => pt(plan.sheetHeightIn - m - (y - tile.y));
  page.drawImage(img, { x: px(tile.x), y: py(tile.y + tile.height), width: pt(tile.width), height: pt(tile.height) });
  page.setTrimBox(px(tile.x), py(tile.y + tile.height), pt(tile.width), pt(tile.height));
  // Marks come in sheet inches from the top-left; PDF counts points from the bottom-left.
  const marks = tileMarks(plan, tile);
  const toX = (x: number) => pt(x);
  const toY = (y: number) => pt(plan.sheetHeightIn - y);
  for (const c of marks.crosses) cross(page, toX(c.x), toY(c.y), pt(CROSS_RADIUS_IN));
  for (const d of marks.dashes) page.drawLine({ start: { x: toX(d.x1), y: toY(d.y1) }, end: { x: toX(d.x2), y: toY(d.y2) }, thickness: 0.5, color: BLACK, dashArray: [4, 3] });
  const size = 7;
  page.drawText(fitText(p.label, font, size, pt(plan.sheetWidthIn - 2 * m)), { x: pt(m), y: pt(m) / 2 - size / 3, size, font, color: GREY });
}

async function guidePage(doc: PDFDocument, p: Extract<PdfPage, { kind: 'tile-guide' }>, font: PDFFont): Promise<void> {
  const { plan } = p;
  const w = pt(plan.sheetWidthIn);
  const h = pt(plan.sheetHeightIn);
  const page = doc.addPage([w, h]);
  const m = pt(0.6);
  let y = h - m;
  page.drawText(fitText(p.title, font, 16, w - 2 * m), { x: m, y: y - 16, size: 16, font, color: BLACK });
  y -= 34;
  for (const line of p.steps) {
    for (const wrapped of wrap(line, font, 10, w - 2 * m)) {
      page.drawText(wrapped, { x: m, y: y - 10, size: 10, font, color: BLACK });
      y -= 14;
    }
    y -= 4;
  }
  // The sign, small, with the sheets drawn over it and numbered.
  const boxW = w - 2 * m;
  const boxH = y - m - 10;
  const k = Math.min(boxW / p.signWidthIn, boxH / p.signHeightIn);
  const sx = m + (boxW - p.signWidthIn * k) / 2;
  const sy = m + (boxH - p.signHeightIn * k) / 2;
  const img = await doc.embedJpg(p.image.jpeg);
  page.drawImage(img, { x: sx, y: sy, width: p.signWidthIn * k, height: p.signHeightIn * k });
  for (const t of plan.tiles) {
    const x = sx + t.x * k;
    const top = sy + (p.signHeightIn - t.y) * k;
    page.drawRectangle({ x, y: top - t.height * k, width: t.width * k, height: t.height * k, borderColor: BLACK, borderWidth: 0.75, opacity: 0, borderOpacity: 1 });
    const label = p.sheetLabel(t);
    const size = Math.max(6, Math.min(12, (t.width * k) / 6));
    const tw = font.widthOfTextAtSize(label, size);
    page.drawRectangle({ x: x + 3, y: top - size - 5, width: tw + 4, height: size + 3, color: WHITE, opacity: 0.85 });
    page.drawText(label, { x: x + 5, y: top - size - 3, size, font, color: BLACK });
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}
