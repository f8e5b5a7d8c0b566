// How presets are grouped and named in the UI (size switcher, export dialog, summary).
import i18next, { type TFunction } from 'i18next';
import { PRESETS, presetFromCustom, type CustomPreset, type Platform, type Preset } from '../../core/presets';
import { formatPaperSize, numberFormat, unitForLocale, type LengthUnit } from '../../core/print/units';

export const PLATFORM_ORDER: readonly Platform[] = ['facebook', 'instagram', 'x', 'linkedin', 'threads', 'bluesky', 'mastodon', 'whatsapp', 'youtube', 'print', 'custom'];

export interface PresetGroup {
  platform: Platform;
  presets: Preset[];
}

/** Built-in presets by platform in a fixed order, then the user's custom sizes. */
export function presetGroups(custom: readonly CustomPreset[]): PresetGroup[] {
  const all = [...PRESETS, ...custom.map(presetFromCustom)];
  return PLATFORM_ORDER.map((platform) => ({ platform, presets: all.filter((p) => p.platform === platform) })).filter((g) => g.presets.length > 0);
}

export function platformLabel(t: TFunction, platform: Platform): string {
  switch (platform) {
    case 'facebook':
      return t('platforms.facebook');
    case 'instagram':
      return t('platforms.instagram');
    case 'x':
      return t('platforms.x');
    case 'linkedin':
      return t('platforms.linkedin');
    case 'threads':
      return t('platforms.threads');
    case 'bluesky':
      return t('platforms.bluesky');
    case 'mastodon':
      return t('platforms.mastodon');
    case 'whatsapp':
      return t('platforms.whatsapp');
    case 'youtube':
      return t('platforms.youtube');
    case 'print':
      return t('platforms.print');
    case 'custom':
      return t('platforms.custom');
  }
}

/** "Instagram story or reel cover (1080 × 1920)" or, for a custom size, "Union banner (1500 × 600)". */
export function presetLabel(t: TFunction, preset: Preset): string {
  if (preset.platform === 'custom') return `${preset.name ?? t('presets.custom')} (${preset.print ? paperSize(preset) : `${preset.width} × ${preset.height}`})`;
  if (preset.print) return t(preset.labelKey, { size: paperSize(preset) });
  return t(preset.labelKey);
}

/** The unit paper is shown in: the system's region decides (inches in the US, cm elsewhere). */
export function lengthUnit(): LengthUnit {
  const locale = typeof navigator === 'undefined' ? 'en-US' : navigator.language;
  return unitForLocale(locale);
}

/** "8.5 × 11 in" or "21,6 × 27,9 cm", in the interface's language. */
export function paperSize(preset: Preset): string {
  const p = preset.print;
  if (!p) return `${preset.width} × ${preset.height}`;
  return formatPaperSize(p.widthIn, p.heightIn, lengthUnit(), i18next.language || 'en');
}

/** Decimal units, as platforms state their limits (Bluesky's 1,000,000 bytes = 1 MB). */
export function formatBytes(bytes: number, lang: string): string {
  const nf = (max: number) => numberFormat(lang, max);
  if (bytes >= 1_000_000) return `${nf(bytes >= 10_000_000 ? 0 : 1).format(bytes / 1_000_000)} MB`;
  if (bytes >= 1000) return `${nf(0).format(bytes / 1000)} KB`;
  return `${nf(0).format(bytes)} B`;
}
