// Shape elements (rectangles, ellipses, lines, arrows, stars, speech bubbles): the schema, a new
// one's defaults, and the Konva mapping (native Rect and Ellipse, custom paths for the rest).
import type Konva from 'konva';
import { z } from 'zod';
import { colorValueSchema, elementBase, finite, newId, UNLOCKED } from '../model/primitives';
import { commonAttrs, type SceneContext } from '../scene/common';
import { arrowPath, bubblePath, DEFAULT_STAR_POINTS, linePath, starPath } from '../scene/shape-paths';
import type { ElementKind } from './kind';

/** rect (rounded via cornerRadius), ellipse, line and arrow (across the box's middle), star, speech bubble. */
export const shapeKindSchema = z.enum(['rect', 'ellipse', 'line', 'arrow', 'star', 'bubble']);

export const shapeElementSchema = z
  .object({
    ...elementBase,
    type: z.literal('shape'),
    shape: shapeKindSchema,
    fill: colorValueSchema.default('#e63946'),
    stroke: colorValueSchema.default('#000000'),
    strokeWidth: finite.min(0).max(200).default(0),
    cornerRadius: finite.min(0).default(0),
    /** Star: number of points (absent = 5). */
    starPoints: z.number().int().min(3).max(24).optional(),
  })
  .strict();

export type ShapeElement = z.infer<typeof shapeElementSchema>;

const base = { name: '', rotation: 0, opacity: 1, visible: true };

export function createShapeElement(init: Partial<ShapeElement> & Pick<ShapeElement, 'x' | 'y' | 'width' | 'height' | 'shape'>): ShapeElement {
  return {
    ...base,
    id: newId('shape'),
    type: 'shape',
    fill: '#e63946',
    stroke: '#000000',
    strokeWidth: 0,
    cornerRadius: 0,
    ...init,
    locks: { ...UNLOCKED, ...init.locks },
  };
}

export function shapeAttrs(el: ShapeElement, ctx: SceneContext): Konva.ShapeConfig {
  const common = {
    ...commonAttrs(el),
    fill: ctx.color(el.fill),
    stroke: ctx.color(el.stroke),
    strokeWidth: el.strokeWidth,
    strokeEnabled: el.strokeWidth > 0,
  };
  if (el.shape === 'ellipse') {
    // Konva ellipses are centered; offset keeps the model's top-left origin.
    return { ...common, radiusX: el.width / 2, radiusY: el.height / 2, offsetX: -el.width / 2, offsetY: -el.height / 2 };
  }
  if (el.shape === 'rect') {
    return { ...common, width: el.width, height: el.height, cornerRadius: Math.min(el.cornerRadius, el.width / 2, el.height / 2) };
  }
  const box = { ...common, width: el.width, height: el.height };
  switch (el.shape) {
    case 'line':
      // The line's color is its fill and its thickness the box height, so it reads like other shapes.
      return {
        ...box,
        stroke: ctx.color(el.fill),
        strokeWidth: el.height,
        strokeEnabled: true,
        fillEnabled: false,
        lineCap: 'round',
        sceneFunc(context, shape) {
          linePath(context, shape.width(), shape.height());
          context.strokeShape(shape);
        },
      };
    case 'arrow':
      return { ...box, lineJoin: 'round', sceneFunc: (context, shape) => (arrowPath(context, shape.width(), shape.height()), context.fillStrokeShape(shape)) };
    case 'star':
      return {
        ...box,
        lineJoin: 'round',
        sceneFunc: (context, shape) => (starPath(context, shape.width(), shape.height(), el.starPoints ?? DEFAULT_STAR_POINTS), context.fillStrokeShape(shape)),
      };
    case 'bubble':
      return {
        ...box,
        lineJoin: 'round',
        sceneFunc: (context, shape) => (bubblePath(context, shape.width(), shape.height(), el.cornerRadius), context.fillStrokeShape(shape)),
      };
    default:
      return box;
  }
}

/** Which Konva class draws a shape element: Rect and Ellipse natively, the rest as custom Shapes. */
export function shapeClassOf(el: ShapeElement): 'Rect' | 'Ellipse' | 'Shape' {
  return el.shape === 'rect' ? 'Rect' : el.shape === 'ellipse' ? 'Ellipse' : 'Shape';
}

export const shapeKind: ElementKind<ShapeElement> = {
  type: 'shape',
  schema: shapeElementSchema,
  contentKeys: [],
  konvaClass: shapeClassOf,
  attrs: shapeAttrs,
};
