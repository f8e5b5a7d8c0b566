// The timeline under the canvas of a moving design: play and pause, a scrubber that shows any
// moment, the length of the timeline and whether it loops or holds its last frame, and the way
// back to editing the still design. Playing advances the playhead once per display frame.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MOTION_SECONDS } from '../../core/model';
import { useMotionStore } from './motion-store';
import { removeMotion, setTimeline } from './motion-edits';
import { useDesignMotion } from './use-moving';
import { NumberInput } from '../panels/fields';
import { useDesignStore } from '../state/design-store';
import { MotionFrame } from './MotionFramePart';

function usePlayback(duration: number, end: 'loop' | 'hold'): void {
  const playing = useMotionStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    const startHead = useMotionStore.getState().playhead ?? 0;
    const from = startHead >= duration - 1e-3 ? 0 : startHead;
    const started = performance.now();
    const tick = (now: number) => {
      let t = from + (now - started) / 1000;
      if (t >= duration) {
        if (end === 'hold') {
          useMotionStore.setState({ playhead: duration, playing: false });
          return;
        }
        t %= duration;
      }
      useMotionStore.getState().setPlayhead(t);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, duration, end]);
}

export function TimelineBar() {
  const { t, i18n } = useTranslation();
  const motion = useDesignMotion();
  const playhead = useMotionStore((s) => s.playhead);
  const playing = useMotionStore((s) => s.playing);
  const hasTimeline = useDesignStore((s) => !!s.design.motion);
  const designId = useDesignStore((s) => s.design.id);
  usePlayback(motion.duration, motion.end);
  // Another document, or one that stopped moving, opens on its still design.
  useEffect(() => () => useMotionStore.getState().stop(), [designId]);
  useEffect(() => {
    if (!motion.moving) useMotionStore.getState().stop();
    // The canvas shows the frame at the playhead: its drawing is fetched now, before the first scrub.
    else void MotionFrame.load().catch(() => undefined);
  }, [motion.moving]);
  if (!motion.moving) return null;
  const seconds = (n: number) => new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
  const at = playhead ?? 0;
  return (
    <div className="timeline-bar" data-testid="timeline-bar" role="group" aria-label={t('motion.timeline')}>
      <button
        type="button"
        className="btn timeline-play"
        data-testid="timeline-play"
        aria-label={playing ? t('motion.pause') : t('motion.play')}
        title={playing ? t('motion.pause') : t('motion.play')}
        onClick={() => (playing ? useMotionStore.getState().pause() : useMotionStore.getState().play())}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <input
        type="range"
        className="timeline-scrubber"
        data-testid="timeline-scrubber"
        min={0}
        max={motion.duration}
        step={0.01}
        value={Math.min(at, motion.duration)}
        aria-label={t('motion.scrub')}
        aria-valuetext={t('motion.at', { time: seconds(at), duration: seconds(motion.duration) })}
        onChange={(e) => {
          useMotionStore.getState().pause();
          useMotionStore.getState().setPlayhead(Number(e.target.value));
        }}
      />
      <span className="timeline-time" data-testid="timeline-time">
        {playhead === null ? t('motion.still') : t('motion.at', { time: seconds(at), duration: seconds(motion.duration) })}
      </span>
      <label className="timeline-field" title={t('motion.length')}>
        <span>{t('motion.length')}</span>
        <NumberInput value={motion.duration} min={0.5} max={MAX_MOTION_SECONDS} suffix="s" testId="timeline-duration" onChange={(duration) => setTimeline({ duration })} />
      </label>
      <label className="timeline-field" title={t('motion.end')}>
        <span>{t('motion.end')}</span>
        <select data-testid="timeline-end" value={motion.end} onChange={(e) => setTimeline({ end: e.target.value as 'loop' | 'hold' })}>
          <option value="loop">{t('motion.loop')}</option>
          <option value="hold">{t('motion.hold')}</option>
        </select>
      </label>
      <button type="button" className="btn timeline-still" data-testid="timeline-still" disabled={playhead === null} onClick={() => useMotionStore.getState().stop()}>
        {t('motion.editStill')}
      </button>
      {hasTimeline && motion.photoSeconds === 0 && (
        <button type="button" className="btn btn-plain timeline-remove" data-testid="timeline-remove" onClick={() => { useMotionStore.getState().stop(); removeMotion(); }}>
          {t('motion.remove')}
        </button>
      )}
    </div>
  );
}
