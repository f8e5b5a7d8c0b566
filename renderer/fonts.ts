// Fonts bundled with the app (SIL OFL, from @fontsource). Importing the CSS makes Vite bundle the
// woff2 files, so the app needs no network. The family list comes from core/fonts/catalog.ts;
// Arabic, Hebrew and color emoji faces are the fallback chain every text uses (core/scene).
import '@fontsource/inter/400.css';
import '@fontsource/inter/700.css';
import '@fontsource/inter/400-italic.css';
import '@fontsource/inter/700-italic.css';
import '@fontsource/anton/400.css';
import '@fontsource/bebas-neue/400.css';
import '@fontsource/oswald/400.css';
import '@fontsource/oswald/700.css';
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/700.css';
import '@fontsource/roboto/400-italic.css';
import '@fontsource/roboto/700-italic.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/700-italic.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/700.css';
import { BUNDLED_FAMILIES } from '../core/fonts/catalog';
import { FALLBACK_FONTS } from '../core/scene/fallback-fonts';
import { refreshTextMeasurer } from './fonts/text-measurer';
import { useDesignStore } from './state/design-store';
import { watchDocumentFonts } from './fonts/text-font-loader';
import { registerEmojiFaces } from './fonts/emoji-faces';

export const FONT_FAMILIES: readonly string[] = BUNDLED_FAMILIES;

/** Characters that make the browser fetch each fallback face (they load per unicode-range). */
const FALLBACK_SAMPLES: Record<string, string> = { 'Noto Sans Arabic': 'سلام', 'Noto Sans Hebrew': 'שלום', 'Noto Color Emoji': '😀👍❤️🎉' };

/** Loads every bundled family, then calls back so text nodes re-measure with the real metrics. */
export async function loadBundledFonts(onLoaded: () => void): Promise<void> {
  registerEmojiFaces();
  // Faces for the characters the document uses (Arabic, Hebrew, emoji blocks) load as text changes.
  watchDocumentFonts(
    (listener) => useDesignStore.subscribe((s) => listener(s.design)),
    () => useDesignStore.getState().design,
    () => {
      refreshTextMeasurer();
      onLoaded();
    },
  );
  refreshTextMeasurer();
  const specs = FONT_FAMILIES.flatMap((f) => [`400 32px "${f}"`, `700 32px "${f}"`].map((spec) => ({ spec, text: undefined as string | undefined })));
  for (const f of FALLBACK_FONTS) specs.push({ spec: `400 32px "${f.family}"`, text: FALLBACK_SAMPLES[f.family] });
  await Promise.all(specs.map(({ spec, text }) => document.fonts.load(spec, text).catch(() => [])));
  refreshTextMeasurer();
  onLoaded();
}
