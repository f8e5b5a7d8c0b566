// ICU sets up its number data once per process: the first number format the page makes (the size
// list's paper sizes, file sizes in the export dialog) costs it 20-50 ms on a busy two-core
// machine. A short-lived worker makes one first, on another thread, so the page's first costs
// nothing; where it cannot start, the page pays as before.
export function warmNumberFormats(): void {
  if (typeof Worker !== 'function') return;
  try {
    const worker = new Worker(new URL('./intl-warmup-worker.ts', import.meta.url), { name: 'placard-intl-warmup' });
    worker.onmessage = () => worker.terminate();
    worker.onerror = () => worker.terminate();
  } catch {
    // The page makes its first number format itself.
  }
}
