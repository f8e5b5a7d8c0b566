// The PlacardApi client: Electron's preload when present, else the browser implementation.
import type { PlacardApi } from '../../core/api';
import { createBrowserApi } from './browser-api';

declare global {
  interface Window {
    placard?: PlacardApi;
  }
}

let api: PlacardApi | null = null;

export function getApi(): PlacardApi {
  api ??= window.placard ?? createBrowserApi();
  return api;
}
