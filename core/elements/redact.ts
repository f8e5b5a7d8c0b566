// Redaction boxes (blur or pixelate what lies beneath, to hide faces): the schema and the Konva
// mapping (drawn by core/scene/redact).
import type Konva from 'konva';
import { z } from 'zod';
import { elementBase, finite } from '../model/primitives';
import { boxHitFunc, commonAttrs, nativeContext } from '../scene/common';
import { drawRedaction } from '../scene/redact';
import type { ElementKind } from './kind';

/** A box that blurs or pixelates whatever is drawn beneath it (to hide faces). */
export const redactElementSchema = z
  .object({
    ...elementBase,
    type: z.literal('redact'),
    mode: z.enum(['blur', 'pixelate']).default('pixelate'),
    /** Pixelate: block size in design pixels. Blur: blur radius in design pixels. */
    strength: finite.min(1).max(500).default(24),
    shape: z.enum(['rect', 'ellipse']).default('rect'),
  })
  .strict();

export type RedactElement = z.infer<typeof redactElementSchema>;

/** The blur/pixelate box: draws over what lies beneath it on the same canvas. */
export function redactAttrs(el: RedactElement): Konva.ShapeConfig {
  return {
    ...commonAttrs(el),
    width: el.width,
    height: el.height,
    sceneFunc(context, shape) {
      const native = nativeContext(context);
      drawRedaction(native, el, shape.width(), shape.height());
    },
    hitFunc: boxHitFunc,
  };
}

export const redactKind: ElementKind<RedactElement> = {
  type: 'redact',
  schema: redactElementSchema,
  contentKeys: [],
  konvaClass: () => 'Shape',
  attrs: redactAttrs,
};
