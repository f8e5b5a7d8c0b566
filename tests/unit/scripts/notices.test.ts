// Help > About names every library the app runs: each runtime dependency (fonts aside, and the
// CLI's canvas binding) is in the notices list, with its license text, and so are its own
// runtime dependencies that get bundled.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_LIBRARIES, collectNotices } from '../../../scripts/notices.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
/** Node-only: the CLI draws with @napi-rs/canvas and writes PNGs with pngjs; the app never loads them. */
const CLI_ONLY = new Set(['@napi-rs/canvas', 'pngjs']);

describe('library notices', () => {
  it('list every runtime dependency the app bundles', () => {
    const wanted = Object.keys(pkg.dependencies).filter((d) => !d.startsWith('@fontsource/') && !CLI_ONLY.has(d));
    expect(wanted.filter((d) => !(APP_LIBRARIES as string[]).includes(d))).toEqual([]);
  });

  it('carry a license and its text for each library', () => {
    const notices = collectNotices() as { libraries: { name: string; license: string; text: string }[] };
    for (const name of APP_LIBRARIES as string[]) {
      const lib = notices.libraries.find((l) => l.name === name);
      expect(lib, name).toBeTruthy();
      expect(lib!.license, name).toBeTruthy();
    }
  });
});
