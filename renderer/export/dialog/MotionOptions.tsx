// Export options of a moving design: for GIF and video the frame rate, how each size is fitted to
// its platform's limit, and which chosen sizes take no moving image; for a still format, whether
// to draw the still design or one moment of the timeline.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputFormat, MotionFormat } from '../../../core/export';
import { MAX_MOTION_SECONDS } from '../../../core/model';
import { motionLimitsOf, type Preset } from '../../../core/presets';
import { NumberInput } from '../../panels/fields';
import { FORMAT_NAME } from '../reduction-text';
import { presetLabel } from '../preset-labels';
import { canEncodeFormat } from '../video-support';

export const isMotionFormat = (f: OutputFormat): f is MotionFormat => f === 'gif' || f === 'mp4' || f === 'webm';

let videoSupport: Promise<MotionFormat[]> | null = null;

/** The video formats this platform encodes (checked once per session). */
export function useVideoFormats(): MotionFormat[] {
  const [formats, setFormats] = useState<MotionFormat[]>([]);
  useEffect(() => {
    let live = true;
    videoSupport ??= Promise.all((['mp4', 'webm'] as const).map(async (f) => ((await canEncodeFormat(f)) ? [f] : []))).then((r) => r.flat());
    void videoSupport.then((f) => live && setFormats(f));
    return () => {
      live = false;
    };
  }, []);
  return formats;
}

/** Whether the preset takes a moving image in `format` (core/presets/motion.ts). */
export function takesMotion(preset: Preset, format: MotionFormat): boolean {
  const limits = motionLimitsOf(preset);
  return !!limits && (format === 'gif' ? limits.gif !== null : limits.video !== null);
}

export interface MotionChoices {
  /** Still formats: the moment drawn, or null for the still design. */
  moment: number | null;
  fps: number | null;
}

const FPS_CHOICES: Record<MotionFormat, number[]> = { gif: [10, 12, 15, 20, 25], mp4: [24, 25, 30, 60], webm: [24, 25, 30, 60] };
const DEFAULT_FPS: Record<MotionFormat, number> = { gif: 15, mp4: 30, webm: 30 };

export function MotionOptions({ format, presets, choices, change, duration, videoAvailable }: { format: OutputFormat; presets: Preset[]; choices: MotionChoices; change(patch: Partial<MotionChoices>): void; duration: number; videoAvailable: boolean }) {
  const { t } = useTranslation();
  if (format === 'pdf') return null;
  if (!isMotionFormat(format)) {
    return (
      <div className="export-row">
        <span className="export-label">{t('export.motion.moment')}</span>
        <select data-testid="export-moment-mode" value={choices.moment === null ? 'still' : 'moment'} onChange={(e) => change({ moment: e.target.value === 'still' ? null : 0 })}>
          <option value="still">{t('export.motion.stillDesign')}</option>
          <option value="moment">{t('export.motion.drawMoment')}</option>
        </select>
        {choices.moment !== null && <NumberInput value={choices.moment} min={0} max={Math.min(duration, MAX_MOTION_SECONDS)} step={0.1} suffix="s" testId="export-moment" onChange={(moment) => change({ moment })} />}
      </div>
    );
  }
  const fps = choices.fps ?? DEFAULT_FPS[format];
  const options = FPS_CHOICES[format].includes(fps) ? FPS_CHOICES[format] : [...FPS_CHOICES[format], fps].sort((a, b) => a - b);
  const skipped = presets.filter((p) => !takesMotion(p, format));
  return (
    <>
      <div className="export-row">
        <span className="export-label">{t('export.motion.fps')}</span>
        <select data-testid="export-fps" value={fps} onChange={(e) => change({ fps: Number(e.target.value) })}>
          {options.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </div>
      <p className="export-hint" data-testid="export-motion-note">
        {t('export.motion.fitNote')}
      </p>
      {!videoAvailable && format !== 'gif' && <p className="export-hint warn">{t('export.motion.noVideo')}</p>}
      {skipped.length > 0 && (
        <p className="export-hint warn" data-testid="export-motion-skipped">
          {t('export.motion.notTaken', { format: FORMAT_NAME[format], sizes: skipped.map((p) => presetLabel(t, p)).join(', ') })}
        </p>
      )}
    </>
  );
}
