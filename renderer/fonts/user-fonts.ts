// Fonts the user imports (TTF, OTF, WOFF, WOFF2). The file is checked (size, magic number, table
// directory) before the browser's font engine sees it, and the engine's own verdict is awaited:
// a damaged font is refused with a coded error and nothing is registered, so text keeps drawing
// with its current font (the scene's fallback chain covers a family that never loads).
import { create } from 'zustand';
import { checkFont } from '../../core/bundle/font-check';
import { BUNDLED_FAMILIES } from '../../core/fonts/catalog';
import { refreshTextMeasurer } from '../fonts';
import { rememberFontFile } from '../documents/font-files';

export const MAX_FONT_BYTES = 15 * 1024 * 1024;
export const MAX_USER_FONTS = 50;

export class FontImportError extends Error {
  constructor(
    readonly code: 'fonts.corrupt' | 'fonts.too-large' | 'fonts.unsupported',
    message: string,
    readonly params: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'FontImportError';
  }
}

interface UserFontsState {
  families: string[];
  add(family: string): void;
}

export const useUserFonts = create<UserFontsState>()((set, get) => ({
  families: [],
  add: (family) => set({ families: [...get().families.filter((f) => f !== family), family] }),
}));

/** A family name from the file name: letters, digits, spaces and dashes; never a bundled name. */
export function familyFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[A-Za-z0-9]{2,5}$/, '');
  const clean = stem
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .slice(0, 60);
  const name = clean || 'Imported font';
  return BUNDLED_FAMILIES.some((f) => f.toLowerCase() === name.toLowerCase()) ? `${name} (imported)` : name;
}

/** Validates and registers a font; resolves to its family name or throws FontImportError. */
export async function importUserFont(bytes: Uint8Array, fileName: string): Promise<string> {
  const name = fileName.slice(0, 200);
  if (bytes.length > MAX_FONT_BYTES) {
    throw new FontImportError('fonts.too-large', `${name}: font file is larger than ${MAX_FONT_BYTES} bytes`, { name, maxMb: MAX_FONT_BYTES / 1024 / 1024 });
  }
  const check = checkFont(bytes);
  if (!check.ok) {
    const code = /not a TrueType/.test(check.detail) ? 'fonts.unsupported' : 'fonts.corrupt';
    throw new FontImportError(code, `${name}: ${check.detail}`, { name });
  }
  if (useUserFonts.getState().families.length >= MAX_USER_FONTS) {
    throw new FontImportError('fonts.too-large', `${name}: at most ${MAX_USER_FONTS} imported fonts`, { name, maxMb: MAX_FONT_BYTES / 1024 / 1024 });
  }
  const family = familyFromFileName(fileName);
  const face = new FontFace(family, bytes.slice().buffer as ArrayBuffer);
  try {
    await face.load();
  } catch (err) {
    // The header looked right but the engine (OTS in Chromium) rejected the tables.
    throw new FontImportError('fonts.corrupt', `${name}: the font engine rejected the file (${err instanceof Error ? err.message : String(err)})`, { name });
  }
  document.fonts.add(face);
  useUserFonts.getState().add(family);
  rememberFontFile(family, fileName, bytes);
  refreshTextMeasurer();
  return family;
}
