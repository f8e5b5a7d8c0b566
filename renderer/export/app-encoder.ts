// The browser encoder as the app uses it: the editor's scene context (images, brand kit) and
// the design's fonts loaded before drawing.
import type { Encoder } from '../../core/export';
import type { Design } from '../../core/model';
import { createBrowserEncoder, textRefitFor } from './browser-encoder';
import { loadDesignFonts } from './render';
import { sceneContextFor } from './scene-context';

export function createAppEncoder(): Encoder<HTMLCanvasElement> {
  return createBrowserEncoder({ context: (d) => sceneContextFor(d), loadFonts: loadDesignFonts });
}

/** Re-fits text after adaptation with the design's brand fonts. */
export function appTextRefit(design: Design): Design {
  return textRefitFor(sceneContextFor(design))(design);
}
