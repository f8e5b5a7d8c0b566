// The fonts a design draws with, loaded before it is measured or exported, so text never falls
// back to another face mid-render.
import type { Design } from '../../core/model';
import { loadFacesFor } from '../fonts/text-font-loader';

/** Waits until every face the design's text needs (each font, in every language it carries) is loaded. */
export async function loadDesignFonts(design: Design): Promise<void> {
  await loadFacesFor(design);
}
