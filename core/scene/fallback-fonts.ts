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

/** Every subset of a package at 400 and 700, as the app registers them from the package's stylesheets. */
const subsetFiles = (stem: string, subsets: readonly string[]) => subsets.flatMap((subset) => ['400', '700'].map((weight) => `files/${stem}-${subset}-${weight}-normal.woff2`));

// The Arabic and Hebrew packages also carry Latin (and other) subsets: text whose own face is
// missing falls back to the Arabic package's Latin letters and digits, before the emoji face
// (whose 0-9, # and * are keycap pieces, drawn grey). The Hebrew package's Latin subsets cover the
// same ranges with no glyph the Arabic ones lack (but ₪, which its Hebrew subset has too), and come
// after them in the chain: they would never draw, yet the browser would fetch them for every Latin
// text, so they are left out. The app registers exactly these files from the packages' stylesheets
// and Node registers the same ones, so the CLI draws such text as the app does
// (tests/unit/core/scene/fallback-fonts.test.ts holds both).
export const FALLBACK_FONTS: readonly FallbackFont[] = [
  { family: 'Noto Sans Arabic', packageName: '@fontsource/noto-sans-arabic', files: subsetFiles('noto-sans-arabic', ['arabic', 'latin', 'latin-ext', 'math', 'symbols']) },
  { family: 'Noto Sans Hebrew', packageName: '@fontsource/noto-sans-hebrew', files: subsetFiles('noto-sans-hebrew', ['hebrew', 'cyrillic-ext', 'greek-ext']) },
  { family: 'Noto Color Emoji', packageName: '@fontsource/noto-color-emoji', files: emojiChunks },
];
