// Shape elements, drawn: native Rect and Ellipse, custom paths for the rest.
import type Konva from 'konva';
import { withCommonAttrs, type SceneContext } from '../../scene/common';
import { arrowPath, bubblePath, DEFAULT_STAR_POINTS, linePath, starPath } from '../../scene/shape-paths';
import type { ElementScene } from '../kind';
import type { ShapeElement } from './model';

export function shapeAttrs(el: ShapeElement, ctx: SceneContext): Konva.ShapeConfig {
  // Literals with the common attributes written onto them, as in textAttrs: Node 20's V8 spreads slowly.
  const fill = ctx.color(el.fill);
  const stroke = ctx.color(el.stroke);
  const strokeEnabled = el.strokeWidth > 0;
  if (el.shape === 'rect') {
    // The most drawn shape (badges, bands, chips) is made in one literal.
    return withCommonAttrs(el, { fill, stroke, strokeWidth: el.strokeWidth, strokeEnabled, width: el.width, height: el.height, cornerRadius: Math.min(el.cornerRadius, el.width / 2, el.height / 2) });
  }
  const common: Konva.ShapeConfig = withCommonAttrs(el, { fill, stroke, strokeWidth: el.strokeWidth, strokeEnabled });
  if (el.shape === 'ellipse') {
    // Konva ellipses are centered; offset keeps the model's top-left origin.
    return Object.assign(common, { radiusX: el.width / 2, radiusY: el.height / 2, offsetX: -el.width / 2, offsetY: -el.height / 2 });
  }
  const box = Object.assign(common, { width: el.width, height: el.height });
  switch (el.shape) {
    case 'line':
      // The line's color is its fill and its thickness the box height, so it reads like other shapes.
      return Object.assign(box, {
        stroke: ctx.color(el.fill),
        strokeWidth: el.height,
        strokeEnabled: true,
        fillEnabled: false,
        lineCap: 'round',
        sceneFunc(context: Konva.Context, shape: Konva.Shape) {
          linePath(context, shape.width(), shape.height());
          context.strokeShape(shape);
        },
      });
    case 'arrow':
      return Object.assign(box, { lineJoin: 'round', sceneFunc: (context: Konva.Context, shape: Konva.Shape) => (arrowPath(context, shape.width(), shape.height()), context.fillStrokeShape(shape)) });
    case 'star':
      return Object.assign(box, {
        lineJoin: 'round',
        sceneFunc: (context: Konva.Context, shape: Konva.Shape) => (starPath(context, shape.width(), shape.height(), el.starPoints ?? DEFAULT_STAR_POINTS), context.fillStrokeShape(shape)),
      });
    case 'bubble':
      return Object.assign(box, {
        lineJoin: 'round',
        sceneFunc: (context: Konva.Context, shape: Konva.Shape) => (bubblePath(context, shape.width(), shape.height(), el.cornerRadius), context.fillStrokeShape(shape)),
      });
    default:
      return box;
  }
}

/** Which Konva class draws a shape element: Rect and Ellipse natively, the rest as custom Shapes. */
export function shapeClassOf(el: ShapeElement): 'Rect' | 'Ellipse' | 'Shape' {
  return el.shape === 'rect' ? 'Rect' : el.shape === 'ellipse' ? 'Ellipse' : 'Shape';
}

export const shapeScene: ElementScene<ShapeElement> = {
  konvaClass: shapeClassOf,
  attrs: shapeAttrs,
};
