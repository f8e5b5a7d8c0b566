import { describe, expect, it, vi } from 'vitest';
import { API, API_METHODS, apiErrorInfo, type ApiHandlers } from '../../../core/api';
import { registerIpc, type InvokeEventLike } from '../../../electron/ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => listeners.delete(channel)),
    invoke(channel: string, event: InvokeEventLike, ...args: unknown[]) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener(event, ...args);
    },
  };
}

function fakeHandlers(): ApiHandlers {
  // Channels these tests do not call fail loudly if something reaches them.
  const unused = Object.fromEntries(
    API_METHODS.map((m) => [m, vi.fn(async () => { throw new Error(`unexpected call to ${m}`); })]),
  ) as unknown as ApiHandlers;
  return {
    ...unused,
    getAppInfo: vi.fn(async () => ({ version: '1', platform: 'linux', shell: 'electron' as const })),
    openImage: vi.fn(async () => null),
    saveExport: vi.fn(async () => ({ status: 'canceled' as const })),
    getSettings: vi.fn(async () => ({ language: 'en' as const })),
    setSettings: vi.fn(async () => ({ language: 'es' as const })),
  };
}

const appFrame = { url: 'app://placard/index.html', parent: null };
const fromApp: InvokeEventLike = { senderFrame: appFrame };

describe('registerIpc', () => {
  it('registers each API channel exactly once, and only once per ipcMain', () => {
    const ipcMain = fakeIpcMain();
    const unregister = registerIpc(ipcMain, fakeHandlers(), () => true);
    expect(ipcMain.handle).toHaveBeenCalledTimes(API_METHODS.length);
    expect([...ipcMain.listeners.keys()].sort()).toEqual(API_METHODS.map((m) => API[m].channel).sort());
    expect(() => registerIpc(ipcMain, fakeHandlers(), () => true)).toThrow(/already registered/);
    unregister();
    expect(ipcMain.listeners.size).toBe(0);
  });

  it('lets a valid call from the app reach its handler', async () => {
    const ipcMain = fakeIpcMain();
    const handlers = fakeHandlers();
    registerIpc(ipcMain, handlers, () => true);
    expect(await ipcMain.invoke(API.setSettings.channel, fromApp, { language: 'es' })).toEqual({ language: 'es' });
    expect(handlers.setSettings).toHaveBeenCalledWith({ language: 'es' });
  });

  it.each([
    ['a foreign origin', { senderFrame: { url: 'https://evil.example/index.html', parent: null } }],
    ['a look-alike host', { senderFrame: { url: 'app://placard.evil/index.html', parent: null } }],
    ['a file:// page', { senderFrame: { url: 'file:///home/me/index.html', parent: null } }],
    ['a subframe of the app', { senderFrame: { url: 'app://placard/index.html', parent: appFrame } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('rejects a call from %s before any handler runs', async (_label, event) => {
    const ipcMain = fakeIpcMain();
    const handlers = fakeHandlers();
    registerIpc(ipcMain, handlers, () => true);
    const error = await Promise.resolve(ipcMain.invoke(API.getSettings.channel, event as InvokeEventLike)).catch((e: unknown) => e);
    expect(apiErrorInfo(error)).toMatchObject({ code: 'ipc.untrusted-sender', params: { method: 'getSettings' } });
    expect(handlers.getSettings).not.toHaveBeenCalled();
  });

  it('rejects the app frame when the caller-supplied check fails', async () => {
    const ipcMain = fakeIpcMain();
    const handlers = fakeHandlers();
    const isTrusted = vi.fn(() => false);
    registerIpc(ipcMain, handlers, isTrusted);
    await expect(ipcMain.invoke(API.getAppInfo.channel, fromApp)).rejects.toThrow(/untrusted sender/);
    expect(isTrusted).toHaveBeenCalledWith(fromApp);
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('rejects invalid arguments with the field path, encoded so the renderer gets the code', async () => {
    const ipcMain = fakeIpcMain();
    const handlers = fakeHandlers();
    registerIpc(ipcMain, handlers, () => true);
    const error = await Promise.resolve(
      ipcMain.invoke(API.saveExport.channel, fromApp, { suggestedName: 'a/b.png', mime: 'image/png', bytes: new Uint8Array(1) }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('args.0.suggestedName');
    // Electron prefixes the message on the way to the renderer; decoding must survive that.
    const asRendererSeesIt = new Error(`Error invoking remote method 'export:save': Error: ${(error as Error).message}`);
    expect(apiErrorInfo(asRendererSeesIt)).toMatchObject({ code: 'ipc.invalid-args', params: { method: 'saveExport' } });
    expect(handlers.saveExport).not.toHaveBeenCalled();
  });

  it('passes handler failures on with their code, and unexpected ones as internal', async () => {
    const ipcMain = fakeIpcMain();
    const handlers = fakeHandlers();
    handlers.openImage = vi.fn(async () => {
      throw Object.assign(new Error('disk on fire'), { code: 'EIO' });
    });
    registerIpc(ipcMain, handlers, () => true);
    const error = await Promise.resolve(ipcMain.invoke(API.openImage.channel, fromApp)).catch((e: unknown) => e);
    expect(apiErrorInfo(error)).toEqual({ code: 'internal', params: { message: 'disk on fire' }, message: 'disk on fire' });
  });
});
