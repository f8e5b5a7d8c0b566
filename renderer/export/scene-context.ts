// The ONE place the renderer builds a SceneContext for drawing a design outside the editor
// canvas (exports, previews, contrast checks, clipboard). Whatever the scene needs to resolve
// (images, colors, later brand tokens and fonts) is added here once, so every exported pixel
// follows the same rules as the editor.
import type { Design } from '../../core/model';
import { type SceneContext } from '../../core/scene';
import { useImageStore } from '../assets/image-store';
import { currentDesignKit, kitResolvers } from '../state/library-store';

type Images = SceneContext['images'];

/** The scene context for `design`, with decoded images from the image store unless given. */
export function sceneContextFor(
  design: Pick<Design, 'language' | 'assets'> & { brandKitId?: string | null },
  images: Images = useImageStore.getState().images,
): SceneContext {
  // Brand tokens (colors, heading/body fonts) resolve through the design's kit.
  return { language: design.language, ...kitResolvers(currentDesignKit(design.brandKitId ?? null)), images, assets: design.assets };
}
