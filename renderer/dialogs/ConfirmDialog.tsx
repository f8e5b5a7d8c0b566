// A question with a few answers, e.g. "Save changes before closing?" -> Save / Don't save / Cancel.
// Opened with confirm() from dialog-store.ts.
import { useTranslation } from 'react-i18next';
import type { ConfirmRequest, ModalProps } from './dialog-store';

export function ConfirmDialog({ titleKey, messageKey, detailKeys, details, params, buttons, cancelId, onAnswer, close }: ConfirmRequest & ModalProps) {
  const { t } = useTranslation();
  const answer = (id: string) => {
    close();
    onAnswer(id);
  };
  return (
    <div
      className="confirm-dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') answer(cancelId);
      }}
    >
      <h2 className="modal-title">{t(titleKey, params)}</h2>
      <p className="modal-text">{t(messageKey, params)}</p>
      {detailKeys?.length || details?.length ? (
        <ul className="modal-details" data-testid="confirm-details">
          {detailKeys?.map((key) => (
            <li key={key}>{t(key, params)}</li>
          ))}
          {details?.map((line, i) => (
            <li key={`d${i}`}>{line}</li>
          ))}
        </ul>
      ) : null}
      <div className="modal-actions">
        {buttons.map((b, i) => (
          <button
            key={b.id}
            type="button"
            className={`btn btn-${b.kind === 'primary' ? 'primary' : b.kind === 'danger' ? 'danger' : 'outline'}`}
            data-testid={`confirm-${b.id}`}
            {...(i === 0 ? { 'data-autofocus': true } : {})}
            onClick={() => answer(b.id)}
          >
            {t(b.labelKey)}
          </button>
        ))}
      </div>
    </div>
  );
}
