import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { LAZY_CHUNKS_META } from './renderer/lazy-meta';
import { konvaLazySegmenter } from './scripts/vite-konva-lazy-segmenter';

// The dev server needs inline scripts and a websocket for hot reload, which the production CSP
// forbids; so the CSP meta tag is dropped only while serving for development.
function cspForDevServer(): Plugin {
  return {
    name: 'placard-csp-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  };
}

// Parts the first screen does not need are chunks loaded on first use. Their file names are listed
// in a meta tag of index.html, so the app can have them fetched and compiled (not run) when idle:
// renderer/lazy-parts.ts preloadLazyChunks().
function lazyChunkList(): Plugin {
  return {
    name: 'placard-lazy-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const eager = new Set<string>();
        const visit = (file: string) => {
          if (eager.has(file)) return;
          eager.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
        };
        for (const c of chunks) if (c.isEntry) visit(c.fileName);
        // Interface languages are not preloaded: only the chosen one is ever fetched.
        const isLocale = (c: (typeof chunks)[number]) => /\/renderer\/i18n\/[a-z]{2}\.json$/.test(c.facadeModuleId ?? '');
        const lazy = chunks.filter((c) => !eager.has(c.fileName) && c.code.length > 1024 && !isLocale(c)).map((c) => `/${c.fileName}`);
        return [{ tag: 'meta', attrs: { name: LAZY_CHUNKS_META, content: lazy.sort().join(' ') }, injectTo: 'head' }];
      },
    },
  };
}

// Workers never parse documents, so they never need zod: in their bundles the deferred zod module
// is a stand-in that says so if used (the export worker drops from about 550 to 210 kB).
function workersWithoutZod(): Plugin {
  const deferred = fileURLToPath(new URL('./renderer/zod-deferred.ts', import.meta.url));
  return {
    name: 'placard-workers-without-zod',
    load(id) {
      if (id !== deferred) return null;
      return [
        'export const loadZod = () => Promise.resolve();',
        "export const z = new Proxy({}, { get(_t, key) { throw new Error('zod is not part of a worker (z.' + String(key) + ')'); } });",
      ].join('\n');
    },
  };
}

// The renderer is built once and served two ways: by Electron through app://placard/ and by
// `npm run web` in a plain browser. Absolute asset URLs work under both.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: '/',
  plugins: [react(), cspForDevServer(), lazyChunkList(), konvaLazySegmenter()],
  publicDir: false,
  resolve: {
    // zod is a chunk loaded from the start, not part of the first screen (renderer/zod-deferred.ts).
    alias: [
      { find: /^zod$/, replacement: fileURLToPath(new URL('./renderer/zod-deferred.ts', import.meta.url)) },
      // Konva's core and the shapes Placard draws, without its filters and other shapes (renderer/konva-lean.ts).
      { find: /^konva$/, replacement: fileURLToPath(new URL('./renderer/konva-lean.ts', import.meta.url)) },
      // The QR encoder is a chunk fetched from the start; codes drawn before it arrives are redrawn (renderer/qrcode-deferred.ts).
      { find: /^qrcode$/, replacement: fileURLToPath(new URL('./renderer/qrcode-deferred.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    modulePreload: {
      // A dynamic import's preload list names the chunk itself only when it has dependencies; then
      // its fetch starts at once, as a modulepreload link. Without them the import() waits for a
      // microtask, which at start comes only after the whole entry has run: the interface
      // language's messages were fetched 50 ms later than asked for. Every chunk is listed.
      resolveDependencies: (filename, deps) => (deps.length > 0 ? deps : [filename]),
    },
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically goes into the entry chunk: otherwise the modules
        // that lazy chunks share with it become dozens of small files, fetched one after another
        // through the browser's six connections (or the app:// handler) before anything runs.
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  worker: { plugins: () => [workersWithoutZod(), konvaLazySegmenter()] },
  server: { port: 5173, strictPort: false },
});
