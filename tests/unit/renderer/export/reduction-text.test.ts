// The summary sentence built from ReductionStep lists, in English and Spanish catalogs.
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/i18n/en.json';
import es from '../../../../renderer/i18n/es.json';
import type { ExportResult, ReductionStep } from '../../../../core/export';
import { getPreset, type Preset } from '../../../../core/presets';
import { reductionText } from '../../../../renderer/export/reduction-text';
import { formatBytes } from '../../../../renderer/export/preset-labels';

async function tFor(lng: 'en' | 'es') {
  const i18n = createInstance();
  await i18n.init({ lng, resources: { en: { translation: en }, es: { translation: es } }, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n);
}

const step = (s: Partial<ReductionStep>): ReductionStep => ({ kind: 'initial', format: 'png', quality: null, scale: 1, width: 2000, height: 2000, bytes: 1_800_000, limit: 1_000_000, withinLimit: false, ...s });

function result(steps: ReductionStep[]): ExportResult {
  const last = steps.at(-1)!;
  return { bytes: new Uint8Array(last.bytes), width: last.width, height: last.height, mime: 'image/jpeg', format: last.format, quality: last.quality, scale: last.scale, extension: 'jpg', steps, reduced: true, overSoftLimit: false };
}

const bluesky = getPreset('bluesky-post') as Preset;

describe('reductionText', () => {
  it('says what the PNG weighed and how it was saved to fit Bluesky', async () => {
    const r = result([step({}), step({ kind: 'lossy-format', format: 'jpeg', quality: 0.92, bytes: 1_200_000 }), step({ kind: 'lower-quality', format: 'jpeg', quality: 0.85, bytes: 950_000, withinLimit: true })]);
    expect(reductionText(await tFor('en'), bluesky, r, 'en')).toBe('PNG was 1.8 MB; saved as JPEG quality 85 to fit Bluesky’s 1 MB.');
    expect(reductionText(await tFor('es'), bluesky, r, 'es')).toBe('El PNG ocupaba 1,8 MB; se guardó como JPEG con calidad 85 para no superar el límite de 1 MB de Bluesky.');
  });

  it('names the pixel size when it had to scale down', async () => {
    const r = result([step({}), step({ kind: 'scale-down', format: 'jpeg', quality: 0.55, scale: 0.8, width: 1600, height: 1600, bytes: 990_000, withinLimit: true })]);
    expect(reductionText(await tFor('en'), bluesky, r, 'en')).toBe('PNG was 1.8 MB; saved as JPEG quality 55 at 1600 × 1600 to fit Bluesky’s 1 MB.');
  });

  it('explains a format the platform does not take', async () => {
    const header = getPreset('x-header') as Preset;
    const r = result([step({ kind: 'format-unsupported', format: 'jpeg', quality: 0.92, bytes: 300_000, limit: 5_000_000, withinLimit: true })]);
    expect(reductionText(await tFor('en'), header, r, 'en')).toBe('X does not take the chosen format; saved as JPEG quality 92.');
  });

  it('formats bytes in decimal units like the platforms', () => {
    expect(formatBytes(1_000_000, 'en')).toBe('1 MB');
    expect(formatBytes(812_345, 'en')).toBe('812 KB');
    expect(formatBytes(16_777_216, 'es')).toBe('17 MB');
    expect(formatBytes(1_850_000, 'es')).toBe('1,9 MB');
  });
});
