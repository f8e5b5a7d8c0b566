// What the export dialog and bulk create share around a run: the folder the user picks (kept for
// the session by each dialog), the taskbar or dock progress, and the footer while a run goes on
// (Cancel) and after it (back to the choices, Done).
import { useTranslation } from 'react-i18next';
import type { ExportFolder } from '../../../core/api';
import { getApi } from '../../bridge';

/** Asks main for a folder; null when the user closed the dialog. Errors go to `onError`. */
export async function pickExportFolder(onError: (e: unknown) => void): Promise<ExportFolder | null> {
  try {
    return await getApi().chooseExportFolder();
  } catch (e) {
    onError(e);
    return null;
  }
}

/** The taskbar or dock shows a run's progress too (null: none). */
export function showWindowProgress(share: number | null): void {
  void getApi()
    .setWindowState({ progress: share })
    .catch(() => undefined);
}

interface RunFooterProps {
  phase: 'running' | 'done';
  /** "export" or "bulk": the buttons' test ids. */
  prefix: string;
  backLabel: string;
  cancel(): void;
  back(): void;
  close(): void;
}

export function RunFooter({ phase, prefix, backLabel, cancel, back, close }: RunFooterProps) {
  const { t } = useTranslation();
  if (phase === 'running') {
    return (
      <button type="button" className="btn btn-outline" data-testid={`${prefix}-cancel`} onClick={cancel}>
        {t('export.dialog.cancel')}
      </button>
    );
  }
  return (
    <>
      <button type="button" className="btn btn-outline" data-testid={`${prefix}-again`} onClick={back}>
        {backLabel}
      </button>
      <button type="button" className="btn btn-primary" data-testid={`${prefix}-done`} data-autofocus onClick={close}>
        {t('export.dialog.done')}
      </button>
    </>
  );
}
