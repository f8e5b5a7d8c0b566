// The PlacardApi client: Electron's preload when present, else the browser implementation, which
// loads on first use (lazy-api.ts).
import type { PlacardApi } from '../../core/api';
import { lazyApi } from './lazy-api';
import { zodReady } from '../zod-deferred';

declare global {
  interface Window {
    placard?: PlacardApi;
  }
}

let api: PlacardApi | null = null;

// Without Electron's preload, the browser implementation is fetched while the rest of the first
// screen's modules evaluate: start() reads the settings through it. (A failure shows on first use.)
if (typeof window !== 'undefined' && !window.placard) import('./browser-api').catch(() => undefined);

export function getApi(): PlacardApi {
  // The browser implementation checks what it reads with the schemas, so it waits for their library.
  api ??= window.placard ?? lazyApi(() => Promise.all([import('./browser-api'), zodReady]).then(([m]) => m.createBrowserApi()));
  return api;
}
