// Bundles a module for a test page (or a worker started from a blob: URL) with esbuild, as one
// browser script: the e2e fixtures, the export worker and the benchmark pages load this way.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** `entry` relative to `base` (the caller's import.meta.url). */
export async function bundleForPage(entry: string, base: string, define: Record<string, string> = {}): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL(entry, base))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    define,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}
