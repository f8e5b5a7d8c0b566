// ICU sets up its data once per process: the first number format the page makes (the size list's
// paper sizes, file sizes in the export dialog) costs it 20-50 ms on a busy two-core machine, the
// first sorted list (localeCompare) 10 ms and the first date (the recovery offer) 5 ms more. A
// short-lived worker makes one of each first, on another thread, so the page's first ones cost
// about a millisecond; where it cannot start, the page pays as before.
export function warmIntl(): void {
  if (typeof Worker !== 'function') return;
  try {
    const worker = new Worker(new URL('./intl-warmup-worker.ts', import.meta.url), { name: 'placard-intl-warmup' });
    worker.onmessage = () => worker.terminate();
    worker.onerror = () => worker.terminate();
  } catch {
    // The page makes its first number format itself.
  }
}
