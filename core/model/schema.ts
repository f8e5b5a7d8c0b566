// The design document, version 1, as zod schemas. Types are inferred from the schemas
// so that validation and the TypeScript view of a design can never disagree.
import { z } from 'zod';

export const CURRENT_VERSION = 1 as const;

/** Hard limits for untrusted documents; generous for real use, fatal for abuse. */
export const LIMITS = {
  maxCanvasSide: 8192,
  maxElements: 2000,
  maxGroupDepth: 16,
  maxTextLength: 20_000,
  maxNameLength: 200,
  maxAltTextLength: 5_000,
  maxIdLength: 128,
} as const;

export const LANGUAGES = ['en', 'es'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

const finite = z.number().finite();
const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.maxIdLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids may only contain letters, digits, "_" and "-"');

/** A CSS-style color: #rgb, #rrggbb, #rrggbbaa, or the word "transparent". */
export const colorSchema = z
  .string()
  .regex(/^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|transparent)$/, 'expected a color like #1a2b3c');

/** A color may be literal or a brand token such as { token: "brand.primary" }. */
export const colorValueSchema = z.union([
  colorSchema,
  z.object({ token: z.string().regex(/^brand\.[A-Za-z0-9_-]+$/), fallback: colorSchema }).strict(),
]);
export type ColorValue = z.infer<typeof colorValueSchema>;

export const lockSchema = z
  .object({
    move: z.boolean().default(false),
    resize: z.boolean().default(false),
    delete: z.boolean().default(false),
    content: z.boolean().default(false),
    style: z.boolean().default(false),
  })
  .strict();
export type Locks = z.infer<typeof lockSchema>;
export const UNLOCKED: Locks = { move: false, resize: false, delete: false, content: false, style: false };

const slotTextSchema = z.partialRecord(languageSchema, z.string().max(LIMITS.maxNameLength));
export const slotSchema = z
  .object({
    kind: z.enum(['text', 'photo']),
    label: slotTextSchema.default({}),
    hint: slotTextSchema.default({}),
  })
  .strict();
export type Slot = z.infer<typeof slotSchema>;

/** How an element follows the canvas when the design is adapted to another size (core/layout/adapt). */
export const anchorSchema = z
  .object({
    horizontal: z.enum(['left', 'right', 'center', 'stretch', 'scale']).default('scale'),
    vertical: z.enum(['top', 'bottom', 'center', 'stretch', 'scale']).default('scale'),
  })
  .strict();
export type Anchor = z.infer<typeof anchorSchema>;

const elementBase = {
  id: idSchema,
  name: z.string().max(LIMITS.maxNameLength).default(''),
  x: finite,
  y: finite,
  width: finite.min(0),
  height: finite.min(0),
  rotation: finite.default(0),
  opacity: z.number().min(0).max(1).default(1),
  visible: z.boolean().default(true),
  locks: lockSchema.default(UNLOCKED),
  /** Template slot: marks an element volunteers fill in, with a label and a hint per language. */
  slot: slotSchema.optional(),
  /** Absent means "scale" on both axes. */
  anchor: anchorSchema.optional(),
};

export const textAlignSchema = z.enum(['left', 'center', 'right']);

export const textShadowSchema = z
  .object({
    color: colorValueSchema.default('#000000'),
    blur: finite.min(0).max(200).default(8),
    offsetX: finite.min(-500).max(500).default(4),
    offsetY: finite.min(-500).max(500).default(4),
  })
  .strict();
export type TextShadow = z.infer<typeof textShadowSchema>;

export const textHighlightSchema = z
  .object({
    color: colorValueSchema.default('#ffde59'),
    padding: finite.min(0).max(500).default(8),
    radius: finite.min(0).max(500).default(6),
  })
  .strict();
export type TextHighlight = z.infer<typeof textHighlightSchema>;

export const textElementSchema = z
  .object({
    ...elementBase,
    type: z.literal('text'),
    text: z.string().max(LIMITS.maxTextLength),
    /** Per-language variants of `text`; the design's language picks one. */
    variants: z.partialRecord(languageSchema, z.string().max(LIMITS.maxTextLength)).default({}),
    fontFamily: z.string().min(1).max(100).default('Inter'),
    fontSize: finite.min(1).max(2000).default(48),
    fontWeight: z.union([z.literal('normal'), z.literal('bold')]).default('normal'),
    italic: z.boolean().default(false),
    fill: colorValueSchema.default('#111111'),
    align: textAlignSchema.default('left'),
    verticalAlign: z.enum(['top', 'middle', 'bottom']).default('top'),
    lineHeight: finite.min(0.5).max(4).default(1.2),
    letterSpacing: finite.min(-50).max(200).default(0),
    uppercase: z.boolean().default(false),
    stroke: colorValueSchema.default('#000000'),
    strokeWidth: finite.min(0).max(200).default(0),
    /** How text meets its box: shrink the font to fit, grow the box, or neither (absent = 'none'). */
    fit: z.enum(['shrink', 'grow', 'none']).optional(),
    /** Drop shadow of the whole text (outline included, cast once); absent = none. */
    shadow: textShadowSchema.optional(),
    /** Box drawn behind each line of text; absent = none. */
    highlight: textHighlightSchema.optional(),
    /** Base direction for right-to-left scripts (Arabic, Hebrew); absent = 'auto' (from the text). */
    direction: z.enum(['auto', 'ltr', 'rtl']).optional(),
  })
  .strict();

export const imageFitSchema = z.enum(['cover', 'contain', 'stretch']);

/** Part of the source image to show, as fractions of its size, so it holds for any resolution. */
export const imageCropSchema = z
  .object({
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
    width: z.number().gt(0).max(1),
    height: z.number().gt(0).max(1),
  })
  .strict()
  .refine((c) => c.x + c.width <= 1 + 1e-9 && c.y + c.height <= 1 + 1e-9, 'crop must stay inside the image');
export type ImageCrop = z.infer<typeof imageCropSchema>;

/** Neutral values: brightness/contrast/saturation 0 (range -1..1), grayscale 0..1, blur radius in px. */
export const imageFiltersSchema = z
  .object({
    brightness: z.number().min(-1).max(1).default(0),
    contrast: z.number().min(-1).max(1).default(0),
    saturation: z.number().min(-1).max(1).default(0),
    grayscale: z.number().min(0).max(1).default(0),
    blur: z.number().min(0).max(100).default(0),
  })
  .strict();
export type ImageFilters = z.infer<typeof imageFiltersSchema>;

export const imageElementSchema = z
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
  .strict();

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

export type TextElement = z.infer<typeof textElementSchema>;
export type ImageElement = z.infer<typeof imageElementSchema>;
export type ShapeElement = z.infer<typeof shapeElementSchema>;
export type RedactElement = z.infer<typeof redactElementSchema>;
export type GroupElement = z.infer<typeof elementBaseGroupSchema> & { children: Element[] };
export type Element = TextElement | ImageElement | ShapeElement | RedactElement | GroupElement;
export type ElementType = Element['type'];

const elementBaseGroupSchema = z.object({ ...elementBase, type: z.literal('group') }).strict();

export const elementSchema: z.ZodType<Element> = z.lazy(() =>
  z.discriminatedUnion('type', [
    textElementSchema,
    imageElementSchema,
    shapeElementSchema,
    redactElementSchema,
    elementBaseGroupSchema.extend({ children: z.array(elementSchema).max(LIMITS.maxElements) }).strict(),
  ]),
) as z.ZodType<Element>;

export const assetSchema = z
  .object({
    mime: z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml']),
    name: z.string().max(LIMITS.maxNameLength).default(''),
    width: z.number().int().min(1).max(100_000),
    height: z.number().int().min(1).max(100_000),
  })
  .strict();
export type AssetInfo = z.infer<typeof assetSchema>;

export const backgroundSchema = z
  .object({
    color: colorValueSchema.default('#ffffff'),
  })
  .strict();

/** A hand adjustment of one element for one export size; absolute values in that size's pixels. */
export const layoutOverrideSchema = z
  .object({ x: finite, y: finite, width: finite.min(0), height: finite.min(0), fontSize: finite.min(1).max(2000).optional() })
  .strict();
export const sizeLayoutSchema = z
  .object({
    /** The size the overrides were made at; when the export size differs they are scaled. */
    width: z.number().int().min(1).max(LIMITS.maxCanvasSide).optional(),
    height: z.number().int().min(1).max(LIMITS.maxCanvasSide).optional(),
    elements: z
      .record(idSchema, layoutOverrideSchema)
      .refine((r) => Object.keys(r).length <= LIMITS.maxElements, `at most ${LIMITS.maxElements} adjusted elements`),
  })
  .strict();
export type SizeLayout = z.infer<typeof sizeLayoutSchema>;

export const designSchema = z
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
    /** Per-export-size hand adjustments, keyed by preset id. */
    layouts: z
      .record(idSchema, sizeLayoutSchema)
      .refine((r) => Object.keys(r).length <= 200, 'at most 200 size layouts')
      .optional(),
  })
  .strict();

export type Design = z.infer<typeof designSchema>;
/** What a caller may pass before defaults are filled in. */
export type DesignInput = z.input<typeof designSchema>;
