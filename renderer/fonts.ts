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
import { refreshTextMeasurer } from './fonts/text-measurer';
import { useDesignStore } from './state/design-store';
import { watchDocumentFonts } from './fonts/text-font-loader';
import { registerEmojiFaces } from './fonts/emoji-faces';

export const FONT_FAMILIES: readonly string[] = BUNDLED_FAMILIES;

/**
 * Registers the emoji faces and keeps the faces the open document draws loaded; calls back when
 * late faces arrive so text nodes re-measure with the real metrics. Nothing else loads at start:
 * a face is fetched when text on the canvas, an export or the interface first uses it.
 */
export function loadBundledFonts(onLoaded: () => void): void {
  registerEmojiFaces();
  watchDocumentFonts(
    (listener) => useDesignStore.subscribe((s) => listener(s.design)),
    () => useDesignStore.getState().design,
    () => {
      refreshTextMeasurer();
      onLoaded();
    },
  );
  refreshTextMeasurer();
}
