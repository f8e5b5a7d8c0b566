// Redaction boxes (blur or pixelate what lies beneath, to hide faces), the model: the schema.
import { z } from 'zod';
import { lazySchema } from '../../model/lazy-schema';
import { elementBase, finite } from '../../model/primitives';
import type { ElementModel } from '../kind';

/** A box that blurs or pixelates whatever is drawn beneath it (to hide faces). */
export const redactElementSchema = lazySchema(() => z
  .object({
    ...elementBase,
    type: z.literal('redact'),
    mode: z.enum(['blur', 'pixelate']).default('pixelate'),
    /** Pixelate: block size in design pixels. Blur: blur radius in design pixels. */
    strength: finite.min(1).max(500).default(24),
    shape: z.enum(['rect', 'ellipse']).default('rect'),
  })
  .strict());

export type RedactElement = z.infer<typeof redactElementSchema>;

export const redactModel: ElementModel<RedactElement> = {
  type: 'redact',
  schema: redactElementSchema,
  contentKeys: [],
};
