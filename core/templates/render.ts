// Preparing a template's design for drawing: tokens resolved through the brand kit, the chosen
// language set, and text fitted. Pure; the caller injects the measurer (canvas-backed).
import { resolveDesignTokens } from '../brand/retheme';
import type { BrandKit } from '../brand/schema';
import { applyTextFit, type Measure } from '../layout/text-fit';
import type { Design, Language } from '../model/schema';

export function prepareDesignForRender(design: Design, options: { kit: BrandKit | null; language: Language; measure: Measure }): Design {
  const resolved = resolveDesignTokens({ ...design, language: options.language }, options.kit);
  return applyTextFit(resolved, { language: options.language, measure: options.measure });
}
