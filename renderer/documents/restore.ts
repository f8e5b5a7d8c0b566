// After a crash: recovery copies left from the last run are offered one by one, newest first.
// Restore opens the copy as unsaved work; Discard deletes it. Nothing is deleted without asking.
import i18next from 'i18next';
import type { RecoverySummary } from '../../core/api-files';
import { errorMessage } from '../i18n/error-message';
import { getApi } from '../bridge';
import { confirm } from '../dialogs/dialog-store';
import { useEditorStore } from '../state/editor-store';
import { clearRecoveryFor, docKeyOf, writeRecoveryNow } from './autosave';
import { documentContents, loadDocument } from './document-io';

function formatTime(savedAt: number): string {
  try {
    return new Intl.DateTimeFormat(i18next.language || 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(savedAt));
  } catch {
    return new Date(savedAt).toISOString();
  }
}

/** Asks about each recovery copy; stops at the first one restored (the rest wait for the next start). */
export async function offerRecoveries(): Promise<RecoverySummary | null> {
  let entries: RecoverySummary[];
  try {
    entries = await getApi().listRecoveries();
  } catch (err) {
    console.warn('could not list recovery copies:', errorMessage(err));
    return null;
  }
  for (const entry of entries) {
    const name = entry.designName || i18next.t('document.untitled');
    const answer = await confirm({
      titleKey: 'recovery.title',
      messageKey: 'recovery.message',
      params: { name, time: formatTime(entry.savedAt) },
      buttons: [
        { id: 'restore', labelKey: 'recovery.restore', kind: 'primary' },
        { id: 'discard', labelKey: 'recovery.discard', kind: 'danger' },
      ],
      cancelId: 'restore-later',
    });
    if (answer === 'discard') {
      await clearRecoveryFor(entry.docKey);
      continue;
    }
    if (answer !== 'restore') return null;
    try {
      const payload = await getApi().readRecovery(entry.docKey);
      if (!payload) continue;
      await loadDocument(payload, { dirty: true });
      // Keep the copy under the key the restored document autosaves with from now on.
      await writeRecoveryNow(documentContents);
      if (docKeyOf() !== entry.docKey) await clearRecoveryFor(entry.docKey);
      useEditorStore.getState().setStatus({ key: 'recovery.restored', params: { name }, tone: 'success' });
      return entry;
    } catch (err) {
      useEditorStore.getState().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
      return null;
    }
  }
  return null;
}
