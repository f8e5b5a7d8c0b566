// The inspector: properties of the selection, or of the document when nothing is selected.
import { useTranslation } from 'react-i18next';
import { findElement, type Element } from '../../../core/model';
import { useDesignStore } from '../../state/design-store';
import { useEditorStore } from '../../state/editor-store';
import { DocumentSection } from './DocumentSection';
import { ElementSection } from './ElementSection';

export function Inspector() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const selectedIds = useEditorStore((s) => s.selectedIds);
  const selected = selectedIds.map((id) => findElement(design.elements, id)).filter((e): e is Element => Boolean(e));

  return (
    <aside className="side-panel right-panel" data-testid="right-panel" aria-label={t('panels.inspector')}>
      {selected.length === 0 && <DocumentSection />}
      {selected.length === 1 && <ElementSection element={selected[0]!} />}
      {selected.length > 1 && (
        <section className="panel-section">
          <h2 className="panel-heading">{t('inspector.multiple', { count: selected.length })}</h2>
          <p className="empty-hint">{t('inspector.multipleHint')}</p>
        </section>
      )}
    </aside>
  );
}
