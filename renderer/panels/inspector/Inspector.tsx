// The inspector: properties of the selection, or of the document when nothing is selected.
// The selection's sections (SelectionSections.tsx) and the fill-in form are chunks of their own,
// loaded on first use.
import { Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findElement, type Element } from '../../../core/model';
import { useDesignStore } from '../../state/design-store';
import { useEditorStore } from '../../state/editor-store';
import { DocumentSection } from './DocumentSection';
import { slotsOf } from '../../../core/templates';
import { lazyComponent, loadWhenIdle } from '../../lazy-parts';

const SelectionSections = lazyComponent(() => import('./SelectionSections'), 'SelectionSections');
// The fill-in form shows only for a template being filled in: a chunk of its own too.
const FillInForm = lazyComponent(() => import('../templates/FillInForm'), 'FillInForm');

export function Inspector() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const selectedIds = useEditorStore((s) => s.selectedIds);
  const selected = selectedIds.map((id) => findElement(design.elements, id)).filter((e): e is Element => Boolean(e));
  const hasSlots = useMemo(() => slotsOf(design).length > 0, [design]);
  const fillingIn = useDesignStore((s) => !s.authorMode) && hasSlots;
  // The first selection should show its properties at once: the sections' module runs when idle.
  useEffect(() => loadWhenIdle(SelectionSections), []);

  return (
    <aside className="side-panel right-panel" data-testid="right-panel" aria-label={t('panels.inspector')}>
      {fillingIn && (
        <Suspense fallback={null}>
          <FillInForm />
        </Suspense>
      )}
      {selected.length === 0 && <DocumentSection />}
      {selected.length > 0 && (
        <Suspense fallback={<p className="muted panel-loading">{t('dialog.loading')}</p>}>
          <SelectionSections selected={selected} />
        </Suspense>
      )}
    </aside>
  );
}
