// Runs in the sandboxed preload: exposes window.placard with exactly the API methods of
// core/api.ts (each one an ipcRenderer.invoke on its channel) plus onMenuAction. Nothing else of
// Electron or Node reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { API, API_METHODS, EVENTS, type PlacardApi } from '../core/api';

export function buildPlacardApi(): PlacardApi {
  const api: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    const channel = API[method].channel;
    api[method] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
  }
  api.onMenuAction = (listener: (actionId: string) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuAction expects a function');
    // Never hand the IPC event to the page: it would expose ipcRenderer.
    const forward = (_event: unknown, actionId: unknown) => {
      if (typeof actionId === 'string') listener(actionId);
    };
    ipcRenderer.on(EVENTS.menuAction.channel, forward);
    return () => {
      ipcRenderer.removeListener(EVENTS.menuAction.channel, forward);
    };
  };
  api.onOpenFile = (listener: (filePath: string) => void) =>
    subscribe(EVENTS.openFile.channel, 'onOpenFile', listener, (payload): [string] | null => {
      const parsed = EVENTS.openFile.payload.safeParse(payload);
      return parsed.success ? [parsed.data.path] : null;
    });
  api.onCloseRequested = (listener: () => void) => subscribe(EVENTS.closeRequested.channel, 'onCloseRequested', listener, (): [] => []);
  return api as unknown as PlacardApi;
}

/** Forwards one event channel to a page listener, passing only the checked payload (never the IPC event). */
function subscribe<A extends unknown[]>(channel: string, name: string, listener: (...args: A) => void, payload: (raw: unknown) => A | null): () => void {
  if (typeof listener !== 'function') throw new TypeError(`${name} expects a function`);
  const forward = (_event: unknown, raw: unknown) => {
    const args = payload(raw);
    if (args) listener(...args);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

contextBridge.exposeInMainWorld('placard', buildPlacardApi());
