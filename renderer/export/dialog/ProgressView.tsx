// An export under way: which image is being made, a progress bar, and the question when a file
// of the same name exists (stop, skip it, or replace it and the ones after).
import { useTranslation } from 'react-i18next';
import type { ExportProgress } from '../../../core/export';
import { presetLabel } from '../preset-labels';

export type OverwriteAnswer = 'replace' | 'skip' | 'cancel';

export function ProgressView({ progress, existing, answer }: { progress: ExportProgress; existing: readonly string[] | null; answer(a: OverwriteAnswer): void }) {
  const { t } = useTranslation();
  return (
    <div className="export-running" data-testid="export-running">
      <p className="export-progress-label" data-testid="export-progress-label">
        {progress.current
          ? t('export.dialog.progress', { done: progress.done + 1, total: progress.total, preset: presetLabel(t, progress.current.preset) })
          : t('export.dialog.preparing')}
      </p>
      <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} data-testid="export-progress">
        <div className="progress-fill" style={{ width: `${progress.total ? (progress.done / progress.total) * 100 : 0}%` }} />
      </div>
      {existing && (
        <div className="export-overwrite" data-testid="export-overwrite">
          <p>{t('export.dialog.exists', { names: existing.join(', ') })}</p>
          <div className="modal-actions">
            <button type="button" className="btn btn-outline" data-testid="overwrite-cancel" onClick={() => answer('cancel')}>
              {t('export.dialog.stop')}
            </button>
            <button type="button" className="btn btn-outline" data-testid="overwrite-skip" onClick={() => answer('skip')}>
              {t('export.dialog.skip')}
            </button>
            <button type="button" className="btn btn-danger" data-testid="overwrite-replace" onClick={() => answer('replace')}>
              {t('export.dialog.replace')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
