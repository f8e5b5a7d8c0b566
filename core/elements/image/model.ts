// Image elements, the model: the schema (fit, crop, flips, corners, filters), a new one's defaults and
// the content lock's key (the photo).
import { z } from 'zod';
import { lazySchema } from '../../model/lazy-schema';
import { elementBase, finite, idSchema, NEW_ELEMENT, newId, UNLOCKED } from '../../model/primitives';
import type { ElementModel } from '../kind';

export const imageFitSchema = lazySchema(() => z.enum(['cover', 'contain', 'stretch']));

/** Part of the source image to show, as fractions of its size, so it holds for any resolution. */
export const imageCropSchema = lazySchema(() => z
  .object({
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
    width: z.number().gt(0).max(1),
    height: z.number().gt(0).max(1),
  })
  .strict()
  .refine((c) => c.x + c.width <= 1 + 1e-9 && c.y + c.height <= 1 + 1e-9, 'crop must stay inside the image'));
export type ImageCrop = z.infer<typeof imageCropSchema>;

/** Neutral values: brightness/contrast/saturation 0 (range -1..1), grayscale 0..1, blur radius in px. */
export const imageFiltersSchema = lazySchema(() => z
  .object({
    brightness: z.number().min(-1).max(1).default(0),
    contrast: z.number().min(-1).max(1).default(0),
    saturation: z.number().min(-1).max(1).default(0),
    grayscale: z.number().min(0).max(1).default(0),
    blur: z.number().min(0).max(100).default(0),
  })
  .strict());
export type ImageFilters = z.infer<typeof imageFiltersSchema>;

export const imageElementSchema = lazySchema(() => z
  .object({
    ...elementBase,
    type: z.literal('image'),
    /** Key into design.assets; the bytes live beside the document. */
    assetId: idSchema,
    fit: imageFitSchema.default('cover'),
    /** Non-destructive crop; absent = the whole image. */
    crop: imageCropSchema.optional(),
    flipX: z.boolean().optional(),
    flipY: z.boolean().optional(),
    cornerRadius: finite.min(0).max(10_000).optional(),
    filters: imageFiltersSchema.optional(),
  })
  .strict());

export type ImageElement = z.infer<typeof imageElementSchema>;

export function createImageElement(init: Partial<ImageElement> & Pick<ImageElement, 'x' | 'y' | 'width' | 'height' | 'assetId'>): ImageElement {
  return { ...NEW_ELEMENT, id: newId('img'), type: 'image', fit: 'cover', ...init, locks: { ...UNLOCKED, ...init.locks } };
}

export const imageModel: ElementModel<ImageElement> = {
  type: 'image',
  schema: imageElementSchema,
  contentKeys: ['assetId'],
};
