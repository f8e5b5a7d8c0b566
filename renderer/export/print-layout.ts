// File > Print: the design laid out as paper pages in the page itself (a print-only layer the print
// style sheet shows alone), then the system print dialog (window.placard.printWindow). The pages
// come from core/print like the PDF's: a piece at its trim size (or, when two or more fit, copies
// of it on one sheet with lines to cut along), or a sign tiled over home-printer sheets with the
// assembly guide, crosses, dashed lines and sheet labels (core/print tileMarks).
import i18next from 'i18next';
import type { Encoder, CanvasLike } from '../../core/export';
import type { Design } from '../../core/model';
import type { Preset } from '../../core/presets';
import { CROSS_RADIUS_IN, PAPERS, printPages, sheetOfCopies, tileMarks, type PaperId, type PdfPage, type SheetOfCopies } from '../../core/print';
import { appPdfDeps } from './print-pdf';

export const PRINT_ROOT_ID = 'print-root';
/** Home printers: 300 dpi for a sheet, 150 for the sheets of a sign (sharp from where it is read). */
const SHEET_DPI = 300;
const TILE_DPI = 150;

/** The paper a piece needs to be tiled on: null when it fits the home printer's sheet (either way round). */
export function tilePaperFor(preset: Preset, paper: PaperId): PaperId | null {
  const p = preset.print;
  if (!p) return null;
  const sheet = PAPERS[paper];
  const fits = (w: number, h: number) => p.widthIn <= w + 1e-6 && p.heightIn <= h + 1e-6;
  return fits(sheet.widthIn, sheet.heightIn) || fits(sheet.heightIn, sheet.widthIn) ? null : paper;
}

const svg = (w: number, h: number, body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}in" height="${h}in" class="print-marks">${body}</svg>`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The die cuts (a door hanger's hole and slit) as magenta hairlines, at (x, y) in inches: where to cut at home. */
function dieLines(page: Extract<PdfPage, { kind: 'piece' }>, x: number, y: number): string {
  return (page.dieCuts ?? [])
    .map((c) =>
      c.shape === 'slit'
        ? `<line x1="${x + c.x1}" y1="${y + c.y1}" x2="${x + c.x2}" y2="${y + c.y2}" class="print-die"/>`
        : `<ellipse cx="${x + c.x + c.width / 2}" cy="${y + c.y + c.height / 2}" rx="${c.width / 2}" ry="${c.height / 2}" class="print-die"/>`,
    )
    .join('');
}

/** One page element: its paper size, the picture and the marks, in inches. */
function pageElement(page: PdfPage, url: string, sizeName: string, copies: SheetOfCopies | null): HTMLElement {
  const el = document.createElement('section');
  el.className = 'print-page';
  const img = `<img src="${url}" alt="" class="print-picture"`;
  if (page.kind === 'piece' && copies) {
    // Copies side by side, centred on the sheet, with dashed lines to cut along.
    const { width, height } = page.page.trim;
    const { cols, rows, sheetWidthIn: sw, sheetHeightIn: sh } = copies;
    const ox = (sw - cols * width) / 2;
    const oy = (sh - rows * height) / 2;
    el.style.cssText = `page: ${sizeName}; width: ${sw}in; height: ${sh}in;`;
    const pictures: string[] = [];
    const marks: string[] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = ox + c * width;
        const y = oy + r * height;
        pictures.push(`${img} style="left:${x}in;top:${y}in;width:${width}in;height:${height}in">`);
        marks.push(dieLines(page, x, y));
      }
    }
    for (let c = 0; c <= cols; c++) marks.push(`<line x1="${ox + c * width}" y1="0" x2="${ox + c * width}" y2="${sh}" class="print-dash"/>`);
    for (let r = 0; r <= rows; r++) marks.push(`<line x1="0" y1="${oy + r * height}" x2="${sw}" y2="${oy + r * height}" class="print-dash"/>`);
    el.innerHTML = pictures.join('') + svg(sw, sh, marks.join(''));
    return el;
  }
  if (page.kind === 'piece') {
    const { width, height } = page.page.trim;
    el.style.cssText = `page: ${sizeName}; width: ${width}in; height: ${height}in;`;
    const cuts = dieLines(page, 0, 0);
    el.innerHTML = `${img} style="left:0;top:0;width:${width}in;height:${height}in">` + (cuts ? svg(width, height, cuts) : '');
    return el;
  }
  const { plan } = page;
  el.style.cssText = `page: ${sizeName}; width: ${plan.sheetWidthIn}in; height: ${plan.sheetHeightIn}in;`;
  if (page.kind === 'tile') {
    const { tile } = page;
    const marks = tileMarks(plan, tile);
    const r = CROSS_RADIUS_IN;
    const crosses = marks.crosses
      .map((c) => `<path d="M${c.x - r} ${c.y}H${c.x + r}M${c.x} ${c.y - r}V${c.y + r}" class="print-cross"/><circle cx="${c.x}" cy="${c.y}" r="${r * 0.55}" class="print-ring"/>`)
      .join('');
    const dashes = marks.dashes.map((d) => `<line x1="${d.x1}" y1="${d.y1}" x2="${d.x2}" y2="${d.y2}" class="print-dash"/>`).join('');
    el.innerHTML =
      `${img} style="left:${plan.marginIn}in;top:${plan.marginIn}in;width:${tile.width}in;height:${tile.height}in">` +
      svg(plan.sheetWidthIn, plan.sheetHeightIn, crosses + dashes) +
      `<p class="print-label" style="left:${plan.marginIn}in;bottom:0;height:${plan.marginIn}in">${escapeHtml(page.label)}</p>`;
    return el;
  }
  // The assembly guide: the steps, then the sign with its sheets drawn over it.
  const boxW = plan.sheetWidthIn - 1.2;
  const boxH = plan.sheetHeightIn - 3.2;
  const k = Math.min(boxW / page.signWidthIn, boxH / page.signHeightIn);
  const grid = plan.tiles
    .map((t) => `<rect x="${t.x * k}" y="${t.y * k}" width="${t.width * k}" height="${t.height * k}" class="print-sheet"/><text x="${t.x * k + 0.08}" y="${t.y * k + 0.22}" class="print-sheet-label">${escapeHtml(page.sheetLabel(t))}</text>`)
    .join('');
  el.innerHTML =
    `<div class="print-guide"><h1>${escapeHtml(page.title)}</h1>${page.steps.map((s) => `<p>${escapeHtml(s)}</p>`).join('')}</div>` +
    `<div class="print-guide-art" style="width:${page.signWidthIn * k}in;height:${page.signHeightIn * k}in">${img} style="left:0;top:0;width:100%;height:100%">${svg(page.signWidthIn * k, page.signHeightIn * k, grid)}</div>`;
  return el;
}

export interface PrintLayout {
  root: HTMLElement;
  pages: number;
  remove(): void;
}

/** Lays the pages out in a print-only layer; remove() takes it away and frees the pictures. */
export async function layOutPrint(design: Design, preset: Preset, paper: PaperId, encoder: Encoder<CanvasLike>): Promise<PrintLayout> {
  const tile = tilePaperFor(preset, paper);
  const dpi = tile ? TILE_DPI : SHEET_DPI;
  const deps = await appPdfDeps(dpi);
  const { pages } = await printPages({ design, preset, lang: design.language }, { dpi, bleed: false, marks: false, tile }, encoder, deps.text);
  document.getElementById(PRINT_ROOT_ID)?.remove();
  const root = document.createElement('div');
  root.id = PRINT_ROOT_ID;
  root.setAttribute('aria-hidden', 'true');
  root.lang = i18next.language || 'en';
  const urls: string[] = [];
  const sizes = new Map<string, string>();
  const rules: string[] = [];
  // A piece smaller than half the sheet prints as several copies on it (two door hangers on Letter).
  const copies = tile ? null : sheetOfCopies(preset.print?.widthIn ?? Infinity, preset.print?.heightIn ?? Infinity, paper);
  for (const page of pages) {
    const [w, h] =
      page.kind === 'piece' ? (copies ? [copies.sheetWidthIn, copies.sheetHeightIn] : [page.page.trim.width, page.page.trim.height]) : [page.plan.sheetWidthIn, page.plan.sheetHeightIn];
    const key = `${w.toFixed(3)}x${h.toFixed(3)}`;
    if (!sizes.has(key)) {
      const name = `placard-${sizes.size}`;
      sizes.set(key, name);
      rules.push(`@page ${name} { size: ${w}in ${h}in; margin: 0; }`);
    }
    const url = URL.createObjectURL(new Blob([page.image.jpeg as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));
    urls.push(url);
    root.append(pageElement(page, url, sizes.get(key)!, page.kind === 'piece' ? copies : null));
  }
  const style = document.createElement('style');
  style.textContent = rules.join('\n');
  root.prepend(style);
  document.body.append(root);
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  return {
    root,
    pages: pages.length,
    remove() {
      root.remove();
      for (const url of urls) URL.revokeObjectURL(url);
    },
  };
}
