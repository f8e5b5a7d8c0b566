// Turns an error from the bridge or a decoder into a message in the user's language.
import i18next from 'i18next';

export function errorMessage(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code && i18next.exists(`errors.${code}`)) {
    const params = (err as { params?: Record<string, unknown> }).params ?? {};
    return i18next.t(`errors.${code}`, params);
  }
  // Errors crossing Electron's IPC lose their fields; main puts the code in the message as "[code] ...".
  const message = err instanceof Error ? err.message : String(err);
  const match = /\[([a-z]+(?:\.[a-z-]+)+)\]/.exec(message);
  if (match && i18next.exists(`errors.${match[1]}`)) return i18next.t(`errors.${match[1]}`);
  return message || i18next.t('errors.unknown');
}
