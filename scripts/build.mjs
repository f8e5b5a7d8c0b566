#!/usr/bin/env node
// Builds everything the app runs from dist/: the renderer with Vite, then the Electron main
// process and preload (and the CLI when present) with esbuild. Prints one line per artifact.
// Usage: node scripts/build.mjs [--skip-renderer]   (--skip-renderer: Electron and CLI only)
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const skipRenderer = process.argv.includes('--skip-renderer');
const rel = (p) => path.relative(root, p).split(path.sep).join('/');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function fail(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

async function buildRenderer() {
  if (!existsSync(path.join(root, 'renderer', 'index.html'))) {
    fail('renderer/index.html is missing, so there is no renderer to build yet (it is the entry point Vite needs).');
  }
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  const outDir = path.join(root, 'dist', 'renderer');
  const files = listFiles(outDir);
  const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`built ${rel(path.join(outDir, 'index.html'))} (${files.length} files, ${kb(total)})`);
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

// CommonJS has no import.meta; give import.meta.url the bundle's own file URL instead (the CLI
// resolves packages with createRequire(import.meta.url)).
const importMetaShim = {
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__importMetaUrl' },
};

async function bundle(entry, outfile, external, extra = {}) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    ...extra,
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, outfile),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    // cli/png-pool.ts reads import.meta only when running from sources (under tsx); bundled, it has __dirname.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  console.log(`built ${outfile} (${kb(statSync(path.join(root, outfile)).size)})`);
}

try {
  if (!skipRenderer) {
    await buildRenderer();
    const { writeNotices } = await import('./notices.mjs');
    const notices = writeNotices();
    console.log(`built dist/renderer/notices.json (${notices.fonts.length} fonts, ${notices.libraries.length} libraries)`);
  }
  await bundle('electron/main.ts', 'dist/electron/main.cjs', ['electron']);
  await bundle('electron/preload.ts', 'dist/electron/preload.cjs', ['electron']);
  if (existsSync(path.join(root, 'cli', 'placard.ts'))) {
    await bundle('cli/placard.ts', 'dist/cli/placard.cjs', ['@napi-rs/canvas'], importMetaShim);
    await bundle('cli/png-worker.ts', 'dist/cli/png-worker.cjs', []);
  }
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
