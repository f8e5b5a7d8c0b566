// The summary sentence built from ReductionStep lists, in English and Spanish catalogs.
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/i18n/en.json';
import es from '../../../../renderer/i18n/es.json';
import type { ExportResult, ReductionStep } from '../../../../core/export';
import { getPreset, type Preset } from '../../../../core/presets';
import { motionText, reductionText } from '../../../../renderer/export/reduction-text';
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

  it('says how a GIF was made to fit: frame rate, colours and pixels', async () => {
    const steps = [
      step({ format: 'gif', fps: 15, colors: 256, bytes: 2_400_000 }),
      step({ kind: 'scale-down', format: 'gif', fps: 8, colors: 64, scale: 0.7, width: 1400, height: 1400, bytes: 930_000, withinLimit: true }),
    ];
    const r: ExportResult = { ...result(steps), mime: 'image/gif', format: 'gif', quality: null, extension: 'gif', motion: { frames: 24, fps: 8, seconds: 3, colors: 64, loop: true } };
    expect(reductionText(await tFor('en'), bluesky, r, 'en')).toBe('GIF was 2.4 MB; made with 24 frames at 8 fps, 64 colours at 1400 × 1400 to fit Bluesky’s 1 MB.');
    expect(reductionText(await tFor('es'), bluesky, r, 'es')).toBe('El GIF ocupaba 2,4 MB; se hizo con 24 fotogramas a 8 fps, 64 colores a 1400 × 1400 para caber en el límite de 1 MB de Bluesky.');
  });

  it('describes a video by its frames and bitrate', async () => {
    const r: ExportResult = { ...result([step({ format: 'mp4', fps: 30, bitrate: 2_100_000, bytes: 800_000, limit: 512_000_000, withinLimit: true })]), mime: 'video/mp4', format: 'mp4', quality: null, extension: 'mp4', reduced: false, motion: { frames: 90, fps: 30, seconds: 3, bitrate: 2_100_000, loop: true } };
    expect(motionText(await tFor('en'), r, 'en')).toBe('90 frames at 30 fps, 2.1 Mbit/s');
    expect(motionText(await tFor('es'), r, 'es')).toBe('90 fotogramas a 30 fps, 2,1 Mbit/s');
  });

  it('formats bytes in decimal units like the platforms', () => {
    expect(formatBytes(1_000_000, 'en')).toBe('1 MB');
    expect(formatBytes(812_345, 'en')).toBe('812 KB');
    expect(formatBytes(16_777_216, 'es')).toBe('17 MB');
    expect(formatBytes(1_850_000, 'es')).toBe('1,9 MB');
  });
});
