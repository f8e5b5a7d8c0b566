// Image elements, drawn by core/scene/image-draw (crop, fit, flips, corners, filters).
import type Konva from 'konva';
import { boxHitFunc, commonAttrs, nativeContext, type SceneContext } from '../../scene/common';
import { drawImageElement } from '../../scene/image-draw';
import type { ElementScene } from '../kind';
import type { ImageElement } from './model';

export function imageAttrs(el: ImageElement, ctx: SceneContext): Konva.ShapeConfig {
  const image = ctx.images.get(el.assetId);
  return {
    ...commonAttrs(el),
    width: el.width,
    height: el.height,
    sceneFunc(context, shape) {
      const native = nativeContext(context);
      drawImageElement(native, el, image, shape.width(), shape.height(), { proxies: ctx.imageProxies, filterCache: ctx.filterCache });
    },
    hitFunc: boxHitFunc,
  };
}

export const imageScene: ElementScene<ImageElement> = {
  konvaClass: () => 'Shape',
  attrs: imageAttrs,
};
