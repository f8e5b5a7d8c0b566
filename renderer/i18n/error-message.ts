// Turns an error from the bridge or a decoder into a message in the user's language.
import i18next from 'i18next';
import { apiErrorInfo } from '../../core/api-errors';

export function errorMessage(err: unknown): string {
  // Errors crossing Electron's IPC keep only their message; apiErrorInfo decodes code and params from it.
  const info = apiErrorInfo(err);
  if (info && i18next.exists(`errors.${info.code}`)) return i18next.t(`errors.${info.code}`, info.params);
  if (info) return info.message;
  const message = err instanceof Error ? err.message : String(err);
  return message || i18next.t('errors.unknown');
}
