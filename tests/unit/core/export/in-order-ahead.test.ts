// inOrderAhead: runs a few tasks ahead, hands results back in order, never more in flight than
// the window, starts nothing after cancel, and leaves no unhandled rejection when stopped early.
import { describe, expect, it } from 'vitest';
import { inOrderAhead } from '../../../../core/export/batch';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('inOrderAhead', () => {
  it('yields in item order even when later runs finish first', async () => {
    const gates = [deferred<string>(), deferred<string>(), deferred<string>()];
    const it = inOrderAhead(['a', 'b', 'c'], 3, (x, i) => gates[i]!.promise.then((v) => `${x}${v}`));
    const got: string[] = [];
    const consume = (async () => {
      for await (const r of it) got.push(r.outcome.ok ? r.outcome.value : 'err');
    })();
    gates[2]!.resolve('3');
    gates[1]!.resolve('2');
    await tick();
    expect(got).toEqual([]);
    gates[0]!.resolve('1');
    await consume;
    expect(got).toEqual(['a1', 'b2', 'c3']);
  });

  it('never has more than the window started and not handed back', async () => {
    let inFlight = 0;
    let peak = 0;
    const order: string[] = [];
    const run = async (x: number) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      order.push(`start ${x}`);
      await tick();
      inFlight--;
      return x * 10;
    };
    const values: number[] = [];
    for await (const r of inOrderAhead([1, 2, 3, 4, 5], 2, run)) {
      order.push(`got ${r.index}`);
      if (r.outcome.ok) values.push(r.outcome.value);
    }
    expect(values).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
    // The second run starts before the first result is handed back: that is the overlap.
    expect(order.indexOf('start 2')).toBeLessThan(order.indexOf('got 0'));
    expect(order.indexOf('start 3')).toBeGreaterThan(order.indexOf('got 0'));
  });

  it('with a window of 1 runs strictly one after another', async () => {
    const order: string[] = [];
    for await (const r of inOrderAhead(['a', 'b'], 1, async (x) => (order.push(`start ${x}`), x))) order.push(`got ${r.item}`);
    expect(order).toEqual(['start a', 'got a', 'start b', 'got b']);
  });

  it('reports a failed run in its place and carries on', async () => {
    const out: string[] = [];
    for await (const r of inOrderAhead([1, 2, 3], 2, async (x) => {
      if (x === 2) throw new Error('boom');
      return x;
    })) out.push(r.outcome.ok ? String(r.outcome.value) : (r.outcome.error as Error).message);
    expect(out).toEqual(['1', 'boom', '3']);
  });

  it('a run that throws synchronously is a failure too, not a crash of the loop', async () => {
    const out: boolean[] = [];
    for await (const r of inOrderAhead([1, 2], 2, (x) => {
      if (x === 1) throw new Error('sync');
      return Promise.resolve(x);
    })) out.push(r.outcome.ok);
    expect(out).toEqual([false, true]);
  });

  it('starts nothing once the signal is aborted, and hands back what was started', async () => {
    const signal = { aborted: false };
    const started: number[] = [];
    const got: number[] = [];
    for await (const r of inOrderAhead([0, 1, 2, 3, 4], 2, async (x) => (started.push(x), x), signal)) {
      got.push(r.index);
      if (r.index === 1) signal.aborted = true;
    }
    expect(started).toEqual([0, 1, 2]);
    expect(got).toEqual([0, 1, 2]);
  });

  it('stopping early leaves no unhandled rejection from runs already started', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      for await (const r of inOrderAhead([1, 2, 3], 3, async (x) => {
        await tick();
        if (x > 1) throw new Error(`late ${x}`);
        return x;
      })) {
        expect(r.index).toBe(0);
        break;
      }
      await tick();
      await tick();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('handles an empty list', async () => {
    const got: unknown[] = [];
    for await (const r of inOrderAhead([], 2, async () => 1)) got.push(r);
    expect(got).toEqual([]);
  });
});
