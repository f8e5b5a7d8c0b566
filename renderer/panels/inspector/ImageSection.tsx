import { useTranslation } from 'react-i18next';
import { useDesignStore } from '../../state/design-store';
import { Field } from '../fields';
import type { ImageElement } from '../../../core/model';
import type { LockedFn } from './types';

export function ImageSection({ element, locked }: { element: ImageElement; locked: LockedFn }) {
  const { t } = useTranslation();
  return (
    <section className="panel-section">
      <h2 className="panel-heading">{t('inspector.image')}</h2>
      <div className="field-grid">
        <Field label={t('inspector.fit')} wide>
          <select
            value={element.fit}
            disabled={locked('style')}
            data-testid="prop-fit"
            onChange={(e) => useDesignStore.getState().updateElement<ImageElement>(element.id, { fit: e.target.value as ImageElement['fit'] }, 'history.property')}
          >
            <option value="cover">{t('inspector.fitCover')}</option>
            <option value="contain">{t('inspector.fitContain')}</option>
            <option value="stretch">{t('inspector.fitStretch')}</option>
          </select>
        </Field>
      </div>
    </section>
  );
}
