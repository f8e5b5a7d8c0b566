// How the export dialog words errors and long paths.
import type { TFunction } from 'i18next';

/** The end of a long folder path, which is the part that tells folders apart. */
export function shortPath(label: string, max = 46): string {
  return label.length <= max ? label : `…${label.slice(label.length - max + 1)}`;
}

/** A coded error in the user's language, or the unknown-error message naming the code. */
export function errorText(t: TFunction, code: string, params: Record<string, string | number>): string {
  const key = `errors.${code}`;
  return t(key, { ...params, defaultValue: t('errors.unknown', { message: code }) });
}
