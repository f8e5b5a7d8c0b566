// inOrderAhead: runs a few tasks at once, hands results back in order, never more running than
// the window nor finished ones piling up past three times the window, starts nothing after cancel, and leaves no unhandled rejection when stopped early.
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

  it('never has more than the window running; the next starts when any finishes, before the first is handed back', async () => {
    const gates = [0, 1, 2, 3, 4].map(() => deferred<number>());
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const run = async (x: number) => {
      running++;
      peak = Math.max(peak, running);
      started.push(x);
      try {
        return await gates[x]!.promise;
      } finally {
        running--;
      }
    };
    const values: number[] = [];
    const consume = (async () => {
      for await (const r of inOrderAhead([0, 1, 2, 3, 4], 2, run)) if (r.outcome.ok) values.push(r.outcome.value);
    })();
    await tick();
    expect(started).toEqual([0, 1]);
    // The second finishes while the first still runs: the third starts at once.
    gates[1]!.resolve(10);
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect(values).toEqual([]);
    for (const g of [0, 2, 3, 4]) gates[g]!.resolve(g * 10);
    await consume;
    expect(values).toEqual([0, 10, 20, 30, 40]);
    expect(peak).toBe(2);
  });

  it('finished outcomes wait at most three times the window past the one awaited', async () => {
    const first = deferred<number>();
    const started: number[] = [];
    const run = (x: number) => (started.push(x), x === 0 ? first.promise : Promise.resolve(x));
    const got: number[] = [];
    const consume = (async () => {
      for await (const r of inOrderAhead([0, 1, 2, 3, 4, 5, 6], 2, run)) got.push(r.index);
    })();
    await tick();
    await tick();
    // 0 runs; 1 to 5 are done and waiting; 6 would be more than six past 0.
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    first.resolve(0);
    await consume;
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('with a weight, starts the heaviest item within reach first and still yields in order', async () => {
    const started: number[] = [];
    const gates = new Map<number, ReturnType<typeof deferred<number>>>();
    const run = (x: number) => {
      started.push(x);
      const g = deferred<number>();
      gates.set(x, g);
      return g.promise;
    };
    const end = async (x: number) => {
      gates.get(x)!.resolve(x);
      for (let k = 0; k < 4; k++) await tick();
    };
    // Window 2, so reach 6: items 0 to 5 may start while 0 is awaited; 6, the heaviest, may not.
    const weights = [1, 5, 2, 9, 3, 4, 100, 6, 7];
    const got: number[] = [];
    const consume = (async () => {
      for await (const r of inOrderAhead(weights.map((_, i) => i), 2, run, undefined, (x) => weights[x]!)) got.push(r.outcome.ok ? r.outcome.value : -1);
    })();
    await tick();
    expect(started).toEqual([3, 1]);
    await end(3);
    expect(started).toEqual([3, 1, 5]);
    await end(1);
    await end(5);
    await end(4);
    expect(started).toEqual([3, 1, 5, 4, 2, 0]);
    expect(got).toEqual([]);
    // 0 and 1 are handed back; reach moves on to 2 to 7 and the heaviest, 6, starts.
    await end(0);
    expect(got).toEqual([0, 1]);
    expect(started).toEqual([3, 1, 5, 4, 2, 0, 6]);
    for (const x of [2, 6, 8, 7]) if (gates.has(x)) await end(x);
    for (const x of [7, 8]) if (gates.has(x)) await end(x);
    await consume;
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // When 2 ends, reach is still 2 to 7: 7 starts before 8, though lighter.
    expect(started.slice(7)).toEqual([7, 8]);
  });

  it('with a window of 1 never runs two at once', async () => {
    const order: string[] = [];
    let running = 0;
    const run = async (x: string) => {
      running++;
      order.push(`start ${x} (${running} running)`);
      await tick();
      running--;
      return x;
    };
    for await (const r of inOrderAhead(['a', 'b', 'c'], 1, run)) order.push(`got ${r.item}`);
    expect(order.filter((o) => o.startsWith('start'))).toEqual(['start a (1 running)', 'start b (1 running)', 'start c (1 running)']);
    expect(order.filter((o) => o.startsWith('got'))).toEqual(['got a', 'got b', 'got c']);
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
    let startedAtAbort: number[] = [];
    for await (const r of inOrderAhead([0, 1, 2, 3, 4, 5, 6, 7], 2, async (x) => (started.push(x), x), signal)) {
      got.push(r.index);
      if (r.index === 1) {
        signal.aborted = true;
        startedAtAbort = [...started];
      }
    }
    expect(startedAtAbort.length).toBeLessThan(8);
    expect(started).toEqual(startedAtAbort);
    expect(got).toEqual(startedAtAbort);
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
