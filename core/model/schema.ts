// The design document, version 1, as zod schemas. Types are inferred from the schemas so that
// validation and the TypeScript view of a design can never disagree. The shared building blocks
// are in primitives.ts; each element kind's schema is in core/elements/.
import { bulkDataSchema } from './bulk-data';
import { motionSchema } from './motion';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { assetSchema, CURRENT_VERSION, colorValueSchema, finite, idSchema, languageSchema, LIMITS } from './primitives';
import { elementSchema } from '../elements';

export * from './primitives';
export {
  elementSchema,
  textAlignSchema,
  textShadowSchema,
  textHighlightSchema,
  textElementSchema,
  imageFitSchema,
  imageCropSchema,
  imageFiltersSchema,
  imageElementSchema,
  redactElementSchema,
  shapeKindSchema,
  shapeElementSchema,
  qrElementSchema,
} from '../elements';
export type {
  Element,
  ElementType,
  GroupElement,
  TextElement,
  TextShadow,
  TextHighlight,
  ImageElement,
  ImageCrop,
  ImageFilters,
  ShapeElement,
  RedactElement,
  QrElement,
  QrErrorCorrection,
} from '../elements';

export const backgroundSchema = lazySchema(() => z
  .object({
    color: colorValueSchema.default('#ffffff'),
  })
  .strict());

/** A hand adjustment of one element for one export size; absolute values in that size's pixels. */
export const layoutOverrideSchema = lazySchema(() => z
  .object({ x: finite, y: finite, width: finite.min(0), height: finite.min(0), fontSize: finite.min(1).max(2000).optional() })
  .strict());
export const sizeLayoutSchema = lazySchema(() => z
  .object({
    /** The size the overrides were made at; when the export size differs they are scaled. */
    width: z.number().int().min(1).max(LIMITS.maxCanvasSide).optional(),
    height: z.number().int().min(1).max(LIMITS.maxCanvasSide).optional(),
    elements: z
      .record(idSchema, layoutOverrideSchema)
      .refine((r) => Object.keys(r).length <= LIMITS.maxElements, `at most ${LIMITS.maxElements} adjusted elements`),
  })
  .strict());
export type SizeLayout = z.infer<typeof sizeLayoutSchema>;

const languageTexts = lazySchema(() => z.partialRecord(languageSchema, z.string().max(LIMITS.maxTextLength)));
const manyAtMost = (n: number) => (r: Record<string, unknown>) => Object.keys(r).length <= n;

/** The template a design was made from, and its sample content (core/templates/fill-check). */
export const originSchema = lazySchema(() => z
  .object({
    templateId: z.string().min(1).max(LIMITS.maxIdLength),
    /** The template's name in each language, for the template bar. */
    name: z.partialRecord(languageSchema, z.string().max(LIMITS.maxNameLength)).default({}),
    /** True for the user's own templates: they may switch to author mode. Others need "Edit a copy". */
    owned: z.boolean().default(false),
    /** Each text slot's sample words per language, by element id. */
    texts: z.record(idSchema, languageTexts).refine(manyAtMost(LIMITS.maxElements), `at most ${LIMITS.maxElements} slots`).default({}),
    /** Each photo slot's sample image, by element id. */
    photos: z.record(idSchema, idSchema).refine(manyAtMost(LIMITS.maxElements), `at most ${LIMITS.maxElements} slots`).default({}),
    /** The sample alt text per language. */
    altText: z.partialRecord(languageSchema, z.string().max(LIMITS.maxAltTextLength)).default({}),
  })
  .strict());
export type DesignOrigin = z.infer<typeof originSchema>;

export const designSchema = lazySchema(() => z
  .object({
    version: z.literal(CURRENT_VERSION),
    id: idSchema,
    name: z.string().max(LIMITS.maxNameLength).default(''),
    width: z.number().int().min(1).max(LIMITS.maxCanvasSide),
    height: z.number().int().min(1).max(LIMITS.maxCanvasSide),
    background: backgroundSchema.default({ color: '#ffffff' }),
    elements: z.array(elementSchema).max(LIMITS.maxElements),
    assets: z.record(idSchema, assetSchema).default({}),
    brandKitId: idSchema.nullable().default(null),
    language: languageSchema.default('en'),
    altText: z.partialRecord(languageSchema, z.string().max(LIMITS.maxAltTextLength)).default({}),
    /**
     * Alt text written from the slots: `{id}` stands for that text element's words in the
     * language. Used whenever the design has no alt text of its own in that language.
     */
    altPattern: z.partialRecord(languageSchema, z.string().max(LIMITS.maxAltTextLength)).optional(),
    /** Set when the design was opened from a template: what it held then, to tell filled-in from sample. */
    origin: originSchema.optional(),
    /** Bulk create's sheet and column mapping, saved for the next run. */
    bulk: bulkDataSchema.optional(),
    /** The timeline when the design moves (entrances, keyframes, an animated photo); absent for a still. */
    motion: motionSchema.optional(),
    /** Per-export-size hand adjustments, keyed by preset id. */
    layouts: z
      .record(idSchema, sizeLayoutSchema)
      .refine((r) => Object.keys(r).length <= 200, 'at most 200 size layouts')
      .optional(),
  })
  .strict());

export type Design = z.infer<typeof designSchema>;
/** What a caller may pass before defaults are filled in. */
export type DesignInput = z.input<typeof designSchema>;
