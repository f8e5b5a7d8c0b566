// The one way to build a SceneContext: the editor canvas, every export and the CLI call this, so
// text is measured, images found and brand tokens resolved the same way wherever a design is drawn.
// core/scene keeps no process-global state; what drawing reuses travels in the context.
import type { AssetInfo, Design, Language, TextElement } from '../model/schema';
import { applyTextFit, fitTextElement, type Measure } from '../layout/text-fit';
import { literalColors, type ColorResolver } from './colors';
import type { SceneContext } from './attributes';
import type { FilterCache, ImageProxies } from './image-draw';

export interface SceneContextInput {
  language: Language;
  assets: Readonly<Record<string, AssetInfo>>;
  images?: SceneContext['images'];
  color?: ColorResolver;
  fontFamily?: (family: string) => string;
  measure?: Measure;
  imageProxies?: ImageProxies;
  filterCache?: FilterCache;
  fitHints?: Map<string, number>;
  animations?: SceneContext['animations'];
}

export function createSceneContext(input: SceneContextInput): SceneContext {
  return {
    language: input.language,
    assets: input.assets,
    images: input.images ?? new Map(),
    color: input.color ?? literalColors,
    measure: input.measure,
    fontFamily: input.fontFamily,
    imageProxies: input.imageProxies,
    filterCache: input.filterCache,
    fitHints: input.fitHints,
    animations: input.animations,
  };
}

/** Re-fits 'shrink' and 'grow' text to its box with the context's measurer and fonts. */
export function refitTextIn(ctx: Pick<SceneContext, 'measure' | 'fontFamily'>): (design: Design) => Design {
  const { measure, fontFamily } = ctx;
  if (!measure) return (design) => design;
  return (design) => applyTextFit(design, { language: design.language, measure, ...(fontFamily ? { resolveFamily: fontFamily } : {}) });
}

/** The height a text element's words need in its box's width at its font size, with the context's measurer and fonts; undefined without a measurer. */
export function textHeightIn(ctx: Pick<SceneContext, 'measure' | 'fontFamily'>, language: Language): ((el: TextElement) => number) | undefined {
  const { measure, fontFamily } = ctx;
  if (!measure) return undefined;
  return (el) => fitTextElement(el, { language, measure, mode: 'grow', ...(fontFamily ? { resolveFamily: fontFamily } : {}) }).height;
}
