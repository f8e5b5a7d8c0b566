// The ONE place the renderer builds a SceneContext for drawing a design outside the editor
// canvas (exports, previews, contrast checks, clipboard). Whatever the scene needs to resolve
// (images, colors, later brand tokens and fonts) is added here once, so every exported pixel
// follows the same rules as the editor.
import type { Design } from '../../core/model';
import { literalColors, type SceneContext } from '../../core/scene';
import { useImageStore } from '../assets/image-store';

type Images = SceneContext['images'];

/** The scene context for `design`, with decoded images from the image store unless given. */
export function sceneContextFor(design: Pick<Design, 'language' | 'assets'>, images: Images = useImageStore.getState().images): SceneContext {
  return { language: design.language, color: literalColors, images, assets: design.assets };
}
