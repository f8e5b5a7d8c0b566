// Refusals where the user is looking: an error (a hostile pack, a broken image, a locked part, a
// file that could not be saved) also shows as a notice at the top of the canvas until the user
// closes it or the next message replaces it; the status bar keeps its one-line copy.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore, type StatusMessage } from '../state/editor-store';

export function ErrorNotice() {
  const { t } = useTranslation();
  const status = useEditorStore((s) => s.status);
  // Closing hides this notice only; the status bar keeps the message until the next one.
  const [closed, setClosed] = useState<StatusMessage | null>(null);
  if (!status || status.tone !== 'error' || closed === status) return null;
  return (
    <div className="error-notice" role="alert" data-testid="error-notice">
      <span className="error-notice-icon" aria-hidden="true">!</span>
      <p className="error-notice-text">{t(status.key, status.params)}</p>
      <button type="button" className="error-notice-close" aria-label={t('notice.close')} title={t('notice.close')} data-testid="error-notice-close" onClick={() => setClosed(status)}>
        ×
      </button>
    </div>
  );
}
