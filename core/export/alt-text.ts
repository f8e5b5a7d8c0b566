// Alt text at export: the text written beside each image and its length against the platform.
import type { Design, Language } from '../model/schema';
import { altTextOf } from '../model/alt-text';
import type { Preset } from '../presets/types';
import { graphemeSegmenter } from '../layout/graphemes';


/** User-perceived characters (an emoji or an accented letter counts once), as platforms count. */
export function countCharacters(text: string): number {
  // Printable ASCII is one character per code unit: no need to segment (counted on every keystroke).
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  const segmenter = graphemeSegmenter();
  if (!segmenter) return Array.from(text).length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** The alt text to write beside the image (its own, else from its pattern), or null when the design has none in that language. */
export function altTextFile(design: Pick<Design, 'altText' | 'altPattern' | 'elements'>, lang: Language): string | null {
  const text = altTextOf(design, lang).replace(/\r\n?/g, '\n').trim();
  return text ? `${text}\n` : null;
}

export type AltTextStatus = 'ok' | 'warn' | 'too-long';

export interface AltTextCheck {
  status: AltTextStatus;
  /** Characters as the platform counts them. */
  length: number;
  max: number | null;
  warnAbove: number | null;
  empty: boolean;
  /** The UI shows `warnings.<code>` for 'alt-text.long' and `errors.<code>` for 'alt-text.too-long'. */
  code: 'alt-text.long' | 'alt-text.too-long' | null;
}

/** 'too-long' past the platform's hard limit, 'warn' past its guidance (Facebook, Instagram: 125). */
export function checkAltText(text: string, preset: Pick<Preset, 'altText'>): AltTextCheck {
  const length = countCharacters(text.trim());
  const { max, warnAbove } = preset.altText;
  const base = { length, max, warnAbove, empty: length === 0 };
  if (max !== null && length > max) return { ...base, status: 'too-long', code: 'alt-text.too-long' };
  if (warnAbove !== null && length > warnAbove) return { ...base, status: 'warn', code: 'alt-text.long' };
  return { ...base, status: 'ok', code: null };
}

/**
 * Alt text for several presets at once is held to the strictest of them: the lowest hard limit
 * and the lowest guidance, and the preset that sets the limit (to name it in the refusal).
 */
export function strictestAltRule<P extends Pick<Preset, 'altText'>>(presets: readonly P[]): { altText: Preset['altText']; strictest: P | null } {
  const maxes = presets.map((p) => p.altText.max).filter((n): n is number => n !== null);
  const warns = presets.map((p) => p.altText.warnAbove).filter((n): n is number => n !== null);
  const max = maxes.length ? Math.min(...maxes) : null;
  const strictest = max === null ? null : (presets.find((p) => p.altText.max === max) ?? null);
  return { altText: { max, warnAbove: warns.length ? Math.min(...warns) : null }, strictest };
}
