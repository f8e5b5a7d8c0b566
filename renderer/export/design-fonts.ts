// The fonts a design draws with, loaded before it is measured or exported, so text never falls
// back to another face mid-render.
import { resolveFontFamily } from '../../core/brand';
import { walkElements, type Design } from '../../core/model';
import { cssFont, fontFamilyOf } from '../../core/fonts/font-string';
import { currentDesignKit } from '../state/library-store';

/** Waits until every font the design uses is loaded. */
export async function loadDesignFonts(design: Design): Promise<void> {
  const wanted = new Set<string>();
  const kit = currentDesignKit(design.brandKitId);
  for (const { element } of walkElements(design.elements)) {
    if (element.type === 'text') wanted.add(cssFont({ family: resolveFontFamily(element.fontFamily, kit), size: 32, weight: element.fontWeight, italic: element.italic }, fontFamilyOf));
  }
  await Promise.all([...wanted].map((font) => document.fonts.load(font).catch(() => [])));
}
