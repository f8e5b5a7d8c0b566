// The family a font file travels under: a document stores each font as
// "<family with _ for spaces>.<ext>", and every reader (the app, the CLI) turns the file name back
// into the same family.
import { BUNDLED_FAMILIES } from './catalog';

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
