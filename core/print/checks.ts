// What can go wrong on paper, checked on the design as it prints at one print size (adapted):
// photos too coarse for the size, words too small for the distance they are read from, QR codes
// too small or too faint to scan from there, words in the bleed or too close to the trim, and
// the "Paid for by" disclaimer missing, too small or outside the safe area.
// Rules of thumb from ../../../shared/PRESETS.md: 1 in of letter height per 10 ft of distance;
// a QR code's side at least a tenth of the scanning distance; 150 dpi the least that looks
// acceptable, 300 dpi the print standard; 12 pt for the disclaimer.
import type { ColorValue } from '../model/primitives';
import type { Element } from '../elements';
import { qrDataFor, textFor } from '../elements';
import { qrProblems, type QrProblem } from '../elements/qr/check';
import type { Design } from '../model/schema';
import type { Preset } from '../presets/types';
import { PX_PER_INCH, pxToPt } from './units';

export const MIN_DPI = 150;
export const GOOD_DPI = 300;
/** Cap height as a share of the font size, for the common sans and condensed display faces. */
export const CAP_HEIGHT = 0.7;
export const DISCLAIMER_MIN_PT = 12;
/** Hand-held pieces: below this, type is hard to read whatever the distance. */
export const HANDHELD_MIN_PT = 8;
/** Phones scan a flyer or a card from about a foot away. */
export const HANDHELD_SCAN_FT = 1;
/** A QR code smaller than 2 cm is unreliable even up close. */
export const QR_MIN_SIDE_IN = 0.8;

export type PrintIssue =
  | { code: 'print.image-low-dpi' | 'print.image-fair-dpi'; elementId: string; dpi: number; min: number }
  | { code: 'print.text-small-for-distance'; elementId: string; letterIn: number; needIn: number; distanceFt: number }
  | { code: 'print.text-too-small'; elementId: string; pt: number; minPt: number }
  | { code: 'print.qr-small-for-distance'; elementId: string; sideIn: number; needIn: number; distanceFt: number }
  | ({ elementId: string } & QrProblem)
  | { code: 'print.text-in-bleed' | 'print.text-near-trim'; elementId: string; marginIn: number }
  | { code: 'print.disclaimer-missing' }
  | { code: 'print.disclaimer-small'; elementId: string; pt: number; minPt: number }
  | { code: 'print.disclaimer-outside'; elementId: string };

export interface PrintCheckOptions {
  /** How far the piece is read from, in feet (the user picks it; see defaultDistanceFt). */
  distanceFt: number;
  /** Resolves brand tokens to the colors that print. */
  color: (value: ColorValue) => string;
  /** The kit's disclaimer in the design's language; when set, the piece must carry it. */
  disclaimer?: string;
}

/** Signs are read across a street, posters across a room, flyers in the hand. */
export function defaultDistanceFt(preset: Preset): number {
  if (!preset.print) return 2;
  if (preset.print.kind === 'sign') return 15;
  return Math.max(preset.print.widthIn, preset.print.heightIn) >= 16 ? 4 : 2;
}

/** The letter (cap) height that reads from `distanceFt`: 1 in per 10 ft. */
export function letterHeightFor(distanceFt: number): number {
  return distanceFt / 10;
}

/** A QR code's side that scans from `distanceFt`: a tenth of the distance, never under 0.8 in. */
export function qrSideFor(distanceFt: number): number {
  return Math.max(QR_MIN_SIDE_IN, (distanceFt * 12) / 10);
}

interface Placed {
  el: Element;
  x: number;
  y: number;
}

/** Visible elements with their position on the page (groups' children are relative to the group). */
function placed(elements: readonly Element[], dx = 0, dy = 0, out: Placed[] = []): Placed[] {
  for (const el of elements) {
    if (!el.visible || el.opacity <= 0) continue;
    if (el.type === 'group') placed(el.children, dx + el.x, dy + el.y, out);
    else out.push({ el, x: el.x + dx, y: el.y + dy });
  }
  return out;
}

/** Pixels of the image drawn per inch of paper: the coarser axis of its crop over its box. */
export function effectiveDpi(el: Extract<Element, { type: 'image' }>, asset: { width: number; height: number }): number {
  const crop = el.crop ?? { x: 0, y: 0, width: 1, height: 1 };
  const srcW = asset.width * crop.width;
  const srcH = asset.height * crop.height;
  const boxW = el.width / PX_PER_INCH;
  const boxH = el.height / PX_PER_INCH;
  if (boxW <= 0 || boxH <= 0) return Infinity;
  const sx = srcW / boxW;
  const sy = srcH / boxH;
  // Cover (and stretch) scale the image up until both axes fill the box: the coarser axis counts.
  // Contain scales until one axis fits: the image keeps the finer of the two.
  return el.fit === 'contain' ? Math.max(sx, sy) : Math.min(sx, sy);
}

function hasWords(el: Element, language: Design['language']): el is Extract<Element, { type: 'text' }> {
  return el.type === 'text' && textFor(el, language).trim() !== '';
}

export function checkPrint(design: Design, preset: Preset, options: PrintCheckOptions): PrintIssue[] {
  if (!preset.print) return [];
  const out: PrintIssue[] = [];
  const items = placed(design.elements);
  const trimW = design.width;
  const trimH = design.height;
  const safe = preset.safeZone.area;
  const kx = design.width / preset.width;
  const ky = design.height / preset.height;
  const safeArea = { x: safe.x * kx, y: safe.y * ky, width: safe.width * kx, height: safe.height * ky };
  const need = letterHeightFor(options.distanceFt);
  // Half a pixel of slack: a box drawn on the margin's edge is inside it.
  const outsideSafe = (x: number, y: number, el: Element) =>
    x < safeArea.x - 0.5 || y < safeArea.y - 0.5 || x + el.width > safeArea.x + safeArea.width + 0.5 || y + el.height > safeArea.y + safeArea.height + 0.5;
  const handheld = options.distanceFt <= 3;
  for (const { el, x, y } of items) {
    if (el.type === 'image') {
      const asset = design.assets[el.assetId];
      if (!asset) continue;
      const dpi = Math.floor(effectiveDpi(el, asset));
      if (dpi < MIN_DPI) out.push({ code: 'print.image-low-dpi', elementId: el.id, dpi, min: MIN_DPI });
      else if (dpi < GOOD_DPI) out.push({ code: 'print.image-fair-dpi', elementId: el.id, dpi, min: GOOD_DPI });
      continue;
    }
    if (el.type === 'qr') {
      const sideIn = Math.min(el.width, el.height) / PX_PER_INCH;
      // A hand-held piece is read at arm's length but scanned closer, about a foot away.
      const scanFt = handheld ? Math.min(options.distanceFt, HANDHELD_SCAN_FT) : options.distanceFt;
      const needIn = qrSideFor(scanFt);
      if (sideIn + 1e-9 < needIn) out.push({ code: 'print.qr-small-for-distance', elementId: el.id, sideIn: round2(sideIn), needIn: round2(needIn), distanceFt: scanFt });
      for (const p of qrProblems(qrDataFor(el, design.language), el.errorCorrection, options.color(el.dark), options.color(el.light))) out.push({ elementId: el.id, ...p });
      continue;
    }
    if (!hasWords(el, design.language)) continue;
    const letterIn = (el.fontSize * CAP_HEIGHT) / PX_PER_INCH;
    const pt = pxToPt(el.fontSize);
    if (el.role === 'disclaimer') {
      if (pt + 1e-6 < DISCLAIMER_MIN_PT) out.push({ code: 'print.disclaimer-small', elementId: el.id, pt: round1(pt), minPt: DISCLAIMER_MIN_PT });
      if (outsideSafe(x, y, el)) out.push({ code: 'print.disclaimer-outside', elementId: el.id });
    } else if (handheld) {
      if (pt + 1e-6 < HANDHELD_MIN_PT) out.push({ code: 'print.text-too-small', elementId: el.id, pt: round1(pt), minPt: HANDHELD_MIN_PT });
    } else if (letterIn + 1e-9 < need) {
      out.push({ code: 'print.text-small-for-distance', elementId: el.id, letterIn: round2(letterIn), needIn: round2(need), distanceFt: options.distanceFt });
    }
    // Words past the trim are cut off; words in the safety margin may be.
    const margin = Math.min(x, y, trimW - (x + el.width), trimH - (y + el.height));
    if (margin < -0.5) out.push({ code: 'print.text-in-bleed', elementId: el.id, marginIn: round2(margin / PX_PER_INCH) });
    else if (el.role !== 'disclaimer' && outsideSafe(x, y, el)) {
      out.push({ code: 'print.text-near-trim', elementId: el.id, marginIn: round2(Math.max(0, margin) / PX_PER_INCH) });
    }
  }
  if (options.disclaimer?.trim() && !items.some(({ el }) => el.type === 'text' && el.role === 'disclaimer' && textFor(el, design.language).trim())) {
    out.push({ code: 'print.disclaimer-missing' });
  }
  return out;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

