// A question with a few answers, e.g. "Save changes before closing?" -> Save / Don't save / Cancel.
import { useTranslation } from 'react-i18next';
import { useDialogStore, type ModalProps } from './dialog-store';

export interface ConfirmButton {
  id: string;
  labelKey: string;
  kind?: 'primary' | 'danger' | 'plain';
}

interface ConfirmProps {
  titleKey: string;
  messageKey: string;
  params?: Record<string, string | number>;
  buttons: ConfirmButton[];
  /** The answer when the user dismisses the dialog (Escape). */
  cancelId: string;
  onAnswer(id: string): void;
}

function ConfirmDialog({ titleKey, messageKey, params, buttons, cancelId, onAnswer, close }: ConfirmProps & ModalProps) {
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

/** Asks the user and resolves with the id of the button they chose. */
export function confirm(options: Omit<ConfirmProps, 'onAnswer'>): Promise<string> {
  return new Promise((resolve) => useDialogStore.getState().open(ConfirmDialog, { ...options, onAnswer: resolve }));
}
