import { useTranslation } from 'react-i18next';
import { literalColors } from '../../../core/scene';
import { useDesignStore } from '../../state/design-store';
import { ColorInput, Field, NumberInput } from '../fields';
import type { ShapeElement } from '../../../core/model';
import type { LockedFn } from './types';

export function ShapeSection({ element, locked }: { element: ShapeElement; locked: LockedFn }) {
  const { t } = useTranslation();
  const update = (patch: Partial<ShapeElement>, field: string) =>
    useDesignStore.getState().updateElement<ShapeElement>(element.id, patch, 'history.property', { mergeKey: `${element.id}:${field}` });
  const style = locked('style');
  const isLine = element.shape === 'line';
  return (
    <section className="panel-section">
      <h2 className="panel-heading">{t('inspector.appearance')}</h2>
      <div className="field-grid">
        <Field label={isLine ? t('inspector.color') : t('inspector.fill')}>
          <ColorInput value={literalColors(element.fill)} disabled={style} testId="prop-shape-fill" onChange={(fill) => update({ fill }, 'fill')} />
        </Field>
        {isLine ? (
          // A line's thickness is its box height (see core/scene/shape-paths.ts).
          <Field label={t('inspector.thickness')}>
            <NumberInput value={element.height} min={1} max={500} disabled={locked('resize')} testId="prop-thickness" onChange={(height) => update({ height }, 'h')} />
          </Field>
        ) : (
          <>
            <Field label={t('inspector.stroke')}>
              <ColorInput value={literalColors(element.stroke)} disabled={style} onChange={(stroke) => update({ stroke }, 'stroke')} />
            </Field>
            <Field label={t('inspector.strokeWidth')}>
              <NumberInput value={element.strokeWidth} min={0} max={200} disabled={style} testId="prop-stroke-width" onChange={(strokeWidth) => update({ strokeWidth }, 'sw')} />
            </Field>
          </>
        )}
        {(element.shape === 'rect' || element.shape === 'bubble') && (
          <Field label={t('inspector.cornerRadius')}>
            <NumberInput value={element.cornerRadius} min={0} max={4096} disabled={style} testId="prop-corner-radius" onChange={(cornerRadius) => update({ cornerRadius }, 'cr')} />
          </Field>
        )}
        {element.shape === 'star' && (
          <Field label={t('inspector.starPoints')}>
            <NumberInput value={element.starPoints ?? 5} min={3} max={24} disabled={style} testId="prop-star-points" onChange={(starPoints) => update({ starPoints: Math.round(starPoints) }, 'pts')} />
          </Field>
        )}
      </div>
    </section>
  );
}
