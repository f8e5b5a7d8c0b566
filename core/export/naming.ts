// File names for exported images: a user pattern with tokens, made safe on every file system.
import type { Design } from '../model/schema';
import type { Preset } from '../presets/types';
// "{First name}", "{first_name}" and "{FIRST-NAME}" name the same column, as in the mapping.
import { columnKey } from '../bulk/mapping';

export const DEFAULT_NAME_PATTERN = '{name}-{preset}';
export const MAX_PATTERN_LENGTH = 200;
/** Leaves room for a folder path and the extension under the common 255-byte name limit. */
export const MAX_BASE_NAME_LENGTH = 120;

export interface FileNameContext {
  design: Pick<Design, 'name'>;
  preset: Pick<Preset, 'id' | 'width' | 'height'>;
  lang: string;
  /** 1-based position in a multi-image export; {n}. */
  index: number;
  /** Without the dot: png, jpg, webp, txt. */
  ext: string;
  /** The pixel size actually written when it differs from the preset's (scaled, reduced). */
  width?: number;
  height?: number;
  /** Bulk create: the spreadsheet row's number ({row}) and its cells by column ({Name} etc.). */
  row?: number;
  cells?: Readonly<Record<string, string>>;
}


const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** One path segment that is valid on Windows, macOS and Linux; never empty, never hidden. */
export function sanitizeFileName(raw: string, fallback = 'placard'): string {
  // Tabs and line breaks read as spaces; other control characters are dropped below.
  let s = raw.normalize('NFC').replace(/\s+/g, ' ');
  // Control characters and characters that separate paths or are reserved on Windows become a
  // dash, set off by spaces where the words around them were ("Rally: day 1" reads "Rally - day 1").
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses or strips
  s = s.replace(/( ?)[\u0000-\u001f\u007f<>:"/\\|?*]+( ?)/g, (_, before: string, after: string) => (before || after ? ' - ' : '-'));
  // Format and bidi controls could disguise the extension (e.g. U+202E).
  s = s.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
  s = s.trim();
  s = s.replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '');
  s = s.replace(/-{2,}/g, '-');
  if (s.length > MAX_BASE_NAME_LENGTH) s = [...s].slice(0, MAX_BASE_NAME_LENGTH).join('').replace(/[.\s]+$/, '');
  if (!s) s = fallback;
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  return s;
}

/**
 * Fills {name} {preset} {width} {height} {lang} {n} in `pattern`, and in bulk create {row} and
 * any column's name (a column wins over a built-in token of the same name: a "name" column is
 * the person's name), and returns a safe file name with `.ext`. Unknown tokens stay as written
 * so the user sees them in the preview.
 */
export function fileNameFor(pattern: string, ctx: FileNameContext): string {
  const p = (pattern || DEFAULT_NAME_PATTERN).slice(0, MAX_PATTERN_LENGTH);
  const values: Record<string, string> = {
    name: ctx.design.name.trim() || 'design',
    preset: ctx.preset.id,
    width: String(Math.round(ctx.width ?? ctx.preset.width)),
    height: String(Math.round(ctx.height ?? ctx.preset.height)),
    lang: ctx.lang,
    n: String(Math.max(0, Math.floor(ctx.index))),
  };
  if (ctx.row !== undefined) values.row = String(ctx.row);
  for (const [column, value] of Object.entries(ctx.cells ?? {})) {
    const key = columnKey(column);
    if (key && key !== 'row') values[key] = value.trim();
  }
  const filled = p.replace(/\{([^{}]{1,60})\}/g, (whole, token: string) => values[columnKey(token)] ?? whole);
  const ext = ctx.ext.replace(/[^A-Za-z0-9]/g, '').slice(0, 8).toLowerCase();
  const base = sanitizeFileName(filled);
  return ext ? `${base}.${ext}` : base;
}

/** The alt-text file beside an image: same name, .txt. */
export function altTextFileName(imageFileName: string): string {
  const dot = imageFileName.lastIndexOf('.');
  return `${dot > 0 ? imageFileName.slice(0, dot) : imageFileName}.txt`;
}
