// The shape of an export preset: one platform use with its pixel size, byte limit, formats,
// safe area and alt-text limits. Numbers come from ../../../shared/PRESETS.md (see data.ts).

export type ExportFormat = 'png' | 'jpeg' | 'webp' | 'gif';

export type Platform =
  | 'facebook'
  | 'instagram'
  | 'x'
  | 'linkedin'
  | 'threads'
  | 'bluesky'
  | 'mastodon'
  | 'whatsapp'
  | 'youtube'
  | 'print'
  | 'custom';

export type { Rect } from '../layout/geometry';
import type { Rect } from '../layout/geometry';

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

/**
 * What stays visible. Content is safe when it lies inside `area`, inside `circle` when there is
 * one (profile pictures), and clear of every `covered` rectangle (overlays such as an avatar or
 * a video duration badge). Coordinates are in the preset's pixels.
 */
export interface SafeZone {
  area: Rect;
  circle?: Circle;
  covered: Rect[];
}

/**
 * Presets whose platform accepts any aspect ratio: the export keeps the design's ratio and is
 * sized to the preset's default long side, then clamped by these maxima.
 */
export interface VariableSize {
  maxLongSide?: number;
  maxPixels?: number;
}

export interface AltTextRule {
  /** Longest alt text the platform accepts, in user-perceived characters; null when unlimited or unknown. */
  max: number | null;
  /** Above this length a warning suggests a shorter text (screen-reader guidance). */
  warnAbove: number | null;
}

/** A print size: its trim size (what remains after cutting), which the file adds bleed around. */
export interface PrintSpec {
  /** Trim size in inches (A sizes converted from their millimetres). */
  widthIn: number;
  heightIn: number;
  /** The unit the size is defined in: 'mm' for ISO A sizes, 'in' for US sizes. */
  definedIn: 'in' | 'mm';
  /** Signs and posters: viewed from across a street, tiled on home paper. */
  kind: 'sheet' | 'sign';
  /** What the print shop cuts (a door hanger's hole and slit): drawn as a die line in print PDFs. */
  dieCuts?: DieCut[];
}

/**
 * A cut the print shop's die makes in a printed piece, in inches from the trim's top-left corner:
 * a round hole (its box), or a straight slit (from x1, y1 to x2, y2), like the one that lets a
 * door hanger slide onto a handle from its hole to its edge.
 */
export type DieCut = { shape: 'circle'; x: number; y: number; width: number; height: number } | { shape: 'slit'; x1: number; y1: number; x2: number; y2: number };

export interface Preset {
  id: string;
  platform: Platform;
  /** i18n key of the preset's label: `presets.<id>`. */
  labelKey: string;
  /** The user's own label for a custom preset, shown as-is instead of `labelKey`. */
  name?: string;
  /** Default export size in pixels (the exact size for fixed presets). */
  width: number;
  height: number;
  /** Smallest size byte-limit fitting may scale down to. */
  minWidth: number;
  minHeight: number;
  variable?: VariableSize;
  /** Hard upload limit in bytes. */
  byteLimit: number;
  /** A smaller size the platform recommends (e.g. fast-loading covers); advisory only. */
  softByteLimit?: number;
  /** Formats the platform accepts, preferred first. */
  formats: ExportFormat[];
  safeZone: SafeZone;
  altText: AltTextRule;
  /** Where the numbers come from: platform documentation or third-party size guides. */
  source: 'doc' | 'guide' | 'user';
  /** Print sizes only: the physical size. Design pixels are PX_PER_INCH per inch (core/print/units). */
  print?: PrintSpec;
}
