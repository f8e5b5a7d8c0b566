// Shape elements (rectangles, ellipses, lines, arrows, stars, speech bubbles), the model: the schema
// and a new one's defaults.
import { z } from 'zod';
import { lazySchema } from '../../model/lazy-schema';
import { colorValueSchema, elementBase, finite, NEW_ELEMENT, newId, UNLOCKED } from '../../model/primitives';
import type { ElementModel } from '../kind';

/** rect (rounded via cornerRadius), ellipse, line and arrow (across the box's middle), star, speech bubble. */
export const shapeKindSchema = lazySchema(() => z.enum(['rect', 'ellipse', 'line', 'arrow', 'star', 'bubble']));

export const shapeElementSchema = lazySchema(() => z
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
  .strict());

export type ShapeElement = z.infer<typeof shapeElementSchema>;

export function createShapeElement(init: Partial<ShapeElement> & Pick<ShapeElement, 'x' | 'y' | 'width' | 'height' | 'shape'>): ShapeElement {
  return {
    ...NEW_ELEMENT,
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

export const shapeModel: ElementModel<ShapeElement> = {
  type: 'shape',
  schema: shapeElementSchema,
  contentKeys: [],
};
