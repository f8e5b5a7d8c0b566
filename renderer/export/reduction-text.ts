// One sentence telling the user what was done to fit a platform's byte limit, from the
// exporter's ReductionStep list: "PNG was 1.8 MB; saved as JPEG quality 85 to fit Bluesky's 1 MB."
import type { TFunction } from 'i18next';
import type { ExportResult, OutputFormat } from '../../core/export';
import type { Preset } from '../../core/presets';
import { formatBytes, platformLabel } from './preset-labels';

export const FORMAT_NAME: Readonly<Record<OutputFormat, string>> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP', pdf: 'PDF', gif: 'GIF', mp4: 'MP4', webm: 'WebM' };

/** What a GIF or video holds: "45 frames at 15 fps, 256 colours" or "90 frames at 30 fps, 2.1 Mbit/s". */
export function motionText(t: TFunction, result: ExportResult, lang: string): string {
  const m = result.motion;
  if (!m) return '';
  if (m.colors !== undefined) return t('export.summary.gifMade', { frames: m.frames, fps: m.fps, colors: m.colors });
  const mbps = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format((m.bitrate ?? 0) / 1_000_000);
  return t('export.summary.videoMade', { frames: m.frames, fps: m.fps, mbps });
}

export function reductionText(t: TFunction, preset: Preset, result: ExportResult, lang: string): string {
  const first = result.steps[0];
  const last = result.steps.at(-1);
  if (!first || !last) return '';
  const platform = preset.platform === 'custom' ? (preset.name ?? t('presets.custom')) : platformLabel(t, preset.platform);
  if (result.motion) {
    const firstOver = result.steps.find((s) => !s.withinLimit);
    // A video's bitrate chosen from the start to fit: say so without a "was" size.
    if (!firstOver) return t('export.summary.motionFitted', { what: motionText(t, result, lang), platform, limit: formatBytes(last.limit, lang) });
    return t('export.summary.motionReduced', {
      format: FORMAT_NAME[result.format],
      fromSize: formatBytes(firstOver.bytes, lang),
      what: motionText(t, result, lang),
      width: result.width,
      height: result.height,
      platform,
      limit: formatBytes(last.limit, lang),
    });
  }
  const format = FORMAT_NAME[result.format];
  const quality = result.quality === null ? null : Math.round(result.quality * 100);
  const scaled = result.scale < 1;
  let as: string;
  if (quality === null) as = scaled ? t('export.summary.asSized', { format, width: result.width, height: result.height }) : format;
  else as = scaled ? t('export.summary.asQualitySized', { format, quality, width: result.width, height: result.height }) : t('export.summary.asQuality', { format, quality });
  // Only the format changed because the platform does not take the one asked for.
  if (result.steps.length === 1 && first.kind === 'format-unsupported') return t('export.summary.formatUnsupported', { platform, as });
  const firstOver = result.steps.find((s) => !s.withinLimit) ?? first;
  return t('export.summary.reduced', {
    from: FORMAT_NAME[firstOver.format],
    fromSize: formatBytes(firstOver.bytes, lang),
    as,
    platform,
    limit: formatBytes(last.limit, lang),
  });
}
