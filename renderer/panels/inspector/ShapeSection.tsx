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
  return (
    <section className="panel-section">
      <h2 className="panel-heading">{t('inspector.appearance')}</h2>
      <div className="field-grid">
        <Field label={t('inspector.fill')}>
          <ColorInput value={literalColors(element.fill)} disabled={style} testId="prop-shape-fill" onChange={(fill) => update({ fill }, 'fill')} />
        </Field>
        <Field label={t('inspector.stroke')}>
          <ColorInput value={literalColors(element.stroke)} disabled={style} onChange={(stroke) => update({ stroke }, 'stroke')} />
        </Field>
        <Field label={t('inspector.strokeWidth')}>
          <NumberInput value={element.strokeWidth} min={0} max={200} disabled={style} onChange={(strokeWidth) => update({ strokeWidth }, 'sw')} />
        </Field>
        {element.shape === 'rect' && (
          <Field label={t('inspector.cornerRadius')}>
            <NumberInput value={element.cornerRadius} min={0} max={4096} disabled={style} onChange={(cornerRadius) => update({ cornerRadius }, 'cr')} />
          </Field>
        )}
      </div>
    </section>
  );
}
