// Fonts bundled with the app (SIL OFL, from @fontsource). Importing the CSS makes Vite bundle the
// woff2 files, so the app needs no network.
import '@fontsource/inter/400.css';
import '@fontsource/inter/700.css';
import '@fontsource/inter/400-italic.css';
import '@fontsource/anton/400.css';

export const FONT_FAMILIES = ['Inter', 'Anton'] as const;

/** Loads every bundled family, then calls back so text nodes re-measure with the real metrics. */
export async function loadBundledFonts(onLoaded: () => void): Promise<void> {
  await Promise.all(
    FONT_FAMILIES.flatMap((f) => [`400 32px "${f}"`, `700 32px "${f}"`]).map((spec) => document.fonts.load(spec).catch(() => [])),
  );
  onLoaded();
}
