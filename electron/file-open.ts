// Files the operating system asks Placard to open (command line, second instance, macOS
// open-file), and the close handshake with the page. No electron import: main.ts wires these to
// the app and window events, tests drive them directly.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const OPENABLE_EXTENSIONS = ['.placard', '.placardpack'] as const;

/**
 * A path from a file URL (Linux file managers pass `file:///home/u/My%20Flyer.placard` through
 * the desktop entry's %U), or the argument itself; null for other URLs or a broken one.
 */
function pathOf(arg: string): string | null {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return arg;
  if (!/^file:\/\//i.test(arg)) return null;
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/** The .placard / .placardpack paths in a command line, resolved against `cwd`. Flags are skipped. */
export function openableFiles(argv: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const raw of argv) {
    if (typeof raw !== 'string' || raw.startsWith('-') || raw.length > 4096) continue;
    const arg = pathOf(raw);
    if (arg === null) continue;
    const lower = arg.toLowerCase();
    if (!OPENABLE_EXTENSIONS.some((ext) => lower.endsWith(ext))) continue;
    const resolved = path.resolve(cwd, arg);
    if (!out.includes(resolved)) out.push(resolved);
  }
  return out;
}

/**
 * Holds open requests until the page is ready. The page becomes ready when it takes the queue
 * (takeOpenRequests, called once it listens for openFile); later requests are sent at once.
 */
export class OpenQueue {
  private pending: string[] = [];
  private isReady = false;

  constructor(private readonly send: (filePath: string) => void) {}

  get ready(): boolean {
    return this.isReady;
  }

  request(filePath: string): void {
    if (this.isReady) this.send(filePath);
    else if (!this.pending.includes(filePath)) this.pending.push(filePath);
  }

  take(): string[] {
    this.isReady = true;
    return this.pending.splice(0);
  }

  /** A new page (window reloaded or recreated) must take the queue again. */
  reset(): void {
    this.isReady = false;
  }
}

/**
 * The window's close handshake: the first close is held and the page asked (it may have unsaved
 * changes); the page's answer closes the window or keeps it. A page that is not ready, or that
 * has not answered within `answerTimeoutMs` when the user tries again, never blocks closing.
 */
export class CloseGuard {
  private allowed = false;
  private askedAt: number | null = null;

  constructor(
    private readonly ask: () => void,
    private readonly close: () => void,
    private readonly answerTimeoutMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Called from the window's 'close' event; returns true when the close must be prevented. */
  onClose(pageReady: boolean): boolean {
    if (this.allowed || !pageReady) return false;
    if (this.askedAt !== null && this.now() - this.askedAt > this.answerTimeoutMs) return false;
    this.askedAt = this.now();
    this.ask();
    return true;
  }

  answer(close: boolean): void {
    this.askedAt = null;
    if (!close) return;
    this.allowed = true;
    this.close();
  }
}
