// The Electron main process. It only wires things together: every rule lives in a module that
// is tested on its own (protocol.ts, ipc.ts, handlers.ts, menu.ts, services/).
import path from 'node:path';
import { removeStaleTempsUnder } from './services/atomic-write';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, nativeImage, protocol, screen, session, type WebContents } from 'electron';
import { EVENTS, type Settings } from '../core/api';
import type { Language } from '../core/model/schema';
import { languageOfLocale } from '../core/model/locale';
import { PACK_LIBRARY_DIR, createFileAccess } from './file-handlers';
import { openableFiles } from './file-open';
import { WindowLife } from './window-life';
import { applyWindowState } from './window-state';
import { onRendererGone, onRendererUnresponsive, type AskUser } from './renderer-health';
import { loadWindowBounds, placeOnScreen, saveWindowBounds, type WindowBounds } from './services/window-bounds';
import { createApiHandlers, type Dialogs } from './handlers';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { nativeLabels, type NativeLabelKey } from './menu-labels';
import { textMenuTemplate } from './text-menu';
import { permissionAllowed } from './permissions';
import { APP_INDEX_URL, APP_SCHEME, createAppProtocolHandler } from './protocol';
import { recoverPackLibrary } from './services/packs';

// Must happen before 'ready': a standard, secure scheme gets a real origin (app://placard),
// relative URLs, fetch and CORS, like https, and V8's code cache, as http(s) scripts have it:
// from the second start on, the renderer's scripts are not compiled again (Electron enables the
// cache for a custom scheme only when asked, and only for a standard one).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let menuLanguage: Language = 'en';
let recentDocuments: string[] = [];
/** Where the window was last time (electron/services/window-bounds.ts); loaded at start. */
let savedBounds: WindowBounds | null = null;

// Documents and packs the OS asks us to open; paths main hands to the page become usable by it.
const fileAccess = createFileAccess();
// The main window's life (electron/window-life.ts): open requests wait for a ready page, the
// unsaved-changes prompt lives in the page (a close or quit is held until it answers), and a file
// opened with no window (macOS) makes one.
const life = new WindowLife(
  {
    createWindow: () => {
      mainWindow = createWindow();
    },
    send: (filePath) => {
      const window = mainWindow;
      if (window && !window.isDestroyed()) window.webContents.send(EVENTS.openFile.channel, { path: fileAccess.grant(filePath) });
    },
    askPage: () => mainWindow?.webContents.send(EVENTS.closeRequested.channel, {}),
    closeWindow: () => mainWindow?.close(),
    quit: () => app.quit(),
  },
  { platform: process.platform },
);

function builtPath(...parts: string[]): string {
  // app.getAppPath() is the folder (or app.asar) holding package.json, in development and packaged.
  return path.join(app.getAppPath(), 'dist', ...parts);
}

function focusedOrMain(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow;
}

function defaultExportPath(suggestedName: string): string {
  try {
    return path.join(app.getPath('pictures'), suggestedName);
  } catch {
    return suggestedName; // no Pictures folder known: the dialog opens in its own default place
  }
}

const dialogs: Dialogs = {
  async openImage() {
    const labels = nativeLabels(menuLanguage);
    const options: Electron.OpenDialogOptions = {
      title: labels['dialog.openImage.title'],
      properties: ['openFile'],
      filters: [{ name: labels['dialog.openImage.filter'], extensions: ['png', 'jpg', 'jpeg', 'webp', 'gif', 'svg'] }],
    };
    const owner = focusedOrMain();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  openDocument: () => showOpen('dialog.openDocument.title', 'dialog.openDocument.filter', ['placard']),
  saveDocument: ({ suggestedName }) => showSave('dialog.saveDocument.title', suggestedName, 'dialog.openDocument.filter', ['placard']),
  openPack: () => showOpen('dialog.openPack.title', 'dialog.openPack.filter', ['placardpack']),
  openSpreadsheet: () => showOpen('dialog.openSheet.title', 'dialog.openSheet.filter', ['csv', 'tsv', 'txt', 'xlsx', 'ods']),
  async choosePhotoFolder() {
    const options: Electron.OpenDialogOptions = { title: nativeLabels(menuLanguage)['dialog.photoFolder.title'], properties: ['openDirectory'] };
    const owner = focusedOrMain();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  savePack: ({ suggestedName }) => showSave('dialog.savePack.title', suggestedName, 'dialog.openPack.filter', ['placardpack']),
  async saveFile({ suggestedName, filters }) {
    const options: Electron.SaveDialogOptions = {
      title: nativeLabels(menuLanguage)['dialog.export.title'],
      defaultPath: defaultExportPath(suggestedName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = focusedOrMain();
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseFolder() {
    const options: Electron.OpenDialogOptions = {
      title: nativeLabels(menuLanguage)['dialog.exportFolder.title'],
      defaultPath: defaultExportPath(''),
      properties: ['openDirectory', 'createDirectory'],
    };
    const owner = focusedOrMain();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};

/**
 * The system print dialog for the page's print layout (its print style sheet shows only the pages).
 * Backgrounds on, as the pages are pictures; the page's CSS @page rules give the paper sizes.
 */
export function printContents(contents: Pick<WebContents, 'print'>): Promise<{ status: 'printed' | 'cancelled' | 'failed'; reason?: string }> {
  return new Promise((resolve) => {
    contents.print({ silent: false, printBackground: true, margins: { marginType: 'none' } }, (success, failureReason) => {
      if (success) resolve({ status: 'printed' });
      else if (/cancel/i.test(failureReason)) resolve({ status: 'cancelled' });
      else resolve({ status: 'failed', reason: String(failureReason).slice(0, 200) });
    });
  });
}

/** The system clipboard, behind a plain function so handlers stay testable without Electron. */
const clipboardService = {
  writePng(png: Uint8Array) {
    clipboard.writeImage(nativeImage.createFromBuffer(Buffer.from(png.buffer, png.byteOffset, png.byteLength)));
  },
};

async function showOpen(title: NativeLabelKey, filter: NativeLabelKey, extensions: string[]): Promise<string | null> {
  const labels = nativeLabels(menuLanguage);
  const options: Electron.OpenDialogOptions = { title: labels[title], properties: ['openFile'], filters: [{ name: labels[filter], extensions }] };
  const owner = focusedOrMain();
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function showSave(title: NativeLabelKey, suggestedName: string, filter: NativeLabelKey, extensions: string[]): Promise<string | null> {
  const labels = nativeLabels(menuLanguage);
  const options: Electron.SaveDialogOptions = {
    title: labels[title],
    defaultPath: suggestedName,
    filters: [{ name: labels[filter], extensions }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const owner = focusedOrMain();
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

function installMenu(language: Language): void {
  menuLanguage = language;
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    sendAction(actionId, window) {
      const target = window instanceof BrowserWindow ? window : focusedOrMain();
      if (target && !target.isDestroyed()) target.webContents.send(EVENTS.menuAction.channel, actionId);
    },
    recent: recentDocuments,
    // Opens like a file from the OS: the page gets the path and opens it (recent paths are allowed).
    openRecent: (filePath) => life.openFile(filePath),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Navigation, new windows and <webview> are refused for every web contents, present and future. */
function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(permissionAllowed(permission, details?.requestingUrl)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  // Spelling is never fetched from the network: on Windows and Linux Chromium downloads Hunspell
  // dictionaries from Google's servers unless told otherwise. The system's own spell checker
  // (macOS, Windows) checks English and Spanish; where there is none (Linux), nothing is checked.
  if (process.platform !== 'darwin') {
    ses.setSpellCheckerDictionaryDownloadURL(`${APP_SCHEME}://placard/no-dictionaries/`);
    ses.setSpellCheckerLanguages(SPELLING_LANGUAGES.filter((l) => ses.availableSpellCheckerLanguages.includes(l)));
  }
}

/** The languages the text fields are spell-checked in, where the platform lets the app choose. */
const SPELLING_LANGUAGES = ['en-US', 'es'];

function createWindow(): BrowserWindow {
  const place = placeOnScreen(savedBounds, screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow({
    width: place?.width ?? 1280,
    height: place?.height ?? 820,
    ...(place ? { x: place.x, y: place.y } : {}),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Placard',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: builtPath('electron', 'preload.cjs'),
    },
  });
  window.once('ready-to-show', () => {
    if (place?.maximized) window.maximize();
    window.show();
  });
  window.on('close', (event) => {
    if (window === mainWindow && life.closeRequested()) {
      event.preventDefault();
      return;
    }
    // The window really closes: remember where it was for next time.
    savedBounds = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    void saveWindowBounds(app.getPath('userData'), savedBounds).catch((err: unknown) => console.warn('Could not save the window position:', err));
  });
  // Text fields get a right-click menu (Electron shows none): spelling, then the edit commands.
  window.webContents.on('context-menu', (_event, params) => {
    const template = textMenuTemplate(params, nativeLabels(menuLanguage), {
      replaceMisspelling: (word) => window.webContents.replaceMisspelling(word),
      addToDictionary: (word) => window.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
  window.webContents.on('did-start-loading', () => {
    if (window === mainWindow) life.pageLoading();
  });
  // A crashed or hung page is never a dead window: say so and offer a reload (which offers the recovery copy).
  const health = { reload: () => window.reload(), crashRenderer: () => window.webContents.forcefullyCrashRenderer() };
  const ask: AskUser = async (question) => (await dialog.showMessageBox(window, question)).response;
  window.webContents.on('render-process-gone', (_event, details) => {
    void onRendererGone(details.reason, health, ask, nativeLabels(menuLanguage), () => app.quit());
  });
  window.on('unresponsive', () => {
    void onRendererUnresponsive(health, ask, nativeLabels(menuLanguage));
  });
  window.on('closed', () => {
    if (mainWindow !== window) return;
    mainWindow = null;
    life.windowClosed();
  });
  void window.loadURL(APP_INDEX_URL);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSession();
  protocol.handle(APP_SCHEME, createAppProtocolHandler(builtPath('renderer')));

  // Finish or undo a pack install an earlier run was killed in the middle of.
  await recoverPackLibrary(path.join(app.getPath('userData'), PACK_LIBRARY_DIR)).catch((err: unknown) => console.error('Pack library recovery failed:', err));
  // Temp files that saves killed midway left in the app's folders (settings, library, recovery copies).
  void removeStaleTempsUnder(app.getPath('userData')).catch((err: unknown) => console.warn('Could not clean up temporary files:', err));

  const handlers = createApiHandlers({
    dialogs,
    fileAccess,
    takeOpenRequests: () => life.pageReady(),
    onCloseAnswer: (close) => life.pageAnswered(close),
    onRecentChanged: (filePath, recent) => {
      app.addRecentDocument(filePath);
      recentDocuments = recent;
      installMenu(menuLanguage);
    },
    onWindowState: (state) => {
      const window = mainWindow;
      if (window && !window.isDestroyed()) applyWindowState(window, state, process.platform);
    },
    clipboard: clipboardService,
    printWindow: () => (mainWindow && !mainWindow.isDestroyed() ? printContents(mainWindow.webContents) : Promise.resolve({ status: 'failed' as const, reason: 'no window' })),
    userDataDir: app.getPath('userData'),
    // A first start speaks the system's language (the settings' default).
    systemLanguage: languageOfLocale(app.getLocale()),
    appVersion: app.getVersion(),
    platform: process.platform,
    onSettingsChanged(settings: Settings) {
      if (settings.language !== menuLanguage) installMenu(settings.language);
    },
  });
  registerIpc(ipcMain, handlers, (event) => mainWindow !== null && event.sender === mainWindow.webContents);

  recentDocuments = (await handlers.getRecentDocuments()).recent.map((r) => r.path);
  savedBounds = await loadWindowBounds(app.getPath('userData'));
  installMenu((await handlers.getSettings()).language);
  life.appReady();

  app.on('activate', () => life.activate());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  for (const filePath of openableFiles(process.argv.slice(1), process.cwd())) life.openFile(filePath);
  // macOS delivers double-clicked files and files dropped on the dock this way, possibly before
  // 'ready' or with no window open.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    for (const file of openableFiles([filePath], process.cwd())) life.openFile(file);
  });
  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    for (const filePath of openableFiles(Array.isArray(argv) ? argv.slice(1) : [], workingDirectory || process.cwd())) life.openFile(filePath);
    const window = mainWindow;
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => life.allWindowsClosed());
  // Cmd+Q / Quit with unsaved work: ask the page first; the quit goes on once the window closes.
  app.on('before-quit', (event) => {
    if (life.quitRequested()) event.preventDefault();
  });
  start().catch((err: unknown) => {
    console.error('Placard failed to start:', err);
    app.exit(1);
  });
}

