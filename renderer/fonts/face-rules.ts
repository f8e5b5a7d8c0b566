// The @font-face rules of an @fontsource stylesheet, read as text: each face's family, style,
// weight, woff2 file and unicode-range. The bundled families and the emoji faces are registered
// from these (bundled-faces.ts, emoji-faces.ts).
export interface FaceRule {
  family: string;
  style: string;
  weight: string;
  /** The woff2 file name, e.g. "inter-latin-400-normal.woff2". */
  file: string;
  unicodeRange: string;
}

export function parseFaceRules(css: string): FaceRule[] {
  const rules: FaceRule[] = [];
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const value = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
    const family = value('font-family')?.replace(/^['"]|['"]$/g, '');
    const file = /files\/([\w.-]+\.woff2)/.exec(block)?.[1];
    if (!family || !file) continue;
    rules.push({ family, style: value('font-style') ?? 'normal', weight: value('font-weight') ?? '400', file, unicodeRange: value('unicode-range') ?? 'U+0-10FFFF' });
  }
  return rules;
}
