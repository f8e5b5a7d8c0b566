// Fonts bundled with the app (SIL OFL, from @fontsource), registered as FontFaces when first
// needed (fonts/bundled-faces.ts), so the app needs no network and start-up parses no @font-face
// rules. The family list comes from core/fonts/catalog.ts; Arabic, Hebrew and color emoji faces
// are the fallback chain every text uses (core/scene).
import { BUNDLED_FAMILIES } from '../core/fonts/catalog';
import { refreshTextMeasurer } from './fonts/text-measurer';
import { useDesignStore } from './state/design-store';
import { watchDocumentFonts } from './fonts/text-font-loader';
import { registerEmojiFaces } from './fonts/emoji-faces';
import { ensureFamily } from './fonts/bundled-faces';
import { registerFieldFallbacksWhenNeeded } from './fonts/field-fallbacks';

export const FONT_FAMILIES: readonly string[] = BUNDLED_FAMILIES;

/**
 * Registers the faces the interface may need later (the rest of Inter, the fields' fallbacks and
 * the emoji faces, when a field may show them) and keeps the faces the open document draws loaded;
 * calls back when late faces arrive so text nodes re-measure with the real metrics. Nothing else
 * loads at start: a face is fetched when text on the canvas, an export or the interface first uses
 * it. (Inter's Latin faces, which the panels' words use, are loaded by App before the panels render.)
 */
export function loadBundledFonts(onLoaded: () => void): void {
  // Inter's other scripts, the fallbacks the interface's text fields name (styles.css) and the
  // emoji faces wait until a field may show them: adding faces restyles the whole window (a 40-50
  // ms task once the panels are up), and the first screen draws none of them. Canvas text and
  // exports register the faces they draw before their first draw (loadDrawingNeeds).
  registerFieldFallbacksWhenNeeded({
    register: () => {
      registerEmojiFaces();
      for (const family of ['Inter', 'Noto Sans Arabic', 'Noto Sans Hebrew']) void ensureFamily(family);
    },
    subscribe: (listener) => useDesignStore.subscribe((s, before) => s.design !== before.design && listener(s.design)),
    current: () => useDesignStore.getState().design,
    target: document,
  });
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
