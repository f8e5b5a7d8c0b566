// The bundled stickers and icons: original, simple SVGs drawn for Placard. They are inserted as
// ordinary SVG image assets, so they save, paste and export like any image.
const files = import.meta.glob('./*.svg', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface Sticker {
  id: string;
  /** i18n key of its name. */
  labelKey: string;
  svg: string;
}

const LABELS: Record<string, string> = {
  'arrow-right': 'stickers.arrowRight',
  star: 'stickers.star',
  heart: 'stickers.heart',
  megaphone: 'stickers.megaphone',
  fist: 'stickers.fist',
  house: 'stickers.house',
  quote: 'stickers.quote',
  check: 'stickers.check',
  cross: 'stickers.cross',
  exclamation: 'stickers.exclamation',
  pin: 'stickers.pin',
  calendar: 'stickers.calendar',
};

export const STICKERS: Sticker[] = Object.entries(LABELS)
  .map(([id, labelKey]) => ({ id, labelKey, svg: files[`./${id}.svg`] ?? '' }))
  .filter((s) => s.svg);
