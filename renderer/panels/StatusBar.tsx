import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { refusalStatus } from './refusal-status';

export function StatusBar({ shell }: { shell: 'electron' | 'browser' | null }) {
  const { t } = useTranslation();
  const width = useDesignStore((s) => s.design.width);
  const height = useDesignStore((s) => s.design.height);
  const refusal = useDesignStore((s) => s.lastRefusal);
  const budgetRefusal = useDesignStore((s) => s.lastBudgetRefusal);
  const { selectedIds, zoom, status } = useEditorStore();

  useEffect(() => {
    if (!refusal) return;
    const { design: current, authorMode } = useDesignStore.getState();
    useEditorStore.getState().setStatus(refusalStatus(refusal, current, authorMode, t));
  }, [refusal, t]);
  useEffect(() => {
    if (budgetRefusal) {
      const megapixels = (n: number) => Math.round(n / 1e6);
      useEditorStore.getState().setStatus({ key: 'errors.image.design-too-many-pixels', params: { megapixels: megapixels(budgetRefusal.pixels), max: megapixels(budgetRefusal.max) }, tone: 'error' });
    }
  }, [budgetRefusal]);

  return (
    <footer className="status-bar" data-testid="status-bar">
      <span>{t('status.size', { width, height })}</span>
      <span>{t('status.zoom', { percent: Math.round(zoom * 100) })}</span>
      <span>{selectedIds.length ? t('status.selected', { count: selectedIds.length }) : t('status.nothingSelected')}</span>
      <span className={`status-message tone-${status?.tone ?? 'info'}`} role="status" data-testid="status-message">
        {status ? t(status.key, status.params) : ''}
      </span>
      {shell && <span className="shell-badge">{t(shell === 'electron' ? 'status.desktop' : 'status.browser')}</span>}
    </footer>
  );
}
