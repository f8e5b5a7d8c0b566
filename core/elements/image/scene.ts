// Image elements, drawn by core/scene/image-draw (crop, fit, flips, corners, filters).
import type Konva from 'konva';
import { boxDrawingAttrs, type SceneContext } from '../../scene/common';
import { drawImageElement } from '../../scene/image-draw';
import type { ElementScene } from '../kind';
import type { ImageElement } from './model';
import { frameIndexAt } from '../../motion/timeline';

export function imageAttrs(el: ImageElement, ctx: SceneContext): Konva.ShapeConfig {
  const frames = ctx.time !== undefined ? ctx.animations?.get(el.assetId) : undefined;
  const image = frames ? (frames.frames[frameIndexAt(frames, ctx.time!)] ?? ctx.images.get(el.assetId)) : ctx.images.get(el.assetId);
  return boxDrawingAttrs(el, (native, w, h) => drawImageElement(native, el, image, w, h, { proxies: ctx.imageProxies, filterCache: ctx.filterCache }));
}

export const imageScene: ElementScene<ImageElement> = {
  konvaClass: () => 'Shape',
  attrs: imageAttrs,
};
