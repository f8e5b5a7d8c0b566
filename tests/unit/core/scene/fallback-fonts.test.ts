// The fallback faces Node registers (cli/fonts-node.ts) are the faces the app registers from the
// same packages' stylesheets (renderer/fonts/bundled-faces.ts), so text the chosen face cannot draw
// falls back to the same letters in the CLI as in the app.
import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { FALLBACK_FONTS } from '../../../../core/scene/fallback-fonts';
import { parseFaceRules } from '../../../../renderer/fonts/face-rules';

const packageFile = (pkg: string, file: string) => new URL(`../../../../node_modules/${pkg}/${file}`, import.meta.url);

describe('fallback faces', () => {
  it('are, for Arabic and Hebrew, every face of the weights the app registers from the stylesheets', () => {
    for (const font of FALLBACK_FONTS.filter((f) => f.family !== 'Noto Color Emoji')) {
      const fromCss = ['400.css', '700.css'].flatMap((sheet) => parseFaceRules(readFileSync(packageFile(font.packageName, sheet), 'utf8')).map((rule) => `files/${rule.file}`));
      expect(new Set(font.files), font.family).toEqual(new Set(fromCss));
      // Latin among them: what text whose own face is missing draws with, in the app and in Node.
      expect(font.files.some((f) => f.includes('-latin-400-')), font.family).toBe(true);
    }
  });

  it('name files the packages ship', () => {
    for (const font of FALLBACK_FONTS) for (const file of font.files) expect(existsSync(packageFile(font.packageName, file)), file).toBe(true);
  });
});

describe('the Latin faces before the emoji faces', () => {
  it('draw every printable ASCII character, so no ASCII ever needs an emoji face (renderer/fonts/text-font-loader.ts)', () => {
    for (const file of ['files/noto-sans-arabic-latin-400-normal.woff2', 'files/noto-sans-arabic-latin-700-normal.woff2']) {
      const font = fontkit.create(Buffer.from(readFileSync(packageFile('@fontsource/noto-sans-arabic', file))));
      const missing: string[] = [];
      for (let cp = 0x20; cp < 0x7f; cp++) if (!font.hasGlyphForCodePoint(cp)) missing.push(String.fromCodePoint(cp));
      expect(missing, file).toEqual([]);
    }
  });
});
