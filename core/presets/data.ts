// Every row of shared/PRESETS.md as data. Ids are stable: designs store them (layouts) and
// users' export settings refer to them.
//
// Byte limits: platforms write "8 MB" without saying which megabyte. Where they do not define it
// we use the decimal value (8 MB = 8,000,000 bytes), the smaller reading, so a file passes under
// either meaning. Bluesky's limit is exactly 1,000,000 bytes (protocol schema). Mastodon's comes
// from Rails' `16.megabytes`, which is 16 MiB = 16,777,216 bytes.
//
// Minimum sizes (how far byte-limit fitting may scale down): the larger of the platform's
// documented minimum and half the preset size, because below half the platform upscales the
// image so much that text blurs.
import { PX_PER_INCH, mmToInches } from '../print/units';
import type { AltTextRule, Circle, DieCut, ExportFormat, Platform, Preset, PrintSpec, Rect, SafeZone, VariableSize } from './types';

export const MB = 1_000_000;
export const MiB = 1024 * 1024;

const ALT_META: AltTextRule = { max: null, warnAbove: 125 };
const ALT_X: AltTextRule = { max: 1000, warnAbove: null };
const ALT_MASTODON: AltTextRule = { max: 1500, warnAbove: null };
const ALT_BLUESKY: AltTextRule = { max: 2000, warnAbove: null };
/** The platform takes no alt text for this use, or documents no limit. */
const ALT_NONE: AltTextRule = { max: null, warnAbove: null };

const JP: ExportFormat[] = ['jpeg', 'png'];
const PJ: ExportFormat[] = ['png', 'jpeg'];

function full(width: number, height: number): Rect {
  return { x: 0, y: 0, width, height };
}

/** A centered rectangle of the given size inside a width x height canvas, on whole pixels. */
export function centeredRect(width: number, height: number, innerWidth: number, innerHeight: number): Rect {
  const w = Math.min(width, Math.round(innerWidth));
  const h = Math.min(height, Math.round(innerHeight));
  return { x: Math.round((width - w) / 2), y: Math.round((height - h) / 2), width: w, height: h };
}

function inset(width: number, height: number, m: { top?: number; bottom?: number; left?: number; right?: number }): Rect {
  const top = Math.round(m.top ?? 0);
  const bottom = Math.round(m.bottom ?? 0);
  const left = Math.round(m.left ?? 0);
  const right = Math.round(m.right ?? 0);
  return { x: left, y: top, width: width - left - right, height: height - top - bottom };
}

function circleIn(width: number, height: number): Circle {
  return { cx: width / 2, cy: height / 2, r: Math.min(width, height) / 2 };
}

interface Row {
  id: string;
  platform: Platform;
  width: number;
  height: number;
  byteLimit: number;
  softByteLimit?: number;
  formats: ExportFormat[];
  area?: Rect;
  circle?: boolean;
  covered?: Rect[];
  altText: AltTextRule;
  source: 'doc' | 'guide';
  /** Documented platform minimum, if any. */
  min?: { width: number; height: number };
  variable?: VariableSize;
  print?: PrintSpec;
}

function preset(row: Row): Preset {
  const { width, height } = row;
  const safeZone: SafeZone = { area: row.area ?? full(width, height), covered: row.covered ?? [] };
  if (row.circle) safeZone.circle = circleIn(width, height);
  const p: Preset = {
    id: row.id,
    platform: row.platform,
    labelKey: `presets.${row.id}`,
    width,
    height,
    minWidth: Math.max(row.min?.width ?? 1, Math.ceil(width / 2)),
    minHeight: Math.max(row.min?.height ?? 1, Math.ceil(height / 2)),
    byteLimit: row.byteLimit,
    formats: row.formats,
    safeZone,
    altText: row.altText,
    source: row.source,
  };
  if (row.softByteLimit !== undefined) p.softByteLimit = row.softByteLimit;
  if (row.variable) p.variable = row.variable;
  if (row.print) {
    p.print = row.print;
    // Print is never scaled down to fit bytes: the size is the paper.
    p.minWidth = width;
    p.minHeight = height;
  }
  return p;
}

/** Print has no upload limit; this is the most the app writes in one file (core/api MAX_EXPORT_BYTES). */
const PRINT_BYTES = 250 * MB;
/** Home printers leave 3-5 mm blank at the edges: sheets keep content 1/4 in inside the trim. */
const SHEET_SAFE_IN = 0.25;
/** Signs keep 1/2 in: the edge of a board is handled, stapled and taped. */
const SIGN_SAFE_IN = 0.5;

function printRow(id: string, w: number, h: number, definedIn: 'in' | 'mm', kind: 'sheet' | 'sign', dieCuts: DieCut[] = []): Row {
  const widthIn = definedIn === 'mm' ? mmToInches(w) : w;
  const heightIn = definedIn === 'mm' ? mmToInches(h) : h;
  const width = Math.round(widthIn * PX_PER_INCH);
  const height = Math.round(heightIn * PX_PER_INCH);
  const m = (kind === 'sign' ? SIGN_SAFE_IN : SHEET_SAFE_IN) * PX_PER_INCH;
  return {
    id,
    platform: 'print',
    width,
    height,
    byteLimit: PRINT_BYTES,
    formats: ['png', 'jpeg'],
    area: inset(width, height, { top: m, bottom: m, left: m, right: m }),
    // What is cut holds nothing: the safe zone keeps content off the hole and the slit's corner.
    covered: dieCuts.map(dieCutBox),
    altText: ALT_NONE,
    source: 'guide',
    print: { widthIn, heightIn, definedIn, kind, ...(dieCuts.length ? { dieCuts } : {}) },
  };
}

const inch = (n: number) => Math.round(n * PX_PER_INCH);

/** The box a die cut takes, in pixels of the preset. */
function dieCutBox(cut: DieCut): Rect {
  if (cut.shape === 'circle') return { x: inch(cut.x), y: inch(cut.y), width: inch(cut.width), height: inch(cut.height) };
  const x = Math.min(cut.x1, cut.x2);
  const y = Math.min(cut.y1, cut.y2);
  return { x: inch(x), y: inch(y), width: inch(Math.max(cut.x1, cut.x2) - x), height: inch(Math.max(cut.y1, cut.y2) - y) };
}

// A door hanger's die: a 2 in hole 1/2 in below the top, centred, and a slit from the hole's edge
// at 45 degrees up and right to the top edge, so the hanger slides onto a handle sideways.
const HANGER_HOLE = { cx: 4.25 / 2, cy: 0.5 + 1, r: 1 };
const HANGER_DIE: DieCut[] = [
  { shape: 'circle', x: HANGER_HOLE.cx - HANGER_HOLE.r, y: HANGER_HOLE.cy - HANGER_HOLE.r, width: 2 * HANGER_HOLE.r, height: 2 * HANGER_HOLE.r },
  {
    shape: 'slit',
    x1: HANGER_HOLE.cx + HANGER_HOLE.r * Math.SQRT1_2,
    y1: HANGER_HOLE.cy - HANGER_HOLE.r * Math.SQRT1_2,
    x2: HANGER_HOLE.cx + HANGER_HOLE.r * Math.SQRT1_2 + (HANGER_HOLE.cy - HANGER_HOLE.r * Math.SQRT1_2),
    y2: 0,
  },
];

const printRows: Row[] = [
  printRow('print-letter', 8.5, 11, 'in', 'sheet'),
  printRow('print-legal', 8.5, 14, 'in', 'sheet'),
  printRow('print-tabloid', 11, 17, 'in', 'sheet'),
  printRow('print-half-letter', 5.5, 8.5, 'in', 'sheet'),
  printRow('print-a4', 210, 297, 'mm', 'sheet'),
  printRow('print-a3', 297, 420, 'mm', 'sheet'),
  printRow('print-a5', 148, 210, 'mm', 'sheet'),
  printRow('print-postcard', 4, 6, 'in', 'sheet'),
  printRow('print-door-hanger', 4.25, 11, 'in', 'sheet', HANGER_DIE),
  printRow('sign-18x24', 18, 24, 'in', 'sign'),
  printRow('sign-22x28', 22, 28, 'in', 'sign'),
  printRow('sign-24x36', 24, 36, 'in', 'sign'),
];

const rows: Row[] = [
  // Below 600x315 Facebook shows a small card instead of the large image.
  { id: 'facebook-post-landscape', platform: 'facebook', width: 1200, height: 630, byteLimit: 8 * MB, formats: JP, altText: ALT_META, source: 'doc', min: { width: 600, height: 315 } },
  { id: 'facebook-post-square', platform: 'facebook', width: 1080, height: 1080, byteLimit: 8 * MB, formats: JP, altText: ALT_META, source: 'guide' },
  { id: 'facebook-post-portrait', platform: 'facebook', width: 1080, height: 1350, byteLimit: 8 * MB, formats: JP, altText: ALT_META, source: 'guide' },
  // Keep the top 250 px and the bottom 340 px clear (Meta ads guide).
  { id: 'facebook-story', platform: 'facebook', width: 1080, height: 1920, byteLimit: 30 * MB, formats: JP, area: inset(1080, 1920, { top: 250, bottom: 340 }), altText: ALT_META, source: 'doc' },
  // 2x of 851x315. Desktop shows 820x312, mobile 640x360: the safe center is about 640x312 at 1x.
  // Under 100 KB loads fastest; that is advice, the upload limit is the usual 8 MB.
  { id: 'facebook-cover', platform: 'facebook', width: 1702, height: 630, byteLimit: 8 * MB, softByteLimit: 100_000, formats: PJ, area: centeredRect(1702, 630, 1280, 624), altText: ALT_META, source: 'guide' },
  // Keep content in the middle 80% (both directions).
  { id: 'facebook-event-cover', platform: 'facebook', width: 1920, height: 1005, byteLimit: 8 * MB, formats: JP, area: centeredRect(1920, 1005, 1920 * 0.8, 1005 * 0.8), altText: ALT_META, source: 'guide' },
  { id: 'facebook-group-cover', platform: 'facebook', width: 1640, height: 856, byteLimit: 8 * MB, formats: ['jpeg'], altText: ALT_META, source: 'guide' },
  { id: 'facebook-profile', platform: 'facebook', width: 720, height: 720, byteLimit: 8 * MB, formats: JP, circle: true, altText: ALT_META, source: 'guide' },
  // The media API accepts 4x4 to 8192x8192; 5 MB for images.
  { id: 'x-post', platform: 'x', width: 1600, height: 900, byteLimit: 5 * MB, formats: ['jpeg', 'png', 'webp', 'gif'], altText: ALT_X, source: 'doc', min: { width: 4, height: 4 } },
  { id: 'x-post-portrait', platform: 'x', width: 1080, height: 1350, byteLimit: 5 * MB, formats: ['jpeg', 'png', 'webp'], altText: ALT_X, source: 'guide' },
  // Safe center about 1200x500; the avatar covers the bottom-left. The avatar rectangle is an
  // estimate (desktop avatar about 134 px at a 600 px-wide header, overlapping its lower third).
  { id: 'x-header', platform: 'x', width: 1500, height: 500, byteLimit: 5 * MB, formats: JP, area: centeredRect(1500, 500, 1200, 500), covered: [{ x: 150, y: 330, width: 300, height: 170 }], altText: ALT_NONE, source: 'guide' },
  { id: 'x-profile', platform: 'x', width: 400, height: 400, byteLimit: 2 * MB, formats: JP, circle: true, altText: ALT_NONE, source: 'guide' },
  { id: 'x-card', platform: 'x', width: 1200, height: 600, byteLimit: 5 * MB, formats: ['jpeg', 'png', 'webp'], altText: ALT_X, source: 'doc', min: { width: 300, height: 157 } },
  // API limits: width 320-1440, ratio between 4:5 and 1.91:1.
  { id: 'instagram-square', platform: 'instagram', width: 1080, height: 1080, byteLimit: 8 * MB, formats: JP, altText: ALT_META, source: 'doc', min: { width: 320, height: 320 } },
  // The profile grid crops to 3:4 (since 2025): the middle 1013x1350 of a 4:5 image shows there.
  { id: 'instagram-portrait', platform: 'instagram', width: 1080, height: 1350, byteLimit: 8 * MB, formats: JP, area: centeredRect(1080, 1350, 1350 * 0.75, 1350), altText: ALT_META, source: 'guide', min: { width: 320, height: 400 } },
  // Keep the top 14%, the bottom 35% and 6% on each side clear.
  { id: 'instagram-story', platform: 'instagram', width: 1080, height: 1920, byteLimit: 8 * MB, formats: JP, area: inset(1080, 1920, { top: 1920 * 0.14, bottom: 1920 * 0.35, left: 1080 * 0.06, right: 1080 * 0.06 }), altText: ALT_META, source: 'guide' },
  { id: 'linkedin-post', platform: 'linkedin', width: 1200, height: 627, byteLimit: 8 * MB, formats: JP, altText: ALT_NONE, source: 'guide' },
  { id: 'linkedin-banner', platform: 'linkedin', width: 1584, height: 396, byteLimit: 8 * MB, formats: JP, altText: ALT_NONE, source: 'guide' },
  { id: 'threads-post', platform: 'threads', width: 1080, height: 1350, byteLimit: 8 * MB, formats: JP, altText: ALT_NONE, source: 'doc', min: { width: 320, height: 400 } },
  // Any ratio, longest side 2000 (the app's resize target), 1,000,000 bytes per image.
  { id: 'bluesky-post', platform: 'bluesky', width: 2000, height: 2000, byteLimit: 1_000_000, formats: ['jpeg', 'png', 'webp'], altText: ALT_BLUESKY, source: 'doc', variable: { maxLongSide: 2000 } },
  // Any ratio; mastodon.social downsizes above 3840x2160 worth of pixels (8,294,400).
  { id: 'mastodon-post', platform: 'mastodon', width: 1920, height: 1080, byteLimit: 16 * MiB, formats: ['jpeg', 'png', 'webp', 'gif'], altText: ALT_MASTODON, source: 'guide', variable: { maxPixels: 3840 * 2160 } },
  // Recompressed heavily; keep the middle 1080x1420.
  { id: 'whatsapp-status', platform: 'whatsapp', width: 1080, height: 1920, byteLimit: 16 * MB, formats: JP, area: centeredRect(1080, 1920, 1080, 1420), altText: ALT_NONE, source: 'guide' },
  // The duration badge covers the bottom-right (estimate: about 140x60 with its margin).
  { id: 'youtube-thumbnail', platform: 'youtube', width: 1280, height: 720, byteLimit: 2 * MB, formats: JP, covered: [{ x: 1120, y: 650, width: 160, height: 70 }], altText: ALT_NONE, source: 'guide' },
];

export const PRESETS: readonly Preset[] = Object.freeze([...rows, ...printRows].map(preset));

export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

const byId = new Map(PRESETS.map((p) => [p.id, p]));

export function getPreset(id: string): Preset | undefined {
  return byId.get(id);
}

export function presetsFor(platform: Platform): Preset[] {
  return PRESETS.filter((p) => p.platform === platform);
}
