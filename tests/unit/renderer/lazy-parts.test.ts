// The idle preload of lazy chunks: only the build's listed /assets/*.js files, a few per idle
// period, once.
import { describe, expect, it, vi } from 'vitest';
import { lazyChunkUrls, preloadLazyChunks } from '../../../renderer/lazy-parts';

function fakeDocument(content: string | null) {
  const added: { rel: string; href: string }[] = [];
  const doc = {
    querySelector: (selector: string) => (selector === 'meta[name="placard-lazy-chunks"]' && content !== null ? { content } : null),
    createElement: () => ({ rel: '', href: '' }),
    head: { appendChild: (link: { rel: string; href: string }) => added.push(link) },
  };
  return { doc: doc as unknown as Document, added };
}

describe('lazy chunks', () => {
  it('reads only asset script URLs from the meta tag, and none without it', () => {
    const { doc } = fakeDocument('/assets/pdf-AbC_1.js  /assets/ExportDialog-x.js https://evil.example/x.js /assets/../secret.js /assets/style.css');
    expect(lazyChunkUrls(doc)).toEqual(['/assets/pdf-AbC_1.js', '/assets/ExportDialog-x.js']);
    expect(lazyChunkUrls(fakeDocument(null).doc)).toEqual([]);
  });

  it('adds one modulepreload link per chunk, a few per idle period, and only once', () => {
    const urls = Array.from({ length: 7 }, (_, i) => `/assets/part-${i}.js`);
    const { doc, added } = fakeDocument(urls.join(' '));
    const periods: ((deadline: { timeRemaining(): number }) => void)[] = [];
    expect(preloadLazyChunks(doc, (work) => periods.push(work))).toBe(7);
    expect(added).toEqual([]);
    // Each idle period has time for three links (the check runs after each one).
    let left = 0;
    let used = 0;
    const deadline = { timeRemaining: () => (left-- > 0 ? 10 : 0) };
    while (periods.length) {
      left = 2;
      used++;
      periods.shift()!(deadline);
    }
    expect(used).toBe(3);
    expect(added.map((l) => [l.rel, l.href])).toEqual(urls.map((u) => ['modulepreload', u]));
    expect(preloadLazyChunks(doc, (work) => periods.push(work))).toBe(0);
  });

  it('spends at most about 8 ms of an idle period, however long the period is', async () => {
    vi.resetModules();
    const fresh = await import('../../../renderer/lazy-parts');
    const urls = Array.from({ length: 7 }, (_, i) => `/assets/part-${i}.js`);
    const { doc, added } = fakeDocument(urls.join(' '));
    const periods: ((deadline: { timeRemaining(): number }) => void)[] = [];
    // Each link takes 3 ms to add; every idle period has 50 ms.
    let clock = 0;
    const now = () => clock;
    const head = doc.head as unknown as { appendChild(link: unknown): void };
    const append = head.appendChild;
    head.appendChild = (link) => {
      clock += 3;
      append(link);
    };
    expect(fresh.preloadLazyChunks(doc, (work) => periods.push(work), now)).toBe(7);
    const perPeriod: number[] = [];
    while (periods.length) {
      const before = added.length;
      periods.shift()!({ timeRemaining: () => 50 });
      perPeriod.push(added.length - before);
    }
    expect(perPeriod).toEqual([3, 3, 1]);
    expect(added.map((l) => l.href)).toEqual(urls);
  });
});

describe('lazy components', () => {
  it('suspend until their module has run; load() runs it ahead, and the first render is immediate', async () => {
    const { createElement, Suspense } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { lazyComponent } = await import('../../../renderer/lazy-parts');
    let loads = 0;
    const make = () =>
      lazyComponent(async () => {
        loads++;
        return { Hello: ({ who }: { who: string }) => createElement('b', null, `hello ${who}`) };
      }, 'Hello');
    const page = (Part: ReturnType<typeof make>) =>
      renderToString(createElement(Suspense, { fallback: createElement('i', null, 'wait') }, createElement(Part, { who: 'volunteer' })));
    // Rendered cold, it suspends (renderToString shows the fallback, marked for the client).
    const cold = make();
    expect(page(cold)).toContain('<i>wait</i>');
    expect(page(cold)).not.toContain('hello');
    // Loaded ahead (twice: one fetch), its first render shows it.
    const warm = make();
    await warm.load();
    await warm.load();
    expect(page(warm)).toBe('<!--$--><b>hello volunteer</b><!--/$-->');
    expect(loads).toBe(2);
  });

  it('can be loaded again after a failed fetch', async () => {
    const { lazyComponent } = await import('../../../renderer/lazy-parts');
    let attempts = 0;
    const Part = lazyComponent(async () => {
      if (++attempts === 1) throw new Error('offline');
      return { X: () => null };
    }, 'X');
    await expect(Part.load()).rejects.toThrow('offline');
    await expect(Part.load()).resolves.toBeUndefined();
    expect(attempts).toBe(2);
  });
});
