// The PlacardApi client: Electron's preload when present, else the browser implementation, which
// loads on first use (lazy-api.ts) once the first screen has shown (after-paint.ts).
import type { PlacardApi } from '../../core/api';
import { lazyApi } from './lazy-api';
import { loadZod } from '../zod-deferred';
import { firstScreenShown } from '../after-paint';

declare global {
  interface Window {
    placard?: PlacardApi;
  }
}

let api: PlacardApi | null = null;

export function getApi(): PlacardApi {
  // The browser implementation checks what it reads with the schemas, so it waits for their library.
  // Its first calls come with the first screen (the app's info, the saved settings) and wait for it
  // to have shown, nothing on it depends on their answers; its chunk is fetched after zod's, so
  // that one chunk parses at a time (after-paint.ts).
  api ??= window.placard ?? lazyApi(() => firstScreenShown().then(loadZod).then(() => import('./browser-api')).then((m) => m.createBrowserApi()));
  return api;
}
