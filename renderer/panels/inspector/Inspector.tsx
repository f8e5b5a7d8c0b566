// The inspector: properties of the selection, or of the document when nothing is selected.
// The selection's sections (SelectionSections.tsx) are a chunk of their own, loaded on first use.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { findElement, type Element } from '../../../core/model';
import { useDesignStore } from '../../state/design-store';
import { useEditorStore } from '../../state/editor-store';
import { DocumentSection } from './DocumentSection';
import { FillInForm } from '../templates/FillInForm';
import { lazyComponent } from '../../lazy-parts';

const SelectionSections = lazyComponent(() => import('./SelectionSections'), 'SelectionSections');

export function Inspector() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const selectedIds = useEditorStore((s) => s.selectedIds);
  const selected = selectedIds.map((id) => findElement(design.elements, id)).filter((e): e is Element => Boolean(e));

  return (
    <aside className="side-panel right-panel" data-testid="right-panel" aria-label={t('panels.inspector')}>
      <FillInForm />
      {selected.length === 0 && <DocumentSection />}
      {selected.length > 0 && (
        <Suspense fallback={<p className="muted panel-loading">{t('dialog.loading')}</p>}>
          <SelectionSections selected={selected} />
        </Suspense>
      )}
    </aside>
  );
}
