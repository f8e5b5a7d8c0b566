// The number-format warm-up (renderer/intl-warmup.ts): a short-lived worker makes the process's
// first number format, then is ended, whether it answers or fails; without workers nothing happens.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmNumberFormats } from '../../../renderer/intl-warmup';

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

describe('number-format warm-up', () => {
  it('starts the warm-up worker, and ends it once it answers', () => {
    vi.stubGlobal('Worker', FakeWorker);
    warmNumberFormats();
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
    warmNumberFormats();
    FakeWorker.made[0]!.onerror!();
    expect(FakeWorker.made[0]!.terminated).toBe(1);
  });

  it('does nothing where workers are missing or refused', () => {
    vi.stubGlobal('Worker', undefined);
    expect(() => warmNumberFormats()).not.toThrow();
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('SecurityError');
        }
      },
    );
    expect(() => warmNumberFormats()).not.toThrow();
  });
});
