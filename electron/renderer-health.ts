// A page that crashes or stops responding never leaves a dead window: the user is told what
// happened and offered a reload, after which the page offers the recovery copy of unsaved work
// (renderer/documents/restore.ts). No electron import: main.ts passes the window and the dialog.
import type { NativeLabels } from './menu-labels';

export interface HealthWindow {
  reload(): void;
  /** Ends a hung page so the reload starts from scratch. */
  crashRenderer(): void;
}

/** Shows a question with buttons and resolves with the index chosen. */
export type AskUser = (question: { type: 'error' | 'warning'; title: string; message: string; detail: string; buttons: string[]; defaultId: number; cancelId: number }) => Promise<number>;

/** render-process-gone: anything but a clean exit is a crash; the window reloads or the app quits. */
export async function onRendererGone(reason: string, window: HealthWindow, ask: AskUser, labels: NativeLabels, quit: () => void): Promise<'reload' | 'quit' | 'ignored'> {
  if (reason === 'clean-exit') return 'ignored';
  const choice = await ask({
    type: 'error',
    title: labels['dialog.crashed.title'],
    message: labels['dialog.crashed.message'],
    detail: labels['dialog.crashed.detail'],
    buttons: [labels['dialog.crashed.reload'], labels['dialog.crashed.quit']],
    defaultId: 0,
    cancelId: 0,
  });
  if (choice === 1) {
    quit();
    return 'quit';
  }
  window.reload();
  return 'reload';
}

/** unresponsive: wait, or end the page and reload it. */
export async function onRendererUnresponsive(window: HealthWindow, ask: AskUser, labels: NativeLabels): Promise<'reload' | 'wait'> {
  const choice = await ask({
    type: 'warning',
    title: labels['dialog.unresponsive.title'],
    message: labels['dialog.unresponsive.message'],
    detail: labels['dialog.unresponsive.detail'],
    buttons: [labels['dialog.unresponsive.wait'], labels['dialog.unresponsive.reload']],
    defaultId: 0,
    cancelId: 0,
  });
  if (choice !== 1) return 'wait';
  window.crashRenderer();
  window.reload();
  return 'reload';
}
