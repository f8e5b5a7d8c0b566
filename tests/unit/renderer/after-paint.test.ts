// What waits for the first screen (renderer/after-paint.ts): the chunks wanted soon after start but
// not for the first frame load once App marks its last stage painted, one after another, or after
// a fallback delay in a window that never marks it; without a document (a worker, Node) at once.
import { afterEach, describe, expect, it, vi } from 'vitest';

type AfterPaint = typeof import('../../../renderer/after-paint');

async function freshModule(withDocument: boolean): Promise<AfterPaint> {
  vi.resetModules();
  if (withDocument) vi.stubGlobal('document', {});
  return await import('../../../renderer/after-paint');
}

/** Lets every settled promise's callbacks run. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('after the first screen', () => {
  it('runs queued loads only once the first screen is marked shown, one after another', async () => {
    vi.useFakeTimers();
    const { afterFirstScreen, markFirstScreenShown } = await freshModule(true);
    const log: string[] = [];
    let finishFirst!: () => void;
    afterFirstScreen(() => {
      log.push('first started');
      return new Promise<void>((resolve) => (finishFirst = resolve)).then(() => log.push('first done'));
    });
    afterFirstScreen(async () => {
      log.push('second started');
    });
    await settle();
    expect(log).toEqual([]);
    markFirstScreenShown();
    await settle();
    // The second waits for the first to settle: one chunk parses at a time.
    expect(log).toEqual(['first started']);
    finishFirst();
    await settle();
    expect(log).toEqual(['first started', 'first done', 'second started']);
  });

  it('goes on with the next load when one fails', async () => {
    const { afterFirstScreen, markFirstScreenShown } = await freshModule(true);
    const log: string[] = [];
    afterFirstScreen(() => Promise.reject(new Error('chunk missing')));
    afterFirstScreen(async () => {
      log.push('next');
    });
    markFirstScreenShown();
    await settle();
    expect(log).toEqual(['next']);
  });

  it('lets the loads run after the fallback delay in a window that never marks its first screen', async () => {
    vi.useFakeTimers();
    const { afterFirstScreen, FIRST_SCREEN_FALLBACK_MS } = await freshModule(true);
    const log: string[] = [];
    afterFirstScreen(async () => {
      log.push('loaded');
    });
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_FALLBACK_MS - 1);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['loaded']);
  });

  it('runs them at once where there is no document (a worker, Node)', async () => {
    const { afterFirstScreen, firstScreenShown } = await freshModule(false);
    const log: string[] = [];
    afterFirstScreen(async () => {
      log.push('loaded');
    });
    await firstScreenShown();
    await settle();
    expect(log).toEqual(['loaded']);
  });
});
