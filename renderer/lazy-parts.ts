// What the first screen does not need (the other left-panel tabs, dialogs, bulk, print, video)
// lives in chunks loaded on first use. Once the editor is idle, their files are fetched and
// compiled but not run (<link rel="modulepreload">), so first use waits for nothing and start-up
// pays for no module evaluation. The build lists the chunks in a meta tag (vite.config.ts). A part
// arrives with zod (renderer/zod-deferred.ts), so what it does on first use may parse.
import { createElement, lazy, useState, type FunctionComponent } from 'react';
import { LAZY_CHUNKS_META } from './lazy-meta';
import { loadZod } from './zod-deferred';

/** A component from a chunk, with `load()` to run its module ahead of first use. */
export type LazyPart<C> = C & { load(): Promise<void> };

/**
 * A component from a chunk: `lazyComponent(() => import('./X'), 'X')`. Show it inside <Suspense>.
 * Once its module has run (first use, or load()), new instances render at once, with no fallback.
 */
export function lazyComponent<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyPart<M[K]> {
  let loaded: FunctionComponent | undefined;
  let loading: Promise<FunctionComponent> | undefined;
  const loadOnce = () =>
    (loading ??= Promise.all([load(), loadZod()]).then(
      ([m]) => (loaded = m[name] as FunctionComponent),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Suspending = lazy(() => loadOnce().then((component) => ({ default: component })));
  function Part(props: object) {
    // Chosen once per instance: switching from one to the other would remount it.
    const [Component] = useState<FunctionComponent>(() => loaded ?? Suspending);
    return createElement(Component, props);
  }
  return Object.assign(Part, { load: () => loadOnce().then(() => undefined) }) as unknown as LazyPart<M[K]>;
}

/** The chunk URLs the build listed in index.html (none when served by the dev server). */
export function lazyChunkUrls(doc: Document = document): string[] {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${LAZY_CHUNKS_META}"]`)?.content ?? '';
  return content.split(/\s+/).filter((url) => /^\/assets\/[\w.-]+\.js$/.test(url));
}

let preloaded = false;

type IdleScheduler = (work: (deadline: { timeRemaining(): number }) => void) => void;
/** Runs `work` when the editor is next idle (after a short wait where the browser cannot say). */
export const onIdle: IdleScheduler = (work) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work) : setTimeout(() => work({ timeRemaining: () => 8 }), 50);

/** Runs a part's module when the editor is next idle, for a part whose first use should not wait. */
export function loadWhenIdle(part: { load(): Promise<void> }, idle: IdleScheduler = onIdle): void {
  idle(() => void part.load().catch(() => undefined));
}

/** The most one idle period spends adding preload links: an idle period can last 50 ms, and input that arrives meanwhile waits. */
const PRELOAD_STEP_MS = 8;

/**
 * Has the browser fetch and compile every lazy chunk (once), a few links per idle period so the
 * editor never stalls for it. Returns how many chunks will be asked for.
 */
export function preloadLazyChunks(doc: Document = document, idle: IdleScheduler = onIdle, now: () => number = () => performance.now()): number {
  if (preloaded) return 0;
  preloaded = true;
  const urls = lazyChunkUrls(doc);
  let next = 0;
  const step = (deadline: { timeRemaining(): number }) => {
    const start = now();
    do {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.href = urls[next++]!;
      doc.head.appendChild(link);
    } while (next < urls.length && deadline.timeRemaining() > 4 && now() - start < PRELOAD_STEP_MS);
    if (next < urls.length) idle(step);
  };
  if (urls.length) idle(step);
  return urls.length;
}
