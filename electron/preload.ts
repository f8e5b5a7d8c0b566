// Runs in the sandboxed preload: exposes window.placard with exactly the API methods of
// core/api.ts (each one an ipcRenderer.invoke on its channel) plus the event subscriptions.
// Nothing else of Electron or Node reaches the page. It imports only the channel table
// (core/api-channels.ts): main validates every argument, so the preload needs no schemas.
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNELS, CHANNEL_METHODS, EVENT_CHANNELS } from '../core/api-channels';
import type { PlacardApi } from '../core/api';

/** Longest path main sends in an openFile event (core/api-files MAX_PATH_LENGTH; a test keeps them equal). */
export const MAX_EVENT_PATH = 4096;

export function buildPlacardApi(): PlacardApi {
  const api: Record<string, unknown> = {};
  for (const method of CHANNEL_METHODS) {
    const channel = API_CHANNELS[method];
    api[method] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
  }
  api.onMenuAction = (listener: (actionId: string) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuAction expects a function');
    // Never hand the IPC event to the page: it would expose ipcRenderer.
    const forward = (_event: unknown, actionId: unknown) => {
      if (typeof actionId === 'string') listener(actionId);
    };
    ipcRenderer.on(EVENT_CHANNELS.menuAction, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.menuAction, forward);
    };
  };
  api.onOpenFile = (listener: (filePath: string) => void) =>
    subscribe(EVENT_CHANNELS.openFile, 'onOpenFile', listener, (payload): [string] | null => {
      const path = (payload as { path?: unknown } | null)?.path;
      return typeof path === 'string' && path.length > 0 && path.length <= MAX_EVENT_PATH && !path.includes('\0') ? [path] : null;
    });
  api.onCloseRequested = (listener: () => void) => subscribe(EVENT_CHANNELS.closeRequested, 'onCloseRequested', listener, (): [] => []);
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
