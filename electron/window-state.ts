// What the window shows of the document: "Name — Placard" in the title, with an unsaved marker
// (macOS: the dot in the close button, setDocumentEdited, and the file as the title's proxy icon),
// and a long job's progress on the taskbar (Windows, Linux launchers) or the dock (macOS).
import type { WindowState } from '../core/api-files';

/** The parts of a BrowserWindow this needs (macOS-only methods are optional elsewhere). */
export interface StatefulWindow {
  setTitle(title: string): void;
  setProgressBar(progress: number): void;
  setDocumentEdited?(edited: boolean): void;
  setRepresentedFilename?(filePath: string): void;
}

export function windowTitle(name: string, edited: boolean, platform: string): string {
  // macOS marks unsaved work in the close button; elsewhere the title carries it.
  return `${edited && platform !== 'darwin' ? '• ' : ''}${name} — Placard`;
}

export function applyWindowState(window: StatefulWindow, state: WindowState, platform: string): void {
  if (state.title !== undefined) window.setTitle(windowTitle(state.title, state.edited ?? false, platform));
  if (platform === 'darwin') {
    if (state.edited !== undefined) window.setDocumentEdited?.(state.edited);
    if (state.documentPath !== undefined) window.setRepresentedFilename?.(state.documentPath ?? '');
  }
  // A negative value removes the bar.
  if (state.progress !== undefined) window.setProgressBar(state.progress === null ? -1 : state.progress);
}
