// Print export through the same Encoder as every other export: the design adapted to the print
// size (adaptToPreset), drawn beyond its trim for bleed, at the chosen dpi, encoded as JPEG and
// placed on PDF pages (pdf.ts) as pieces with crop marks or as tiles of a sign.
import { adaptToPreset } from '../export/pipeline';
import { ExportError, type CancelSignal, type CanvasLike, type Encoder } from '../export/types';
import type { Design, Language } from '../model/schema';
import type { Preset } from '../presets/types';
import { designRegion, withBleed } from './bleed';
import { defaultBleedIn, DEFAULT_OVERLAP_IN, piecePage, planTiles, type PaperId, type Tile, type TilePlan } from './geometry';
import type { PdfPage } from './pdf';
import { PX_PER_INCH } from './units';
import { wordRuns, type FontKey } from './words';

export const PRINT_DPI = [150, 300] as const;
export const DEFAULT_PRINT_DPI = 300;
/** JPEG at this quality shows no artefacts at print resolution and keeps posters small. */
const PAGE_QUALITY = 0.92;
/** The assembly guide's picture: enough to recognise the sign. */
const GUIDE_LONG_SIDE_PX = 900;

export interface PrintOptions {
  dpi: number;
  /** Adds the print-shop bleed (1/8 in, or 3 mm for ISO sizes) around each piece. */
  bleed: boolean;
  /** Crop marks in a margin around each piece. */
  marks: boolean;
  /** Splits each piece across sheets of this paper, to print at home and glue. */
  tile: PaperId | null;
  overlapIn?: number;
}

export interface PrintItem {
  design: Design;
  preset: Preset;
  lang: Language;
}

/** The words a PDF carries, in the user's language (core knows no i18n). */
export interface PrintText {
  /** The slug line under a piece: design, size, dpi. */
  info(item: PrintItem): string;
  /** "Row 2, column 3 · sheet 5 of 12 · …" under a tile. */
  tileLabel(item: PrintItem, tile: Tile, plan: TilePlan): string;
  /** The short label drawn on each sheet of the assembly guide: "2-3". */
  sheetLabel(tile: Tile): string;
  guideTitle(item: PrintItem, plan: TilePlan): string;
  guideSteps(item: PrintItem, plan: TilePlan): string[];
}

export interface PrintPdfResult {
  bytes: Uint8Array;
  pages: number;
  /** Sheets per tiled piece, in order (empty when not tiled). */
  tilePlans: TilePlan[];
}

export function printCheckOptions(options: PrintOptions): void {
  if (!Number.isFinite(options.dpi) || options.dpi < 72 || options.dpi > 600) {
    throw new ExportError('export.bad-options', `dpi must be from 72 to 600, got ${options.dpi}`, { dpi: options.dpi });
  }
}

function printSize(preset: Preset): { widthIn: number; heightIn: number } {
  if (!preset.print) throw new ExportError('export.pdf-print-only', `${preset.id} is not a print size; PDF export takes print sizes`, { preset: preset.id });
  return { widthIn: preset.print.widthIn, heightIn: preset.print.heightIn };
}

/** The PDF pages for one design at one print size: a piece, or a guide and its tiles. */
export async function printPages<C extends CanvasLike>(item: PrintItem, options: PrintOptions, encoder: Encoder<C>, text: PrintText, signal?: CancelSignal): Promise<{ pages: PdfPage[]; plan: TilePlan | null }> {
  printCheckOptions(options);
  const { widthIn, heightIn } = printSize(item.preset);
  await encoder.prepare?.(item.design);
  const ctx = encoder.context(item.design);
  const adapted = adaptToPreset(item.design, item.preset, ctx);
  const pr = options.dpi / PX_PER_INCH;
  const draw = async (design: Design, pixelRatio: number): Promise<Uint8Array> => {
    if (signal?.aborted) throw new ExportError('export.cancelled', 'export cancelled', { preset: item.preset.id });
    const canvas = await encoder.render(design, design.width, design.height, pixelRatio, ctx);
    try {
      return await encoder.encode(canvas, 'image/jpeg', PAGE_QUALITY);
    } finally {
      encoder.release?.(canvas);
    }
  };
  if (!options.tile) {
    const bleedIn = options.bleed ? defaultBleedIn(item.preset) : 0;
    // The picture's bleed in whole output pixels (at least the bleed), so the trim falls on a pixel edge.
    const bleedPx = Math.ceil(bleedIn * options.dpi - 1e-9) / pr;
    const jpeg = await draw(withBleed(adapted, bleedPx), pr);
    const page = piecePage(widthIn, heightIn, bleedIn, options.marks);
    const words = wordRuns(adapted, ctx);
    const dieCuts = item.preset.print?.dieCuts ?? [];
    return { pages: [{ kind: 'piece', image: { jpeg }, page, marks: options.marks, info: text.info(item), imageBleedIn: bleedPx / PX_PER_INCH, words, ...(dieCuts.length ? { dieCuts } : {}) }], plan: null };
  }
  const plan = planTiles(widthIn, heightIn, options.tile, options.overlapIn ?? DEFAULT_OVERLAP_IN);
  const guideJpeg = await draw(adapted, Math.min(1, GUIDE_LONG_SIDE_PX / Math.max(adapted.width, adapted.height)));
  const pages: PdfPage[] = [
    {
      kind: 'tile-guide',
      image: { jpeg: guideJpeg },
      plan,
      signWidthIn: widthIn,
      signHeightIn: heightIn,
      title: text.guideTitle(item, plan),
      steps: text.guideSteps(item, plan),
      sheetLabel: (t) => text.sheetLabel(t),
    },
  ];
  for (const tile of plan.tiles) {
    const region = designRegion(adapted, tile.x * PX_PER_INCH, tile.y * PX_PER_INCH, tile.width * PX_PER_INCH, tile.height * PX_PER_INCH);
    pages.push({ kind: 'tile', image: { jpeg: await draw(region, pr) }, plan, tile, label: text.tileLabel(item, tile, plan) });
  }
  return { pages, plan };
}

/** The preset a PDF's file name uses ({preset}): its one print size, or "print" when it holds several. */
export function pdfNamePreset(presets: readonly Preset[]): Preset | undefined {
  const printable = presets.filter((p) => p.print);
  const first = printable[0];
  return first && printable.length > 1 ? { ...first, id: 'print' } : first;
}

/** One PDF holding every item (sizes, languages, designs) as pages, in order. */
export async function exportPrintPdf<C extends CanvasLike>(
  items: readonly PrintItem[],
  options: PrintOptions,
  encoder: Encoder<C>,
  meta: { title: string; language: string; font: Uint8Array; fonts?: (key: FontKey) => Promise<Uint8Array | null> },
  text: PrintText,
  signal?: CancelSignal,
  onItem?: (done: number) => void,
): Promise<PrintPdfResult> {
  const pages: PdfPage[] = [];
  const tilePlans: TilePlan[] = [];
  for (const [i, item] of items.entries()) {
    const r = await printPages(item, options, encoder, text, signal);
    pages.push(...r.pages);
    if (r.plan) tilePlans.push(r.plan);
    onItem?.(i + 1);
  }
  if (signal?.aborted) throw new ExportError('export.cancelled', 'export cancelled', {});
  // Loaded on first use: the app's first screen does not carry pdf-lib and fontkit.
  const { buildPdf } = await import('./pdf');
  const bytes = await buildPdf(pages, meta);
  return { bytes, pages: pages.length, tilePlans };
}
