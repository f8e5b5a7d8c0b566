// The @fontsource stylesheets the app registers its faces from, read as the packages ship them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFaceRules } from '../../../../renderer/fonts/face-rules';

const css = (file: string) => readFileSync(new URL(`../../../../node_modules/@fontsource/${file}`, import.meta.url), 'utf8');

describe('@font-face rules of the bundled stylesheets', () => {
  it('reads family, style, weight, the woff2 file and the unicode-range of every face', () => {
    const rules = parseFaceRules(css('inter/700-italic.css'));
    expect(rules.length).toBe(7);
    const latin = rules.find((r) => r.file === 'inter-latin-700-italic.woff2')!;
    expect(latin).toMatchObject({ family: 'Inter', style: 'italic', weight: '700' });
    expect(latin.unicodeRange).toMatch(/^U\+0000-00FF,/);
  });

  it('reads the emoji chunks and the names with spaces', () => {
    expect(parseFaceRules(css('noto-color-emoji/400.css')).map((r) => r.file)).toContain('noto-color-emoji-0-400-normal.woff2');
    expect(new Set(parseFaceRules(css('noto-sans-arabic/400.css')).map((r) => r.family))).toEqual(new Set(['Noto Sans Arabic']));
  });
});
