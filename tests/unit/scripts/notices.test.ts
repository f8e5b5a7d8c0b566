// Help > About names every library the app runs: each runtime dependency (fonts aside, and the
// CLI's own libraries) is in the notices list, with its license text, and so are its own
// runtime dependencies that get bundled.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_LIBRARIES, collectNotices } from '../../../scripts/notices.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
/**
 * Node-only: the CLI draws with @napi-rs/canvas, writes PNGs with pngjs and decodes animated WebP
 * frames with @jsquash/webp (the app uses the browser's ImageDecoder); the app never loads them.
 */
const CLI_ONLY = new Set(['@napi-rs/canvas', 'pngjs', '@jsquash/webp']);

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
      expect(lib!.text.length, `${name} has no license text`).toBeGreaterThan(200);
    }
  });

  it('find the text of packages that ship no license file: in the source header, else the standard text with their authors', () => {
    const notices = collectNotices() as { libraries: { name: string; text: string }[] };
    const text = (name: string) => notices.libraries.find((l) => l.name === name)!.text;
    // omggif's license is the comment at the top of omggif.js.
    expect(text('omggif')).toMatch(/^\(c\) Dean McNamee/);
    expect(text('omggif')).toContain('Permission is hereby granted');
    expect(text('omggif')).not.toMatch(/^\/\//m);
    // saxes and momoa name ISC and Apache-2.0 in package.json and ship no text.
    expect(text('saxes')).toMatch(/^Copyright \(c\) Louis-Dominique Dubeau\n\nISC License/);
    expect(text('saxes')).toContain('Permission to use, copy, modify, and/or distribute this software');
    expect(text('@humanwhocodes/momoa')).toMatch(/^Copyright \(c\) Nicholas C\. Zakas\n\nApache License/);
    expect(text('@pdf-lib/fontkit')).toMatch(/^Copyright \(c\) Andrew Dillon, Devon Govett\n\nMIT License\n\nPermission is hereby granted/);
  });
});
