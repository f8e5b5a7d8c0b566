import { useTranslation } from 'react-i18next';
import { useDesignStore } from '../../state/design-store';
import { Field, NumberInput } from '../fields';
import type { ImageElement, ImageFilters, RedactElement } from '../../../core/model';
import { NEUTRAL_FILTERS } from '../../../core/scene';
import { useCropStore } from '../../meme/crop-store';
import { ActionButton } from '../ActionButton';
import { Toggle } from './Toggle';
import type { LockedFn } from './types';

const FILTER_FIELDS = [
  { key: 'brightness', min: -100, max: 100 },
  { key: 'contrast', min: -100, max: 100 },
  { key: 'saturation', min: -100, max: 100 },
  { key: 'grayscale', min: 0, max: 100 },
] as const;

export function ImageSection({ element, locked }: { element: ImageElement; locked: LockedFn }) {
  const { t } = useTranslation();
  const cropping = useCropStore((s) => s.croppingId === element.id);
  const update = (patch: Partial<ImageElement>, field: string) =>
    useDesignStore.getState().updateElement<ImageElement>(element.id, patch, 'history.property', { mergeKey: `${element.id}:${field}` });
  const style = locked('style');
  const filters = element.filters ?? NEUTRAL_FILTERS;
  const setFilter = (patch: Partial<ImageFilters>, field: string) => update({ filters: { ...filters, ...patch } }, field);
  return (
    <section className="panel-section" data-testid="image-section">
      <h2 className="panel-heading">{t('inspector.image')}</h2>
      <div className="field-grid">
        <Field label={t('inspector.fit')} wide>
          <select value={element.fit} disabled={style} data-testid="prop-fit" onChange={(e) => update({ fit: e.target.value as ImageElement['fit'] }, 'fit')}>
            <option value="cover">{t('inspector.fitCover')}</option>
            <option value="contain">{t('inspector.fitContain')}</option>
            <option value="stretch">{t('inspector.fitStretch')}</option>
          </select>
        </Field>
        <div className="field wide toggle-row" role="group" aria-label={t('imageProps.transform')}>
          <button type="button" className={`btn btn-plain${cropping ? ' active' : ''}`} aria-pressed={cropping} disabled={style} data-testid="crop-toggle" onClick={() => (cropping ? useCropStore.getState().stop() : useCropStore.getState().start(element.id))}>
            {cropping ? t('imageProps.doneCropping') : t('meme.crop')}
          </button>
          <button type="button" className="btn btn-plain" disabled={style || !element.crop} data-testid="crop-reset" onClick={() => update({ crop: undefined }, 'crop')}>
            {t('imageProps.resetCrop')}
          </button>
          <span className="toggle-sep" />
          <Toggle label={t('meme.flipX')} glyph="⇋" on={!!element.flipX} disabled={style} onChange={(flipX) => update({ flipX }, 'flipx')} />
          <Toggle label={t('meme.flipY')} glyph="⇵" on={!!element.flipY} disabled={style} onChange={(flipY) => update({ flipY }, 'flipy')} />
        </div>
        <Field label={t('textProps.radius')}>
          <NumberInput value={element.cornerRadius ?? 0} min={0} max={10_000} disabled={style} testId="prop-image-radius" onChange={(cornerRadius) => update({ cornerRadius }, 'radius')} />
        </Field>
        <Field label={t('imageProps.blur')}>
          <NumberInput value={filters.blur} min={0} max={100} disabled={style} testId="prop-filter-blur" onChange={(blur) => setFilter({ blur }, 'f-blur')} />
        </Field>
        {FILTER_FIELDS.map((f) => (
          <Field key={f.key} label={t(`imageProps.${f.key}`)}>
            <NumberInput
              value={Math.round(filters[f.key] * 100)}
              min={f.min}
              max={f.max}
              suffix="%"
              disabled={style}
              testId={`prop-filter-${f.key}`}
              onChange={(v) => setFilter({ [f.key]: v / 100 }, `f-${f.key}`)}
            />
          </Field>
        ))}
        <div className="field wide toggle-row">
          <button type="button" className="btn btn-plain" disabled={style || !element.filters} data-testid="filters-reset" onClick={() => update({ filters: undefined }, 'filters')}>
            {t('imageProps.resetFilters')}
          </button>
          <ActionButton actionId="insert.redact" icon="eyeOff" showLabel />
        </div>
      </div>
    </section>
  );
}

/** The blur/pixelate box's own properties. */
export function RedactSection({ element, locked }: { element: RedactElement; locked: LockedFn }) {
  const { t } = useTranslation();
  const update = (patch: Partial<RedactElement>, field: string) =>
    useDesignStore.getState().updateElement<RedactElement>(element.id, patch, 'history.property', { mergeKey: `${element.id}:${field}` });
  const style = locked('style');
  return (
    <section className="panel-section" data-testid="redact-section">
      <h2 className="panel-heading">{t('imageProps.redact')}</h2>
      <div className="field-grid">
        <Field label={t('imageProps.redactMode')}>
          <select value={element.mode} disabled={style} data-testid="prop-redact-mode" onChange={(e) => update({ mode: e.target.value as RedactElement['mode'] }, 'mode')}>
            <option value="pixelate">{t('imageProps.pixelate')}</option>
            <option value="blur">{t('imageProps.blur')}</option>
          </select>
        </Field>
        <Field label={t('imageProps.strength')}>
          <NumberInput value={element.strength} min={1} max={500} disabled={style} testId="prop-redact-strength" onChange={(strength) => update({ strength }, 'strength')} />
        </Field>
        <Field label={t('imageProps.redactShape')} wide>
          <select value={element.shape} disabled={style} data-testid="prop-redact-shape" onChange={(e) => update({ shape: e.target.value as RedactElement['shape'] }, 'shape')}>
            <option value="ellipse">{t('imageProps.oval')}</option>
            <option value="rect">{t('imageProps.rectangle')}</option>
          </select>
        </Field>
      </div>
    </section>
  );
}
