import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API, EVENTS } from '../../../core/api';
import { CONTENT_SECURITY_POLICY } from '../../../electron/protocol';

// A recording stand-in for the parts of Electron main.ts uses. State lives in `fake` so each
// test can re-import main.ts (which starts the app on import) against a fresh Electron.
type Listener = (...args: any[]) => any;
const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    locale: 'en-US',
    appPath: '',
    userData: '',
    appListeners: new Map<string, Listener[]>(),
    windows: [] as any[],
    focused: null as any,
    menus: [] as any[][],
    protocolHandlers: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    calls: [] as string[],
  };
  return state;
});

vi.mock('electron', () => {
  const on = (map: Map<string, Listener[]>) => (name: string, listener: Listener) => {
    map.set(name, [...(map.get(name) ?? []), listener]);
  };
  class FakeWebContents {
    listeners = new Map<string, Listener[]>();
    on = vi.fn(on(this.listeners));
    send = vi.fn();
    forcefullyCrashRenderer = vi.fn();
    /** The system print dialog: answers with the outcome the test sets. */
    printOutcome: [boolean, string] = [true, ''];
    print = vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => callback(...this.printOutcome));
    replaceMisspelling = vi.fn();
    session = { addWordToSpellCheckerDictionary: vi.fn() };
    windowOpenHandler: Listener | null = null;
    setWindowOpenHandler = vi.fn((handler: Listener) => {
      this.windowOpenHandler = handler;
    });
  }
  class BrowserWindow {
    static getFocusedWindow = vi.fn(() => fake.focused);
    static getAllWindows = vi.fn(() => fake.windows);
    options: any;
    webContents = new FakeWebContents();
    listeners = new Map<string, Listener[]>();
    loadURL = vi.fn(async () => undefined);
    on = vi.fn(on(this.listeners));
    once = vi.fn(on(this.listeners));
    show = vi.fn();
    focus = vi.fn();
    setTitle = vi.fn();
    maximize = vi.fn();
    reload = vi.fn();
    isMaximized = vi.fn(() => false);
    getNormalBounds = vi.fn(() => ({ x: 40, y: 30, width: 1300, height: 850 }));
    setProgressBar = vi.fn();
    setDocumentEdited = vi.fn();
    setRepresentedFilename = vi.fn();
    restore = vi.fn();
    minimized = false;
    isMinimized = vi.fn(() => this.minimized);
    isDestroyed = vi.fn(() => false);
    close = vi.fn(() => {
      const event = { preventDefault: vi.fn() };
      for (const listener of this.listeners.get('close') ?? []) listener(event);
      if (!event.preventDefault.mock.calls.length) fake.calls.push('window closed');
      return event;
    });
    constructor(options: any) {
      this.options = options;
      fake.windows.push(this);
      fake.calls.push('new BrowserWindow');
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      setSpellCheckerLanguages: vi.fn(),
      availableSpellCheckerLanguages: ['de', 'en-GB', 'en-US', 'es', 'es-419', 'fr'],
    },
  };
  const electron = {
    app: {
      requestSingleInstanceLock: vi.fn(() => fake.lock),
      quit: vi.fn(),
      exit: vi.fn(),
      enableSandbox: vi.fn(),
      on: vi.fn(on(fake.appListeners)),
      whenReady: vi.fn(async () => {
        fake.calls.push('whenReady');
      }),
      getAppPath: vi.fn(() => fake.appPath),
      getPath: vi.fn(() => fake.userData),
      getVersion: vi.fn(() => '1.2.3'),
      getLocale: vi.fn(() => fake.locale),
      addRecentDocument: vi.fn(),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: vi.fn((template: any[]) => {
        fake.menus.push(template);
        return { template, popup: vi.fn() };
      }),
      setApplicationMenu: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => fake.calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string, handler: Listener) => fake.protocolHandlers.set(scheme, handler)),
    },
    ipcMain: {
      handle: vi.fn((channel: string, handler: Listener) => fake.ipcHandlers.set(channel, handler)),
      removeHandler: vi.fn(),
    },
    session,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
  };
  return { ...electron, default: electron };
});

const electron = await import('electron');
const mocked = electron as unknown as Record<string, any>;

let dir: string;
beforeEach(async () => {
  vi.resetModules();
  vi.clearAllMocks();
  dir = await mkdtemp(path.join(os.tmpdir(), 'placard-main-'));
  fake.lock = true;
  fake.locale = 'en-US';
  fake.appPath = dir;
  fake.userData = path.join(dir, 'userData');
  fake.appListeners.clear();
  fake.windows.length = 0;
  fake.focused = null;
  fake.menus.length = 0;
  fake.protocolHandlers.clear();
  fake.ipcHandlers.clear();
  fake.calls.length = 0;
  await mkdir(path.join(dir, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(dir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Placard</title>');
});
// Retries: the window's place is saved in the background when a test closes its window.
afterEach(async () => {
  // A window closed by a test saves its position in the background: let that write finish before
  // its folder goes, or its warning lands after the test file has ended (a teardown error).
  await new Promise((resolve) => setTimeout(resolve, 100));
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
});

async function startMain() {
  await import('../../../electron/main');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  return fake.windows[0];
}

const appEvent = (window: any) => ({ senderFrame: { url: 'app://placard/index.html', parent: null }, sender: window.webContents });

function items(menu: any[]): any[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('electron/main', () => {
  it('quits without a window when another instance holds the lock', async () => {
    fake.lock = false;
    await import('../../../electron/main');
    await new Promise((r) => setTimeout(r, 20));
    expect(mocked.app.quit).toHaveBeenCalled();
    expect(mocked.app.whenReady).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const window = await startMain();
    window.minimized = true;
    for (const listener of fake.appListeners.get('second-instance') ?? []) listener({}, ['placard'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(mocked.app.quit).not.toHaveBeenCalled();
  });

  it('registers app:// as a privileged scheme before ready, with V8\'s code cache (which needs it standard)', async () => {
    await startMain();
    expect(mocked.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
    ]);
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(mocked.app.enableSandbox).toHaveBeenCalled();
  });

  it('opens one window with secure web preferences and the app:// page', async () => {
    const window = await startMain();
    expect(window.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(dir, 'dist', 'electron', 'preload.cjs'),
    });
    expect(window.loadURL).toHaveBeenCalledTimes(1);
    const url = window.loadURL.mock.calls[0][0] as string;
    expect(url.startsWith('app://placard/')).toBe(true);
    expect(url).not.toMatch(/^file:/);
  });

  it('prevents navigation, redirects and webviews, and denies new windows, for every web contents', async () => {
    await startMain();
    const contents = new (mocked.BrowserWindow as any)({}).webContents;
    for (const listener of fake.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      const listeners = contents.listeners.get(name) ?? [];
      expect(listeners.length, name).toBeGreaterThan(0);
      for (const listener of listeners) listener(event, 'https://evil.example/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it.each(['linux', 'win32', 'darwin'])('on %s: text fields get a right-click menu in the app\'s language, and spelling never downloads a dictionary', async (platform) => {
    const original = process.platform;
    Object.defineProperty(process, 'platform', { value: platform });
    try {
      const window = await startMain();
      const ses = mocked.session.defaultSession;
      if (platform === 'darwin') {
        // macOS checks with its own spell checker, in the languages the user has.
        expect(ses.setSpellCheckerDictionaryDownloadURL).not.toHaveBeenCalled();
        expect(ses.setSpellCheckerLanguages).not.toHaveBeenCalled();
      } else {
        expect(ses.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith('app://placard/no-dictionaries/');
        expect(ses.setSpellCheckerLanguages).toHaveBeenCalledWith(['en-US', 'es']);
      }
      const [menu] = window.webContents.listeners.get('context-menu') ?? [];
      expect(menu).toBeTypeOf('function');
      const flags = { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: true, canSelectAll: true };
      const built = mocked.Menu.buildFromTemplate.mock.results.length;
      menu({}, { isEditable: true, selectionText: '', misspelledWord: 'huelgha', dictionarySuggestions: ['huelga'], editFlags: flags });
      const result = mocked.Menu.buildFromTemplate.mock.results[built].value;
      expect(result.template.map((i: any) => i.label ?? '—').slice(0, 4)).toEqual(['huelga', 'Add to Dictionary', '—', 'Undo']);
      expect(result.popup).toHaveBeenCalledWith({ window });
      result.template[0].click();
      expect(window.webContents.replaceMisspelling).toHaveBeenCalledWith('huelga');
      result.template[1].click();
      expect(window.webContents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('huelgha');
      // A right-click on nothing editable or selected (the canvas has its own menu) opens none.
      menu({}, { isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags });
      expect(mocked.Menu.buildFromTemplate.mock.results).toHaveLength(built + 1);
    } finally {
      Object.defineProperty(process, 'platform', { value: original });
    }
  });

  it('denies every permission request and check', async () => {
    await startMain();
    const ses = mocked.session.defaultSession;
    const request = ses.setPermissionRequestHandler.mock.calls[0][0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = ses.setPermissionCheckHandler.mock.calls[0][0];
    expect(check({}, 'media', 'app://placard', {})).toBe(false);
    // Issue 14: the page's own Copy and Paste reach the system clipboard, for the app's origin only.
    expect(check({}, 'clipboard-sanitized-write', 'app://placard', {})).toBe(true);
    expect(check({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
    expect(ses.setDevicePermissionHandler.mock.calls[0][0]({})).toBe(false);
  });

  it('lets exactly clipboard write and read through, and only for app://placard', async () => {
    await startMain();
    const ses = mocked.session.defaultSession;
    const request = ses.setPermissionRequestHandler.mock.calls[0][0];
    const answer = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl });
      return callback.mock.calls[0]?.[0];
    };
    expect(answer('clipboard-read', 'app://placard/index.html')).toBe(true);
    expect(answer('clipboard-sanitized-write', 'app://placard/index.html')).toBe(true);
    expect(answer('clipboard-read', 'https://placard.evil/index.html')).toBe(false);
    expect(answer('clipboard-read', 'app://other/index.html')).toBe(false);
    expect(answer('media', 'app://placard/index.html')).toBe(false);
    const check = ses.setPermissionCheckHandler.mock.calls[0][0];
    expect(check({}, 'clipboard-read', 'app://placard', {})).toBe(true);
    expect(check({}, 'notifications', 'app://placard', {})).toBe(false);
  });

  it('serves the renderer over app:// with the CSP header, and nothing outside it', async () => {
    await startMain();
    const handler = fake.protocolHandlers.get('app');
    expect(handler).toBeTypeOf('function');
    const response: Response = await handler!(new Request('app://placard/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Placard</title>');
    const escape: Response = await handler!(new Request('app://placard/%2e%2e/%2e%2e/package.json'));
    expect(escape.status).toBe(404);
    expect(escape.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('registers the API over IPC and only answers the app window', async () => {
    const window = await startMain();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(API).map((s) => s.channel).sort());
    const getInfo = fake.ipcHandlers.get(API.getAppInfo.channel)!;
    expect(await getInfo(appEvent(window))).toEqual({ version: '1.2.3', platform: process.platform, shell: 'electron' });
    const otherContents = { id: 99 };
    await expect(getInfo({ senderFrame: { url: 'app://placard/index.html', parent: null }, sender: otherContents })).rejects.toThrow(/untrusted/);
  });

  it('prints the window through the system dialog, with backgrounds and no margins, and says how it ended', async () => {
    const window = await startMain();
    const print = fake.ipcHandlers.get(API.printWindow.channel)!;
    expect(await print(appEvent(window))).toEqual({ status: 'printed' });
    expect(window.webContents.print).toHaveBeenCalledWith({ silent: false, printBackground: true, margins: { marginType: 'none' } }, expect.any(Function));
    window.webContents.printOutcome = [false, 'Print job canceled'];
    expect(await print(appEvent(window))).toEqual({ status: 'cancelled' });
    window.webContents.printOutcome = [false, 'Print job failed'];
    expect(await print(appEvent(window))).toEqual({ status: 'failed', reason: 'Print job failed' });
  });

  it('builds a File/Edit/View/Help menu with the usual accelerators that sends action ids', async () => {
    const window = await startMain();
    expect(mocked.Menu.setApplicationMenu).toHaveBeenCalled();
    const menu = fake.menus.at(-1)!;
    const top = menu.filter((m) => !m.role).map((m) => m.label);
    expect(top).toEqual(['File', 'Edit', 'View', 'Help']);
    const byId = new Map(items(menu).filter((i) => i.id).map((i) => [i.id, i]));
    const expected: Record<string, string | undefined> = {
      'file.new': 'CmdOrCtrl+N',
      'file.open': 'CmdOrCtrl+O',
      'file.save': 'CmdOrCtrl+S',
      'file.saveAs': 'CmdOrCtrl+Shift+S',
      'file.export': 'CmdOrCtrl+E',
      'file.exportPng': 'CmdOrCtrl+Shift+E',
      'file.print': 'CmdOrCtrl+P',
      'file.bulk': undefined,
      'edit.undo': 'CmdOrCtrl+Z',
      'edit.redo': 'CmdOrCtrl+Shift+Z',
      'edit.delete': 'Delete',
      'edit.selectAll': 'CmdOrCtrl+A',
      'view.zoomIn': 'CmdOrCtrl+=',
      'view.zoomOut': 'CmdOrCtrl+-',
      'view.fit': 'CmdOrCtrl+0',
      'view.actualSize': 'CmdOrCtrl+1',
      'view.allSizes': undefined,
      'help.about': undefined,
    };
    expect([...byId.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [id, accelerator] of Object.entries(expected)) expect(byId.get(id).accelerator, id).toBe(accelerator);
    const roles = items(menu).map((i) => i.role).filter(Boolean);
    expect(roles).toContain('togglefullscreen');
    // Cut, copy and paste are roles, so they keep working inside text fields.
    for (const [role, accelerator] of [['cut', 'CmdOrCtrl+X'], ['copy', 'CmdOrCtrl+C'], ['paste', 'CmdOrCtrl+V']] as const) {
      expect(items(menu).find((i) => i.role === role)?.accelerator, role).toBe(accelerator);
    }
    if (process.platform !== 'darwin') expect(items(menu).find((i) => i.role === 'quit')?.accelerator).toBe('CmdOrCtrl+Q');

    byId.get('file.export').click(byId.get('file.export'), window, {});
    expect(window.webContents.send).toHaveBeenCalledWith(EVENTS.menuAction.channel, 'file.export');
    // A click without a window goes to the focused one.
    fake.focused = window;
    byId.get('edit.undo').click(byId.get('edit.undo'), undefined, {});
    expect(window.webContents.send).toHaveBeenLastCalledWith(EVENTS.menuAction.channel, 'edit.undo');
  });

  it('rebuilds the menu in Spanish when the language setting changes', async () => {
    const window = await startMain();
    const before = fake.menus.length;
    await fake.ipcHandlers.get(API.setSettings.channel)!(appEvent(window), { language: 'es' });
    expect(fake.menus.length).toBe(before + 1);
    expect(fake.menus.at(-1)!.filter((m) => !m.role).map((m) => m.label)).toEqual(['Archivo', 'Editar', 'Ver', 'Ayuda']);
    // The saved language is used for the first menu of the next start.
    vi.resetModules();
    fake.windows.length = 0;
    fake.menus.length = 0;
    await startMain();
    expect(fake.menus[0]!.filter((m) => !m.role)[0].label).toBe('Archivo');
  });

  it("a first start speaks the system's language: Spanish menus and settings on a Spanish system, until a language is saved", async () => {
    fake.locale = 'es-MX';
    const window = await startMain();
    expect(fake.menus[0]!.filter((m) => !m.role).map((m) => m.label)).toEqual(['Archivo', 'Editar', 'Ver', 'Ayuda']);
    expect(await fake.ipcHandlers.get(API.getSettings.channel)!(appEvent(window))).toEqual({ language: 'es' });
    await fake.ipcHandlers.get(API.setSettings.channel)!(appEvent(window), { language: 'en' });
    vi.resetModules();
    fake.windows.length = 0;
    fake.menus.length = 0;
    await startMain();
    expect(fake.menus[0]!.filter((m) => !m.role)[0].label).toBe('File');
  });

  it('finishes an interrupted pack install at start (recoverPackLibrary)', async () => {
    const stage = path.join(fake.userData, 'pack-library', '.staging', 'import-x');
    await mkdir(path.join(stage, 'previous'), { recursive: true });
    await mkdir(path.join(fake.userData, 'pack-library', 'packs'), { recursive: true });
    await writeFile(path.join(stage, 'previous', 'manifest.json'), '{}');
    await writeFile(path.join(stage, 'target.json'), JSON.stringify({ packId: 'org.example.rally' }));
    await startMain();
    const { readdir } = await import('node:fs/promises');
    await vi.waitFor(async () => expect(await readdir(path.join(fake.userData, 'pack-library', '.staging'))).toEqual([]));
    expect(await readdir(path.join(fake.userData, 'pack-library', 'packs'))).toEqual(['org.example.rally']);
  });

  it('queues files from the command line, open-file and second instances until the page takes them, then sends them', async () => {
    const argv = process.argv;
    process.argv = [argv[0]!, '--flag', '/docs/flyer.placard', '/docs/notes.txt'];
    try {
      const window = await startMain();
      for (const listener of fake.appListeners.get('open-file') ?? []) listener({ preventDefault: vi.fn() }, '/docs/pack.placardpack');
      const take = fake.ipcHandlers.get(API.takeOpenRequests.channel)!;
      expect(await take(appEvent(window))).toEqual(['/docs/flyer.placard', '/docs/pack.placardpack']);
      for (const listener of fake.appListeners.get('second-instance') ?? []) listener({}, ['placard', 'later.placard'], '/work');
      expect(window.webContents.send).toHaveBeenCalledWith(EVENTS.openFile.channel, { path: '/work/later.placard' });
      // What main handed out, the page may now open (it does not exist, so: not found, not refused).
      const open = fake.ipcHandlers.get(API.openDocumentPath.channel)!;
      await expect(open(appEvent(window), '/work/later.placard')).rejects.toThrow(/document\.not-found/);
      await expect(open(appEvent(window), '/work/other.placard')).rejects.toThrow(/document\.path-not-allowed/);
    } finally {
      process.argv = argv;
    }
  });

  it.each(['linux', 'win32', 'darwin'])('on %s: the window life follows the platform (quit when the last window closes, or keep running and reopen for a file)', async (platform) => {
    const original = process.platform;
    Object.defineProperty(process, 'platform', { value: platform });
    try {
      const window = await startMain();
      await fake.ipcHandlers.get(API.takeOpenRequests.channel)!(appEvent(window));
      // Quit with the page ready: held while the page is asked, then goes on after its yes.
      const quit = { preventDefault: vi.fn() };
      for (const listener of fake.appListeners.get('before-quit') ?? []) listener(quit);
      expect(quit.preventDefault).toHaveBeenCalled();
      expect(window.webContents.send).toHaveBeenCalledWith(EVENTS.closeRequested.channel, {});
      await fake.ipcHandlers.get(API.answerClose.channel)!(appEvent(window), true);
      expect(fake.calls).toContain('window closed');
      for (const listener of window.listeners.get('closed') ?? []) listener();
      expect(mocked.app.quit).toHaveBeenCalledTimes(1);
      mocked.app.quit.mockClear();
      for (const listener of fake.appListeners.get('window-all-closed') ?? []) listener();
      expect(mocked.app.quit).toHaveBeenCalledTimes(platform === 'darwin' ? 0 : 1);
      // A file opened with no window open (Finder, the dock) makes a window and waits for its page.
      for (const listener of fake.appListeners.get('open-file') ?? []) listener({ preventDefault: vi.fn() }, '/docs/late.placard');
      expect(fake.windows).toHaveLength(2);
      expect(await fake.ipcHandlers.get(API.takeOpenRequests.channel)!(appEvent(fake.windows[1]))).toEqual(['/docs/late.placard']);
      // The new window asks about unsaved work again.
      expect(fake.windows[1].close().preventDefault).toHaveBeenCalled();
    } finally {
      Object.defineProperty(process, 'platform', { value: original });
    }
  });

  it('shows the document in the window: name and unsaved marker in the title, export progress on the taskbar', async () => {
    const window = await startMain();
    const set = fake.ipcHandlers.get(API.setWindowState.channel)!;
    await set(appEvent(window), { title: 'Rally flyer', edited: true, documentPath: null });
    expect(window.setTitle).toHaveBeenLastCalledWith(process.platform === 'darwin' ? 'Rally flyer — Placard' : '• Rally flyer — Placard');
    await set(appEvent(window), { progress: 0.5 });
    expect(window.setProgressBar).toHaveBeenLastCalledWith(0.5);
    await set(appEvent(window), { progress: null });
    expect(window.setProgressBar).toHaveBeenLastCalledWith(-1);
    await expect(set(appEvent(window), { title: 'x'.repeat(400) })).rejects.toThrow();
  });

  it('adds saved documents to the OS recent list and to File > Open Recent, which opens them', async () => {
    const window = await startMain();
    await fake.ipcHandlers.get(API.takeOpenRequests.channel)!(appEvent(window));
    await mkdir(fake.userData, { recursive: true });
    const target = path.join(fake.userData, 'flyer.placard');
    const design = { version: 1, id: 'd1', name: 'Flyer', width: 100, height: 100, elements: [] };
    mocked.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await fake.ipcHandlers.get(API.saveDocumentAs.channel)!(appEvent(window), { suggestedName: 'flyer.placard', design, assets: {} });
    expect(mocked.app.addRecentDocument).toHaveBeenCalledWith(target);
    const recent = items(fake.menus.at(-1)!).find((i) => i.label === 'Open Recent').submenu;
    expect(recent.map((i: any) => i.label)).toEqual(['flyer.placard']);
    recent[0].click();
    expect(window.webContents.send).toHaveBeenCalledWith(EVENTS.openFile.channel, { path: target });
  });

  it('remembers the window size, position and maximized state, and reopens it there', async () => {
    const window = await startMain();
    window.isMaximized.mockReturnValue(true);
    window.close(); // the page is not ready yet, so nothing holds the close
    await vi.waitFor(async () => expect(JSON.parse(await readFile(path.join(fake.userData, 'window-state.json'), 'utf8'))).toEqual({ x: 40, y: 30, width: 1300, height: 850, maximized: true }));
    for (const listener of window.listeners.get('closed') ?? []) listener();
    for (const listener of fake.appListeners.get('activate') ?? []) listener();
    const reopened = fake.windows[1];
    expect(reopened.options).toMatchObject({ x: 40, y: 30, width: 1300, height: 850 });
    for (const listener of reopened.listeners.get('ready-to-show') ?? []) listener();
    expect(reopened.maximize).toHaveBeenCalled();
  });

  it('a crashed page gets a message and a reload (or quit); a hung one can be waited for or reloaded', async () => {
    const window = await startMain();
    const gone = window.webContents.listeners.get('render-process-gone')![0]!;
    gone({}, { reason: 'clean-exit' });
    expect(mocked.dialog.showMessageBox).not.toHaveBeenCalled();
    gone({}, { reason: 'crashed' });
    await vi.waitFor(() => expect(window.reload).toHaveBeenCalledTimes(1));
    expect(mocked.dialog.showMessageBox.mock.calls[0][1]).toMatchObject({ type: 'error', message: 'The editor stopped unexpectedly.', buttons: ['Reload', 'Quit Placard'] });
    mocked.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    gone({}, { reason: 'oom' });
    await vi.waitFor(() => expect(mocked.app.quit).toHaveBeenCalled());
    const hung = window.listeners.get('unresponsive')![0]!;
    hung(); // Wait
    await vi.waitFor(() => expect(mocked.dialog.showMessageBox).toHaveBeenCalledTimes(3));
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    mocked.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    hung(); // Reload
    await vi.waitFor(() => expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalled());
    expect(window.reload).toHaveBeenCalledTimes(2);
  });

  it('asks the page before closing; closes only when it answers yes', async () => {
    const window = await startMain();
    // Before the page is ready (has not taken its open requests), nothing blocks closing.
    expect(window.close().preventDefault).not.toHaveBeenCalled();
    await fake.ipcHandlers.get(API.takeOpenRequests.channel)!(appEvent(window));
    fake.calls.length = 0;
    const held = window.close();
    expect(held.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(EVENTS.closeRequested.channel, {});
    const answer = fake.ipcHandlers.get(API.answerClose.channel)!;
    await answer(appEvent(window), false);
    expect(fake.calls).not.toContain('window closed');
    await answer(appEvent(window), true);
    expect(fake.calls).toContain('window closed');
  });
});
