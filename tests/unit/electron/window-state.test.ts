// The window shows the document on every platform: title with an unsaved marker (macOS: the
// close button's dot and the file's proxy icon), and progress on the taskbar or dock.
import { describe, expect, it, vi } from 'vitest';
import { applyWindowState, windowTitle } from '../../../electron/window-state';
import { createFileAccess, createFileHandlers } from '../../../electron/file-handlers';

const fakeWindow = () => ({ setTitle: vi.fn(), setProgressBar: vi.fn(), setDocumentEdited: vi.fn(), setRepresentedFilename: vi.fn() });

describe.each(['linux', 'win32', 'darwin'])('window state on %s', (platform) => {
  it('titles the window with the document and marks unsaved work the platform way', () => {
    const w = fakeWindow();
    applyWindowState(w, { title: 'Rally flyer', edited: true, documentPath: '/docs/rally.placard' }, platform);
    expect(w.setTitle).toHaveBeenCalledWith(platform === 'darwin' ? 'Rally flyer — Placard' : '• Rally flyer — Placard');
    expect(w.setDocumentEdited).toHaveBeenCalledTimes(platform === 'darwin' ? 1 : 0);
    expect(w.setRepresentedFilename).toHaveBeenCalledTimes(platform === 'darwin' ? 1 : 0);
    applyWindowState(w, { title: 'Rally flyer', edited: false }, platform);
    expect(w.setTitle).toHaveBeenLastCalledWith('Rally flyer — Placard');
  });

  it('shows progress while a job runs and removes it after', () => {
    const w = fakeWindow();
    applyWindowState(w, { progress: 0.25 }, platform);
    applyWindowState(w, { progress: null }, platform);
    expect(w.setProgressBar.mock.calls).toEqual([[0.25], [-1]]);
    expect(w.setTitle).not.toHaveBeenCalled();
  });
});

describe('setWindowState handler', () => {
  it('passes the state on, but shows only a file main handed to the page as the document', async () => {
    const seen: unknown[] = [];
    const access = createFileAccess();
    const handlers = createFileHandlers({ dialogs: {}, userDataDir: '/nonexistent', fileAccess: access, onWindowState: (s) => seen.push(s) });
    access.grant('/docs/granted.placard');
    await handlers.setWindowState({ title: 'A', edited: false, documentPath: '/docs/granted.placard' });
    await handlers.setWindowState({ title: 'B', documentPath: '/etc/passwd' });
    await handlers.setWindowState({ progress: 0.5 });
    expect(seen).toEqual([
      { title: 'A', edited: false, documentPath: '/docs/granted.placard' },
      { title: 'B', documentPath: null },
      { progress: 0.5 },
    ]);
    expect(windowTitle('A', true, 'linux')).toBe('• A — Placard');
  });
});
