// Physical units for print. A print size's design pixels are PX_PER_INCH per inch, so a design
// for Letter is 1275 x 1650 px; exports draw at the chosen dpi (300 dpi = 2 design px per px).
export const PX_PER_INCH = 150;
export const MM_PER_INCH = 25.4;
export const PT_PER_INCH = 72;

export type LengthUnit = 'in' | 'cm';

export const inchesToPx = (inches: number): number => inches * PX_PER_INCH;
export const pxToInches = (px: number): number => px / PX_PER_INCH;
export const mmToInches = (mm: number): number => mm / MM_PER_INCH;
/** Type size in points to design pixels (12 pt = 25 px). */
export const ptToPx = (pt: number): number => (pt / PT_PER_INCH) * PX_PER_INCH;
export const pxToPt = (px: number): number => (px / PX_PER_INCH) * PT_PER_INCH;

/** Regions that measure paper in inches; everywhere else uses centimetres. */
const INCH_REGIONS = new Set(['US', 'LR', 'MM', 'PR', 'CA', 'PH']);

/**
 * The unit a locale shows paper in: inches for the US and the few places that use US paper,
 * centimetres elsewhere. A locale without a region follows its language's largest market:
 * English in inches, Spanish in centimetres.
 */
export function unitForLocale(locale: string): LengthUnit {
  const parts = locale.replace('_', '-').split('-');
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p))?.toUpperCase();
  if (region) return INCH_REGIONS.has(region) ? 'in' : 'cm';
  return parts[0]?.toLowerCase() === 'en' ? 'in' : 'cm';
}

const formats = new Map<string, Intl.NumberFormat>();

/** A number format for the locale with at most `maxDigits` decimals, made once (making one is slow; labels ask for hundreds). */
export function numberFormat(locale: string, maxDigits: number): Intl.NumberFormat {
  const key = `${locale}|${maxDigits}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits });
    formats.set(key, made);
  }
  return made;
}

/** A length in the unit, formatted for the locale: "8.5", "21,6". */
export function formatLength(inches: number, unit: LengthUnit, locale: string): string {
  const value = unit === 'in' ? inches : (inches * MM_PER_INCH) / 10;
  return numberFormat(locale, unit === 'in' ? 2 : 1).format(value);
}

/** "8.5 × 11 in" or "21,6 × 27,9 cm". */
export function formatPaperSize(widthIn: number, heightIn: number, unit: LengthUnit, locale: string): string {
  return `${formatLength(widthIn, unit, locale)} × ${formatLength(heightIn, unit, locale)} ${unit}`;
}

/** Viewing distance: feet where paper is in inches, metres elsewhere. */
export function formatDistance(feet: number, unit: LengthUnit, locale: string): string {
  if (unit === 'in') return `${numberFormat(locale, 0).format(feet)} ft`;
  return `${numberFormat(locale, 1).format(feet * 0.3048)} m`;
}
