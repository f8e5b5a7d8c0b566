// An element's motion: its entrance (effect, delay, duration) and its keyframes, the positions it
// moves through (a blur box following a face). Keyframes are set where the element stands at the
// playhead; dragging a keyframed element at a moment of the timeline moves that moment's keyframe.
import { useTranslation } from 'react-i18next';
import { ENTRANCE_EFFECTS, MAX_MOTION_SECONDS, TEXT_ONLY_EFFECTS, type Element, type EntranceEffect } from '../../../core/model';
import { Field, NumberInput } from '../fields';
import { keyframeHere, removeKeyframe, setEntrance } from '../../motion/motion-edits';
import { useMotionStore } from '../../motion/motion-store';
import { useDesignMotion } from '../../motion/use-moving';

export function AnimationSection({ element, locked }: { element: Element; locked: (kind: keyof Element['locks']) => boolean }) {
  const { t, i18n } = useTranslation();
  const motion = useDesignMotion();
  const playhead = useMotionStore((s) => s.playhead);
  const anim = element.animation;
  const effects = ENTRANCE_EFFECTS.filter((e) => element.type === 'text' || !TEXT_ONLY_EFFECTS.includes(e));
  const seconds = (n: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(n);
  const styleLocked = locked('style');
  const at = playhead ?? 0;
  return (
    <section className="panel-section" data-testid="animation-section">
      <h2 className="panel-heading">{t('motion.animation')}</h2>
      <div className="field-grid">
        <Field label={t('motion.entrance')} wide>
          <select
            data-testid="animation-effect"
            value={anim?.effect ?? ''}
            disabled={styleLocked}
            onChange={(e) => setEntrance(element.id, e.target.value ? { effect: e.target.value as EntranceEffect, delay: anim?.delay ?? 0, duration: anim?.duration ?? 0.6 } : undefined)}
          >
            <option value="">{t('motion.effect.none')}</option>
            {effects.map((e) => (
              <option key={e} value={e}>
                {t(`motion.effect.${e}`)}
              </option>
            ))}
          </select>
        </Field>
        {anim && (
          <>
            <Field label={t('motion.delay')}>
              <NumberInput value={anim.delay} min={0} max={MAX_MOTION_SECONDS} step={0.1} suffix="s" disabled={styleLocked} testId="animation-delay" onChange={(delay) => setEntrance(element.id, { ...anim, delay })} />
            </Field>
            <Field label={t('motion.duration')}>
              <NumberInput value={anim.duration} min={0.05} max={MAX_MOTION_SECONDS} step={0.1} suffix="s" disabled={styleLocked} testId="animation-duration" onChange={(duration) => setEntrance(element.id, { ...anim, duration })} />
            </Field>
          </>
        )}
      </div>
      {motion.moving && (
        <div className="keyframes" data-testid="keyframes">
          <h3 className="panel-subheading">{t('motion.keyframes')}</h3>
          <p className="field-note">{t('motion.keyframesNote')}</p>
          {element.keyframes?.length ? (
            <ul className="keyframe-list">
              {element.keyframes.map((k) => (
                <li key={k.t} data-testid="keyframe-row">
                  <button type="button" className="btn btn-plain" onClick={() => useMotionStore.getState().setPlayhead(k.t)}>
                    {t('motion.keyframeAt', { time: seconds(k.t), x: Math.round(k.x), y: Math.round(k.y) })}
                  </button>
                  <button type="button" className="btn btn-plain" aria-label={t('motion.removeKeyframe', { time: seconds(k.t) })} disabled={locked('move')} onClick={() => removeKeyframe(element.id, k.t)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="btn" data-testid="keyframe-add" disabled={locked('move')} onClick={() => keyframeHere(element.id, at)}>
            {t('motion.addKeyframe', { time: seconds(at) })}
          </button>
        </div>
      )}
    </section>
  );
}
