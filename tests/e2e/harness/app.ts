// launchApp(): the production renderer in Debian Chromium with window.placard bound to the
// REAL main-process handlers (electron/handlers.ts) running in this Node process. Only the
// native file dialogs are replaced, by QueuedDialogs unless the test passes its own.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { API, API_METHODS, EVENTS, encodeApiError, type Settings } from '../../../core/api';
import { createApiHandlers, invokeValidated, type Dialogs } from '../../../electron/handlers';
import { languageOfLocale } from '../../../core/model/locale';
import type { ClipboardService } from '../../../electron/services/export-folders';
import { type BindingReply, type BridgeConfig, installPlacardBridge } from './bridge-script';
import { QueuedDialogs } from './dialogs';
import { startRendererServer } from './server';
import { BYTES_TAG, fromWire, toWire } from './wire';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The built renderer; PLACARD_RENDERER_DIST points a run at a private build (no shared dist/ lock needed). */
export const RENDERER_DIST = process.env.PLACARD_RENDERER_DIST ?? join(REPO_ROOT, 'dist', 'renderer');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const BINDING = '__placardInvoke';
const MENU_HOOK = '__placardFireMenu';
const EVENT_HOOK = '__placardFireEvent';

export interface LaunchOptions<D extends Dialogs> {
  /** Reuse this user-data folder (e.g. to relaunch after a simulated crash); the caller deletes it. */
  userDataDir?: string;
  /** Files the OS asked to open at start (command line / file association). */
  openFiles?: string[];
  /** Dialog doubles; defaults to a fresh QueuedDialogs. */
  dialogs?: D;
  /** Settings saved before the page loads (e.g. start in Spanish). */
  settings?: Partial<Settings>;
  viewport?: { width: number; height: number };
  /** The browser's locale (navigator.language); default en-US. */
  locale?: string;
  /** The system clipboard double; defaults to one that records every PNG (see clipboardWrites). */
  clipboard?: ClipboardService;
  /** Runs before the page first loads (e.g. to route or hold the requests for a chunk). */
  prepare?: (context: BrowserContext) => Promise<void>;
}

export interface PlacardApp<D extends Dialogs> {
  page: Page;
  context: BrowserContext;
  dialogs: D;
  /** The main process's user-data folder (settings.json lives here). Deleted by close(). */
  userDataDir: string;
  /** Where the renderer is served, with a trailing slash. */
  url: string;
  /** console.error messages and uncaught page errors seen so far. */
  consoleErrors: string[];
  pageErrors: string[];
  /** PNGs the app put on the system clipboard (with the default clipboard double). */
  clipboardWrites: Uint8Array[];
  /** What each File > Print sent to the printer: the page printed by Chromium as a PDF (print media, its @page sizes). */
  printJobs: Uint8Array[];
  /** Emulates choosing a native menu item: delivers `actionId` to onMenuAction listeners. Returns how many listened. */
  menu(actionId: string): Promise<number>;
  /** Emulates main sending an event (openFile, closeRequested). Returns how many listened. */
  emit(event: 'openFile' | 'closeRequested', payload?: unknown): Promise<number>;
  /** Answers the page gave to closeRequested (true: close the window). */
  closeAnswers: boolean[];
  close(): Promise<void>;
}

function readAppVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

/** The message main would send for a failed call (see electron/ipc.ts): code and params encoded. */
function ipcErrorMessage(err: unknown): string {
  const e = err as { code?: unknown; params?: unknown; message?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (typeof e?.code === 'string' && e.params !== null && typeof e.params === 'object')
    return encodeApiError({ code: e.code, params: e.params as Record<string, string | number>, message });
  return encodeApiError({ code: 'internal', params: {}, message });
}

export async function launchApp<D extends Dialogs = QueuedDialogs>(options: LaunchOptions<D> = {}): Promise<PlacardApp<D>> {
  if (!existsSync(join(RENDERER_DIST, 'index.html')))
    throw new Error(`${join(RENDERER_DIST, 'index.html')} is missing: run \`npm run build\` before the e2e tests`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium package`);

  const dialogs = (options.dialogs ?? new QueuedDialogs()) as D;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'placard-e2e-userdata-')));
  const profileDir = await mkdtemp(join(tmpdir(), 'placard-e2e-chromium-'));
  const cleanups: (() => Promise<unknown>)[] = [() => (options.userDataDir ? Promise.resolve() : rm(userDataDir, { recursive: true, force: true })), () => rm(profileDir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };

  try {
    const clipboardWrites: Uint8Array[] = [];
    const clipboard = options.clipboard ?? { writePng: (png: Uint8Array) => void clipboardWrites.push(new Uint8Array(png)) };
    const openRequests = [...(options.openFiles ?? [])];
    const closeAnswers: boolean[] = [];
    // The system print dialog's double: Chromium prints the page as main's webContents.print would.
    const printJobs: Uint8Array[] = [];
    let printPage: Page | null = null;
    const printWindow = async () => {
      if (!printPage) return { status: 'failed' as const, reason: 'no page' };
      printJobs.push(new Uint8Array(await printPage.pdf({ preferCSSPageSize: true, printBackground: true })));
      return { status: 'printed' as const };
    };
    const handlers = createApiHandlers({ dialogs, clipboard, printWindow, userDataDir, systemLanguage: languageOfLocale(options.locale ?? 'en-US'), appVersion: readAppVersion(), platform: process.platform, takeOpenRequests: () => openRequests.splice(0), onCloseAnswer: (answer: boolean) => void closeAnswers.push(answer) });
    if (options.settings) await handlers.setSettings(options.settings);

    const server = await startRendererServer(RENDERER_DIST);
    cleanups.push(() => server.close());

    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1440, height: 900 },
      deviceScaleFactor: 1,
      locale: options.locale ?? 'en-US',
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
    cleanups.push(() => context.close());

    // Like electron/ipc.ts: only the app's own top-level frame may call the API.
    await context.exposeBinding(BINDING, async (source, method: unknown, args: unknown): Promise<BindingReply> => {
      try {
        if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(server.url))
          throw Object.assign(new Error(`Refused ${String(method)} from untrusted sender ${source.frame.url().slice(0, 200)}`), { code: 'ipc.untrusted-sender', params: { method: String(method) } });
        const decoded = fromWire(args);
        const value = await invokeValidated(handlers, String(method), Array.isArray(decoded) ? decoded : [decoded]);
        return { ok: true, value: toWire(value) };
      } catch (err) {
        return { ok: false, message: ipcErrorMessage(err) };
      }
    });
    const config: BridgeConfig = {
      binding: BINDING,
      menuHook: MENU_HOOK,
      eventHook: EVENT_HOOK,
      channels: Object.fromEntries(API_METHODS.map((m) => [m, API[m].channel])),
      bytesTag: BYTES_TAG,
    };
    // Sent as source text. Transpilers that keep function names (esbuild, tsx) insert calls to
    // a `__name` helper that does not exist in the page; a no-op stand-in keeps it working.
    await context.addInitScript({
      content: `(() => { const __name = (fn) => fn; (${installPlacardBridge.toString()})(${JSON.stringify(config)}); })();`,
    });

    const page = context.pages()[0] ?? (await context.newPage());
    printPage = page;
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url}:${msg.location().lineNumber})`);
    });
    page.on('pageerror', (err) => pageErrors.push(err.stack ?? err.message));
    await options.prepare?.(context);
    await page.goto(server.url, { waitUntil: 'load' });

    return {
      page,
      context,
      dialogs,
      userDataDir,
      url: server.url,
      consoleErrors,
      pageErrors,
      clipboardWrites,
      printJobs,
      async menu(actionId: string) {
        EVENTS.menuAction.payload.parse(actionId);
        return page.evaluate(([hook, id]) => (window as unknown as Record<string, (id: string) => number>)[hook]!(id), [MENU_HOOK, actionId] as const);
      },
      closeAnswers,
      async emit(event, payload = {}) {
        EVENTS[event].payload.parse(payload);
        return page.evaluate(([hook, name, data]) => (window as unknown as Record<string, (n: string, d: unknown) => number>)[hook]!(name, data), [EVENT_HOOK, event, payload] as const);
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
