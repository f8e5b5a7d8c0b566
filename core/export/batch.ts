// Several images in flight at once, results in order: drawing and encoding may happen off the
// page's thread (the browser encoder draws and encodes in workers), so the export job
// (core/export/job.ts, which starts the biggest sizes first) and the CLI run a few images ahead
// with `inOrderAhead`, and still hand back every result in order.
import type { Design } from '../model/schema';
import type { Preset } from '../presets/types';
import { resolvePresetSize } from '../presets/size';
import type { CancelSignal } from './types';

/** How many images are in flight at once: two export workers each draw and encode one while the next two are adapted and wait on the page. */
export const EXPORT_LOOKAHEAD = 4;

/** What drawing and encoding `design` at `preset` costs, roughly: its pixels (the weight inOrderAhead starts the heaviest by). */
export function exportWeight(design: Design, preset: Preset): number {
  const size = resolvePresetSize(preset, design);
  return size.width * size.height;
}

export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs `run` over `items` with at most `window` runs going at once, and yields each outcome in the
 * order of `items`. A run starts as soon as another finishes, even while an earlier one is still
 * going (a slow first size does not leave the workers idle); finished outcomes wait to be handed
 * back, at most `window` x 3 items past the one awaited. With `weight` (an item's expected cost,
 * such as its pixels), the heaviest item not started within that reach starts first: the runs that
 * finish last are then light ones, so no worker sits idle for long while another ends a heavy one.
 * No run starts once `signal` is aborted or the consumer has stopped; runs already started finish
 * unobserved (their failures are caught, never unhandled).
 */
export async function* inOrderAhead<T, R>(
  items: readonly T[],
  window: number,
  run: (item: T, index: number) => Promise<R>,
  signal?: CancelSignal,
  weight?: (item: T) => number,
): AsyncGenerator<{ item: T; index: number; outcome: Settled<R> }> {
  const size = Math.max(1, Math.floor(window));
  // Far enough ahead that the usual export (10 sizes, 4 at once) starts its biggest size first.
  const reach = size * 3;
  const started = new Map<number, Promise<Settled<R>>>();
  let running = 0;
  let awaited = 0;
  let stopped = false;
  // Wakes the consumer when a run ends while the item it awaits has not started (every slot was taken).
  let wake: (() => void) | null = null;
  /** The next item to start: the first not started within reach, or the heaviest with `weight`. */
  const pick = (): number => {
    let best = -1;
    let heaviest = -Infinity;
    for (let k = awaited; k < Math.min(items.length, awaited + reach); k++) {
      if (started.has(k)) continue;
      if (!weight) return k;
      const w = weight(items[k]!);
      if (best < 0 || w > heaviest) [best, heaviest] = [k, w];
    }
    return best;
  };
  const startMore = () => {
    while (!stopped && !signal?.aborted && running < size) {
      const index = pick();
      if (index < 0) return;
      running++;
      started.set(
        index,
        Promise.resolve()
          .then(() => run(items[index]!, index))
          .then(
            (value): Settled<R> => ({ ok: true, value }),
            (error: unknown): Settled<R> => ({ ok: false, error }),
          )
          .finally(() => {
            running--;
            startMore();
            wake?.();
          }),
      );
    }
  };
  try {
    for (let i = 0; i < items.length; i++) {
      awaited = i;
      // Handed back: out of reach now, so never started again.
      started.delete(i - 1);
      startMore();
      while (!started.has(i)) {
        if (stopped || signal?.aborted || running === 0) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      const outcome = await started.get(i)!;
      yield { item: items[i]!, index: i, outcome };
    }
  } finally {
    stopped = true;
  }
}
