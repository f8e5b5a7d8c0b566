// Work that waits for the window to have painted: the panels' stages (App.tsx), the lazy chunks'
// preload links (main.tsx), and the chunks wanted soon after start but not for the first screen
// (firstScreenShown).

/** Runs `next` once the frame being prepared has been laid out and painted (its animation frame, then a task). */
export function afterNextPaint(next: () => void): void {
  requestAnimationFrame(() => setTimeout(next, 0));
}

/** Where no first screen is marked shown (a window that paints no frame), what waits for it starts after this long. */
export const FIRST_SCREEN_FALLBACK_MS = 3000;

let firstScreen: Promise<void> | undefined;
let markShown: (() => void) | undefined;

/**
 * Resolves once the first screen (the canvas, then the panels in their stages: App.tsx) has painted.
 * zod, the QR encoder, Konva's Transformer and the browser API are fetched then, unless something
 * asks for one sooner: fetched at start, their parsing took the second core while the entry's
 * modules ran and the panels were laid out, which on a two-core machine made the canvas about
 * 40 ms later and a panel stage's layout a long task. At once where there is no document (a
 * worker, Node).
 */
export function firstScreenShown(): Promise<void> {
  firstScreen ??=
    typeof document === 'undefined'
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          markShown = resolve;
          setTimeout(resolve, FIRST_SCREEN_FALLBACK_MS);
        });
  return firstScreen;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `load` once the first screen has shown, after the loads queued before it have settled: one
 * chunk parses at a time, so the other core stays with the page.
 */
export function afterFirstScreen(load: () => Promise<unknown>): void {
  queue = queue.then(firstScreenShown).then(load).catch(() => undefined);
}

/** `load`, run once: on the first call, or once the first screen has shown (queued), whichever comes first. */
export function loadOnceSoon<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const once = () => (loading ??= load());
  afterFirstScreen(once);
  return once;
}

/** Called by App once its last stage has painted. */
export function markFirstScreenShown(): void {
  void firstScreenShown();
  markShown?.();
}
