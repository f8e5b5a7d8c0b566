// The Intl warm-up (renderer/intl-warmup.ts): a short-lived worker makes the process's
// first number format, collator and date format, then is ended, whether it answers or fails;
// without workers nothing happens.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmIntl } from '../../../renderer/intl-warmup';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: (() => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = 0;
  constructor(
    readonly url: URL,
    readonly options: { name?: string },
  ) {
    FakeWorker.made.push(this);
  }
  terminate() {
    this.terminated++;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('Intl warm-up', () => {
  it('starts the warm-up worker, and ends it once it answers', () => {
    vi.stubGlobal('Worker', FakeWorker);
    warmIntl();
    expect(FakeWorker.made).toHaveLength(1);
    const [worker] = FakeWorker.made;
    expect(worker!.url.pathname).toMatch(/\/renderer\/intl-warmup-worker\.ts$/);
    expect(worker!.options.name).toBe('placard-intl-warmup');
    expect(worker!.terminated).toBe(0);
    worker!.onmessage!();
    expect(worker!.terminated).toBe(1);
  });

  it('ends the worker when it fails', () => {
    vi.stubGlobal('Worker', FakeWorker);
    warmIntl();
    FakeWorker.made[0]!.onerror!();
    expect(FakeWorker.made[0]!.terminated).toBe(1);
  });

  it('does nothing where workers are missing or refused', () => {
    vi.stubGlobal('Worker', undefined);
    expect(() => warmIntl()).not.toThrow();
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('SecurityError');
        }
      },
    );
    expect(() => warmIntl()).not.toThrow();
  });
});

describe('the warm-up worker', () => {
  it('makes a number format, a collator and a date format, then answers', async () => {
    const made: string[] = [];
    const posted: unknown[] = [];
    const count = <T extends object>(name: string, target: T) =>
      new Proxy(target, {
        construct(t, args, newTarget) {
          made.push(`${name}:${String(args[0])}`);
          return Reflect.construct(t as never, args, newTarget) as object;
        },
      });
    vi.stubGlobal('navigator', { language: 'es-MX' });
    vi.stubGlobal('postMessage', (message: unknown) => posted.push(message));
    vi.stubGlobal('Intl', { ...Intl, NumberFormat: count('NumberFormat', Intl.NumberFormat), Collator: count('Collator', Intl.Collator), DateTimeFormat: count('DateTimeFormat', Intl.DateTimeFormat) });
    await import('../../../renderer/intl-warmup-worker');
    expect(made).toEqual(['NumberFormat:es-MX', 'Collator:es-MX', 'DateTimeFormat:es-MX']);
    expect(posted).toEqual([null]);
  });
});
