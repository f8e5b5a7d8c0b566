// The ONE place the renderer builds a SceneContext, for the editor canvas and for everything drawn
// outside it (exports, previews, contrast checks, clipboard): brand tokens through the design's
// kit, decoded images and their editing proxies, the current text measurer, one filter cache.
import type { Design } from '../../core/model';
import type { BrandKit } from '../../core/brand';
import { createFilterCache, createSceneContext, type SceneContext } from '../../core/scene';
import { imageProxies, useImageStore } from '../assets/image-store';
import { textMeasurer } from '../fonts/text-measurer';
import { currentDesignKit, kitResolvers } from '../state/library-store';

type Images = SceneContext['images'];

const filterCache = createFilterCache();
/** Fitted sizes from the last draw: typing re-fits from there (core/layout/text-fit hint). */
const fitHints = new Map<string, number>();

export interface SceneContextOptions {
  /** Decoded images; the image store's when absent. */
  images?: Images;
  /** The brand kit; the design's kit from the library when absent. */
  kit?: BrandKit;
  /** Frames of animated images; the image store's when absent. */
  animations?: SceneContext['animations'];
}

/** The scene context for `design`. */
export function sceneContextFor(
  design: Pick<Design, 'language' | 'assets'> & { brandKitId?: string | null },
  options: SceneContextOptions = {},
): SceneContext {
  const kit = options.kit ?? currentDesignKit(design.brandKitId ?? null);
  const measure = textMeasurer();
  return createSceneContext({
    language: design.language,
    assets: design.assets,
    images: options.images ?? useImageStore.getState().images,
    animations: options.animations ?? useImageStore.getState().animations,
    ...kitResolvers(kit),
    ...(measure ? { measure } : {}),
    imageProxies,
    filterCache,
    fitHints,
  });
}
