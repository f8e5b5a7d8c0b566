// Faces every text falls back to for scripts and symbols the chosen font lacks: Arabic, Hebrew and
// color emoji. fontFamilyOf() names them in the chain; browsers load them from the @fontsource CSS,
// Node registers these files (all SIL OFL, from npm).
export interface FallbackFont {
  family: string;
  packageName: string;
  /** Files inside the package, relative to it. */
  files: readonly string[];
}

const emojiChunks = [...Array.from({ length: 11 }, (_, i) => `files/noto-color-emoji-${i}-400-normal.woff2`), 'files/noto-color-emoji-emoji-400-normal.woff2'];

export const FALLBACK_FONTS: readonly FallbackFont[] = [
  { family: 'Noto Sans Arabic', packageName: '@fontsource/noto-sans-arabic', files: ['files/noto-sans-arabic-arabic-400-normal.woff2', 'files/noto-sans-arabic-arabic-700-normal.woff2'] },
  { family: 'Noto Sans Hebrew', packageName: '@fontsource/noto-sans-hebrew', files: ['files/noto-sans-hebrew-hebrew-400-normal.woff2', 'files/noto-sans-hebrew-hebrew-700-normal.woff2'] },
  { family: 'Noto Color Emoji', packageName: '@fontsource/noto-color-emoji', files: emojiChunks },
];
