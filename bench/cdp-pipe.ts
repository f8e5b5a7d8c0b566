// Chromium driven over the DevTools protocol's pipe with nothing else attached: no Network or
// Runtime domain is enabled, so the page runs as it does for a user. (Playwright enables the Network
// domain on every page; Chromium then records a stack trace for each request a script starts, and
// the first such request re-parses the whole script to find source positions: 35-60 ms for the
// editor's entry chunk, which a user never pays.) Benchmarks that time start-up use this.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/harness/app';

interface Pending { resolve(value: unknown): void; reject(error: Error): void }

export class PipeBrowser {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private buffer = '';

  private constructor(private readonly proc: ChildProcess, private readonly out: Writable, input: Readable, private readonly profile: string) {
    proc.once('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`Chromium exited (code ${code}) before answering`));
      this.pending.clear();
    });
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
        const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: unknown; error?: { message: string } };
        this.buffer = this.buffer.slice(end + 1);
        const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
        if (!waiting) continue;
        this.pending.delete(message.id!);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result);
      }
    });
  }

  static launch(): PipeBrowser {
    const profile = mkdtempSync(path.join(tmpdir(), 'placard-bench-chromium-'));
    const proc = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    return new PipeBrowser(proc, proc.stdio[3] as Writable, proc.stdio[4] as Readable, profile);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    this.out.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  /** A fresh browser context (no shared storage) with one page of the given size. */
  async newPage(width: number, height: number): Promise<PipePage> {
    const { browserContextId } = await this.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    await this.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
    return new PipePage(this, sessionId, browserContextId);
  }

  async close(): Promise<void> {
    await this.send('Browser.close').catch(() => undefined);
    await new Promise<void>((resolve) => (this.proc.exitCode !== null ? resolve() : this.proc.once('exit', () => resolve())));
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export class PipePage {
  constructor(private readonly browser: PipeBrowser, private readonly sessionId: string, private readonly contextId: string) {}

  async addInitScript(source: string): Promise<void> {
    await this.browser.send('Page.enable', {}, this.sessionId);
    await this.browser.send('Page.addScriptToEvaluateOnNewDocument', { source }, this.sessionId);
  }

  async goto(url: string): Promise<void> {
    await this.browser.send('Page.navigate', { url }, this.sessionId);
  }

  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.browser.send<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, returnByValue: true }, this.sessionId);
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.text}`);
    return result.value;
  }

  /** Polls `expression` until it is truthy. */
  async waitFor(expression: string, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await this.evaluate<boolean>(expression))) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await this.browser.send('Target.disposeBrowserContext', { browserContextId: this.contextId });
  }
}
