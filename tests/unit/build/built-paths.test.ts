// Checks the build output the app actually runs from. `npm test` builds first; when dist/ is
// absent (a bare `vitest run` on a fresh checkout) the build runs here, so these checks never skip.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST as dist, eagerChunks, ensureBuilt } from '../../helpers/build-output';

const read = (...parts: string[]) => readFileSync(path.join(dist, ...parts), 'utf8');

beforeAll(ensureBuilt, 300_000);

describe('built paths in dist/', () => {
  it('has the main process and preload bundles', () => {
    expect(existsSync(path.join(dist, 'electron', 'main.cjs'))).toBe(true);
    expect(existsSync(path.join(dist, 'electron', 'preload.cjs'))).toBe(true);
  });

  it('preload requires nothing but electron (the sandbox allows nothing else)', () => {
    const requires = [...read('electron', 'preload.cjs').matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]!.trim());
    expect(requires.length).toBeGreaterThan(0);
    expect(new Set(requires)).toEqual(new Set(['"electron"']));
  });

  it('preload carries no schema library: it is the channel table and a few functions', () => {
    const preload = read('electron', 'preload.cjs');
    expect(preload).not.toMatch(/\bZodError\b|\bzod\b/);
    expect(preload.length).toBeLessThan(20_000);
  });

  it('main carries no Konva: element kinds keep their drawing code apart from their model', () => {
    expect(read('electron', 'main.cjs')).not.toMatch(/\bKonva\b/);
  });

  it('main loads the preload and app://placard, never file://', () => {
    const main = read('electron', 'main.cjs');
    expect(main).toContain('preload.cjs');
    expect(main).toContain('app://placard');
    expect(main).not.toContain('file://');
  });

  it('the renderer index.html exists and every script and stylesheet it names is in dist/renderer', () => {
    const rendererDir = path.join(dist, 'renderer');
    const html = read('renderer', 'index.html');
    const urls = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => !/^(data|blob):/.test(u));
    expect(urls.some((u) => u.endsWith('.js'))).toBe(true);
    for (const url of urls) {
      expect(url, `${url} must be a same-origin path`).not.toMatch(/^[a-z]+:\/\//i);
      const file = path.resolve(rendererDir, '.' + new URL(url, 'app://placard/').pathname);
      expect(path.relative(rendererDir, file).startsWith('..'), url).toBe(false);
      expect(existsSync(file), `${url} -> ${file}`).toBe(true);
    }
  });

  it('the first screen does not load pdf-lib: print PDFs bring it in their own chunk, on demand', () => {
    const rendererDir = path.join(dist, 'renderer');
    const html = read('renderer', 'index.html');
    const entry = [...html.matchAll(/<script\b[^>]*?\bsrc="([^"]+\.js)"/g)].map((m) => m[1]!)[0]!;
    const main = readFileSync(path.resolve(rendererDir, '.' + entry), 'utf8');
    expect(main).not.toContain('Hopding/pdf-lib');
    expect(main).not.toMatch(/from\s*["']\.\/pdf-/);
    const chunks = readdirSync(path.join(rendererDir, 'assets')).filter((f) => f.endsWith('.js') && readFileSync(path.join(rendererDir, 'assets', f), 'utf8').includes('Hopding/pdf-lib'));
    expect(chunks).toHaveLength(1);
    // Not loaded at start: no modulepreload of it in the page, no static import from the entry's
    // chunks; the page lists it among the chunks to compile once the editor is idle.
    expect(html).not.toMatch(new RegExp(`<link[^>]*modulepreload[^>]*${chunks[0]!.replace('.', '\\.')}`));
    expect(eagerChunks(rendererDir)).not.toContain(chunks[0]);
    const lazy = /<meta name="placard-lazy-chunks" content="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(lazy).toContain(`/assets/${chunks[0]}`);
    for (const url of lazy) expect(existsSync(path.join(rendererDir, url))).toBe(true);
    // Interface languages are not among them: only the chosen one is ever fetched.
    expect(lazy.filter((url) => /\/es-[\w-]+\.js$/.test(url))).toEqual([]);
    expect(readdirSync(path.join(rendererDir, 'assets')).some((f) => /^es-[\w-]+\.js$/.test(f))).toBe(true);
  });

  it('the first screen fetches its script in a few files, not dozens of small shared chunks', () => {
    // vite.config.ts groups every module the entry imports statically into the entry's chunk.
    const eager = eagerChunks(path.join(dist, 'renderer'));
    expect(eager.length, eager.join(', ')).toBeLessThanOrEqual(3);
  });

  it("the first screen's script is at most 250 kB gzip and leaves the deferred libraries to their chunks", () => {
    // Issue 19: zod, the QR encoder and Konva's Transformer arrive in chunks of their own; Konva's
    // filters and unused shapes are not built in at all (renderer/konva-lean.ts).
    const assets = path.join(dist, 'renderer', 'assets');
    const eager = eagerChunks(path.join(dist, 'renderer')).map((f) => readFileSync(path.join(assets, f)));
    const gzip = eager.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0);
    expect(gzip / 1024).toBeLessThanOrEqual(250);
    const script = eager.map((bytes) => bytes.toString('utf8')).join('\n');
    expect(script).not.toContain('ZodError');
    expect(script).not.toContain('The amount of data is too big to be stored in a QR Code');
    expect(script).not.toContain('_createAnchor');
    expect(script).not.toContain('Kaleidoscope');
    // The drawing-once scene builder (exports, the contrast check, the motion frame): its groups'
    // runs are named by drawsInRun, a method name minifying keeps.
    expect(script).not.toContain('drawsInRun');
    const all = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(assets, f), 'utf8'));
    // Each is in some chunk (the checks above would pass for a build that left them out).
    expect(all.some((c) => c.includes('ZodError'))).toBe(true);
    expect(all.some((c) => c.includes('The amount of data is too big to be stored in a QR Code'))).toBe(true);
    expect(all.some((c) => c.includes('_createAnchor'))).toBe(true);
    expect(all.some((c) => c.includes('drawsInRun'))).toBe(true);
  });

  it('the export worker draws with Konva and the scene builder, and leaves zod out (workers never parse documents)', () => {
    const assets = path.join(dist, 'renderer', 'assets');
    const workers = readdirSync(assets).filter((f) => /^encode-worker-[\w-]+\.js$/.test(f));
    expect(workers).toHaveLength(1);
    const worker = readFileSync(path.join(assets, workers[0]!), 'utf8');
    expect(worker).toContain('OffscreenCanvas');
    expect(worker).toContain('_setTextData');
    expect(worker).not.toContain('ZodError');
    expect(worker).toContain('zod is not part of a worker');
  });
});
