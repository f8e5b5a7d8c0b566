// Print geometry in inches: bleed, the page a trimmed piece sits on (with room for crop marks),
// and how a sign larger than the paper is split into overlapping sheets.
import type { Preset } from '../presets/types';

/** The print-shop default: 1/8 in for inch sizes, 3 mm for millimetre (ISO) sizes. */
export function defaultBleedIn(preset: Preset): number {
  return preset.print?.definedIn === 'mm' ? 3 / 25.4 : 0.125;
}

/** Crop marks: how far they stay from the trim (beyond the bleed) and how long they are. */
export const MARK_GAP_IN = 1 / 16;
export const MARK_LENGTH_IN = 0.25;
/** The margin around the bled piece that holds the marks and one line of information. */
export const SLUG_IN = 0.5;

export interface PiecePage {
  /** Page (media box) size. */
  widthIn: number;
  heightIn: number;
  /** The trim box, from the page's bottom-left corner (PDF's origin). */
  trim: { x: number; y: number; width: number; height: number };
  bleedIn: number;
}

/** The page a trim-size piece prints on: the bleed around it, and a slug for the marks when asked. */
export function piecePage(trimWidthIn: number, trimHeightIn: number, bleedIn: number, marks: boolean): PiecePage {
  const margin = marks ? Math.max(SLUG_IN, bleedIn + MARK_GAP_IN + MARK_LENGTH_IN) : bleedIn;
  return {
    widthIn: trimWidthIn + 2 * margin,
    heightIn: trimHeightIn + 2 * margin,
    trim: { x: margin, y: margin, width: trimWidthIn, height: trimHeightIn },
    bleedIn,
  };
}

/** Crop mark segments (inches, PDF orientation) for a trim box: two at each corner, in the slug. */
export function cropMarks(page: PiecePage): { x1: number; y1: number; x2: number; y2: number }[] {
  const { x, y, width, height } = page.trim;
  const start = page.bleedIn + MARK_GAP_IN;
  const end = start + MARK_LENGTH_IN;
  const out: { x1: number; y1: number; x2: number; y2: number }[] = [];
  for (const cx of [x, x + width]) {
    for (const cy of [y, y + height]) {
      const sx = cx === x ? -1 : 1;
      const sy = cy === y ? -1 : 1;
      // Horizontal mark in line with the trim's horizontal edge, vertical in line with the vertical edge.
      out.push({ x1: cx + sx * start, y1: cy, x2: cx + sx * end, y2: cy });
      out.push({ x1: cx, y1: cy + sy * start, x2: cx, y2: cy + sy * end });
    }
  }
  return out;
}

export type PaperId = 'letter' | 'a4';

export const PAPERS: Readonly<Record<PaperId, { widthIn: number; heightIn: number }>> = {
  letter: { widthIn: 8.5, heightIn: 11 },
  a4: { widthIn: 210 / 25.4, heightIn: 297 / 25.4 },
};

/** Copies of a small piece side by side on one home-printer sheet. */
export interface SheetOfCopies {
  cols: number;
  rows: number;
  /** The sheet as it is printed: portrait or landscape, whichever holds more copies. */
  sheetWidthIn: number;
  sheetHeightIn: number;
}

/**
 * How a piece smaller than half the sheet prints at home: as many upright copies as fit (two door
 * hangers or two half-letter handouts on Letter), cut apart after printing. Null when one fits.
 */
export function sheetOfCopies(widthIn: number, heightIn: number, paper: PaperId): SheetOfCopies | null {
  const { widthIn: pw, heightIn: ph } = PAPERS[paper];
  const fit = (sw: number, sh: number): SheetOfCopies => ({ cols: Math.floor((sw + 1e-6) / widthIn), rows: Math.floor((sh + 1e-6) / heightIn), sheetWidthIn: sw, sheetHeightIn: sh });
  const portrait = fit(pw, ph);
  const landscape = fit(ph, pw);
  const best = landscape.cols * landscape.rows > portrait.cols * portrait.rows ? landscape : portrait;
  return best.cols * best.rows >= 2 ? best : null;
}

/** Home printers cannot print the outer 3-5 mm of a sheet: tiles keep 1/4 in clear. */
export const TILE_MARGIN_IN = 0.25;
export const DEFAULT_OVERLAP_IN = 0.375;

export interface Tile {
  row: number;
  col: number;
  /** The part of the sign on this sheet, in inches from the sign's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TilePlan {
  paper: PaperId;
  /** Sheet size as it prints (landscape when that needs fewer sheets). */
  sheetWidthIn: number;
  sheetHeightIn: number;
  landscape: boolean;
  rows: number;
  cols: number;
  overlapIn: number;
  marginIn: number;
  tiles: Tile[];
}

function axis(total: number, printable: number, overlap: number): number[] {
  if (total <= printable) return [0];
  const step = printable - overlap;
  const count = Math.ceil((total - overlap) / step);
  return Array.from({ length: count }, (_, i) => i * step);
}

/**
 * Splits a sign into sheets of `paper`: each sheet prints `overlap` inches of its neighbour's part
 * again on its right and bottom side, to glue under or over. Portrait or landscape, whichever
 * needs fewer sheets (portrait on a tie).
 */
export function planTiles(signWidthIn: number, signHeightIn: number, paper: PaperId, overlapIn = DEFAULT_OVERLAP_IN): TilePlan {
  const sheet = PAPERS[paper];
  const plan = (landscape: boolean): TilePlan => {
    const sheetWidthIn = landscape ? sheet.heightIn : sheet.widthIn;
    const sheetHeightIn = landscape ? sheet.widthIn : sheet.heightIn;
    const pw = sheetWidthIn - 2 * TILE_MARGIN_IN;
    const ph = sheetHeightIn - 2 * TILE_MARGIN_IN;
    const xs = axis(signWidthIn, pw, overlapIn);
    const ys = axis(signHeightIn, ph, overlapIn);
    const tiles: Tile[] = [];
    ys.forEach((y, row) =>
      xs.forEach((x, col) => tiles.push({ row, col, x, y, width: Math.min(pw, signWidthIn - x), height: Math.min(ph, signHeightIn - y) })),
    );
    return { paper, sheetWidthIn, sheetHeightIn, landscape, rows: ys.length, cols: xs.length, overlapIn, marginIn: TILE_MARGIN_IN, tiles };
  };
  const portrait = plan(false);
  const landscape = plan(true);
  return landscape.tiles.length < portrait.tiles.length ? landscape : portrait;
}

export interface TileMarks {
  /** Registration crosses, in inches from the sheet's top-left corner. */
  crosses: { x: number; y: number }[];
  /** Dashed lines where the neighbour's trimmed edge goes, in inches from the sheet's top-left corner. */
  dashes: { x1: number; y1: number; x2: number; y2: number }[];
}

/**
 * Where a sheet's alignment marks go: crosses in the middle of each overlap, at the same place on
 * the sign on both neighbours (laid one over the other, the crosses meet), and a dashed line where
 * the right and bottom neighbours' trimmed edges go. The PDF and the print layout both draw these.
 */
export function tileMarks(plan: TilePlan, tile: Tile): TileMarks {
  const sx = (x: number) => plan.marginIn + x - tile.x;
  const sy = (y: number) => plan.marginIn + y - tile.y;
  const mid = plan.overlapIn / 2;
  const along = (start: number, length: number) => [start + length * 0.2, start + length * 0.5, start + length * 0.8];
  const crosses: { x: number; y: number }[] = [];
  const right = tile.col < plan.cols - 1;
  const below = tile.row < plan.rows - 1;
  if (right) for (const y of along(tile.y, tile.height)) crosses.push({ x: sx(tile.x + tile.width - mid), y: sy(y) });
  if (tile.col > 0) for (const y of along(tile.y, tile.height)) crosses.push({ x: sx(tile.x + mid), y: sy(y) });
  if (below) for (const x of along(tile.x, tile.width)) crosses.push({ x: sx(x), y: sy(tile.y + tile.height - mid) });
  if (tile.row > 0) for (const x of along(tile.x, tile.width)) crosses.push({ x: sx(x), y: sy(tile.y + mid) });
  const dashes: TileMarks['dashes'] = [];
  if (right) {
    const x = sx(tile.x + tile.width - plan.overlapIn);
    dashes.push({ x1: x, y1: sy(tile.y), x2: x, y2: sy(tile.y + tile.height) });
  }
  if (below) {
    const y = sy(tile.y + tile.height - plan.overlapIn);
    dashes.push({ x1: sx(tile.x), y1: y, x2: sx(tile.x + tile.width), y2: y });
  }
  return { crosses, dashes };
}

/** The radius of a registration cross, in inches. */
export const CROSS_RADIUS_IN = 0.12;
