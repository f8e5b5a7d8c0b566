// Records what the page asks its Web Workers to do: every message's `kind` (export-worker-messages.ts),
// per worker name, so a test can tell that an export was drawn in a worker and not on the page.
import type { BrowserContext, Page } from 'playwright-core';

/** Installs the recorder before the app's scripts run (LaunchOptions.prepare). */
export async function recordWorkerMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `(() => {
      const Original = window.Worker;
      const seen = (window.__workerMessages = []);
      window.Worker = class extends Original {
        constructor(url, options) {
          super(url, options);
          this.__name = (options && options.name) || String(url);
        }
        postMessage(message, transfer) {
          seen.push({ worker: this.__name, kind: message && typeof message === 'object' ? message.kind : undefined });
          return super.postMessage(message, transfer);
        }
      };
    })();`,
  });
}

/** The messages recorded so far, as "worker:kind" strings; `clear` starts the record afresh. */
export async function workerMessages(page: Page, clear = false): Promise<string[]> {
  return page.evaluate((reset) => {
    const w = window as unknown as { __workerMessages: { worker: string; kind?: string }[] };
    const out = w.__workerMessages.map((m) => `${m.worker}:${m.kind ?? '?'}`);
    if (reset) w.__workerMessages.length = 0;
    return out;
  }, clear);
}
