// The PlacardApi client: Electron's preload when present, else the browser implementation, which
// loads on first use (lazy-api.ts).
import type { PlacardApi } from '../../core/api';
import { lazyApi } from './lazy-api';

declare global {
  interface Window {
    placard?: PlacardApi;
  }
}

let api: PlacardApi | null = null;

export function getApi(): PlacardApi {
  api ??= window.placard ?? lazyApi(() => import('./browser-api').then((m) => m.createBrowserApi()));
  return api;
}
