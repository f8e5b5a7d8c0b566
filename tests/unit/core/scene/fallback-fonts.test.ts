// The fallback faces Node registers (cli/fonts-node.ts) are the faces the app registers from the
// same packages' stylesheets (renderer/fonts/bundled-faces.ts), so text the chosen face cannot draw
// falls back to the same letters in the CLI as in the app.
import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { FALLBACK_FONTS } from '../../../../core/scene/fallback-fonts';
import { fontFamilyOf } from '../../../../core/scene';
import { parseFaceRules } from '../../../../renderer/fonts/face-rules';

const packageFile = (pkg: string, file: string) => new URL(`../../../../node_modules/${pkg}/${file}`, import.meta.url);

describe('fallback faces', () => {
  it('are, for Arabic and Hebrew, the stylesheets\' faces at 400 and 700 but Hebrew\'s Latin ones', () => {
    const fromCss = (font: (typeof FALLBACK_FONTS)[number]) => ['400.css', '700.css'].flatMap((sheet) => parseFaceRules(readFileSync(packageFile(font.packageName, sheet), 'utf8')).map((rule) => `files/${rule.file}`));
    const [arabic, hebrew] = FALLBACK_FONTS;
    expect(new Set(arabic!.files)).toEqual(new Set(fromCss(arabic!)));
    // Latin among them: what text whose own face is missing draws with, in the app and in Node.
    expect(arabic!.files.some((f) => f.includes('-latin-400-'))).toBe(true);
    expect(new Set(hebrew!.files)).toEqual(new Set(fromCss(hebrew!).filter((f) => !/-latin(-ext)?-\d{3}-/.test(f))));
  });

  it('leave out no glyph: every glyph of a stylesheet face not registered is drawn by a registered face of its weight, of a family no later in the chain', () => {
    const rules = (font: (typeof FALLBACK_FONTS)[number]) => ['400.css', '700.css'].flatMap((sheet) => parseFaceRules(readFileSync(packageFile(font.packageName, sheet), 'utf8')).map((rule) => ({ ...rule, font })));
    const inRange = (range: string, cp: number) =>
      range.split(',').some((part) => {
        const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
        return cp >= parseInt(a!, 16) && cp <= parseInt(b ?? a!, 16);
      });
    const load = (font: (typeof FALLBACK_FONTS)[number], file: string) => fontkit.create(Buffer.from(readFileSync(packageFile(font.packageName, `files/${file}`))));
    const textFonts = FALLBACK_FONTS.filter((f) => f.family !== 'Noto Color Emoji');
    const all = textFonts.flatMap(rules);
    const kept = all.filter((r) => r.font.files.includes(`files/${r.file}`)).map((r) => ({ ...r, face: load(r.font, r.file) }));
    const dropped = all.filter((r) => !r.font.files.includes(`files/${r.file}`));
    expect(dropped.map((r) => r.file).sort()).toEqual(['noto-sans-hebrew-latin-400-normal.woff2', 'noto-sans-hebrew-latin-700-normal.woff2', 'noto-sans-hebrew-latin-ext-400-normal.woff2', 'noto-sans-hebrew-latin-ext-700-normal.woff2']);
    for (const rule of dropped) {
      const face = load(rule.font, rule.file);
      const lost: string[] = [];
      for (const part of rule.unicodeRange.split(',')) {
        const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
        for (let cp = parseInt(a!, 16); cp <= parseInt(b ?? a!, 16); cp++) {
          if (!face.hasGlyphForCodePoint(cp)) continue;
          if (!kept.some((k) => k.weight === rule.weight && inRange(k.unicodeRange, cp) && k.face.hasGlyphForCodePoint(cp))) lost.push(`U+${cp.toString(16)}`);
        }
      }
      expect(lost, rule.file).toEqual([]);
    }
    // The drawing side: Arabic comes before Hebrew in every text's chain.
    expect(fontFamilyOf('Anton').indexOf('Noto Sans Arabic')).toBeLessThan(fontFamilyOf('Anton').indexOf('Noto Sans Hebrew'));
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
