// Text elements, the model: the schema, a new one's defaults and the content lock's keys (the words).
import { z } from 'zod';
import { lazySchema } from '../../model/lazy-schema';
import { colorValueSchema, elementBase, finite, languageSchema, LIMITS, NEW_ELEMENT, newId, UNLOCKED } from '../../model/primitives';
import type { ElementModel } from '../kind';

export const textAlignSchema = lazySchema(() => z.enum(['left', 'center', 'right']));

export const textShadowSchema = lazySchema(() => z
  .object({
    color: colorValueSchema.default('#000000'),
    blur: finite.min(0).max(200).default(8),
    offsetX: finite.min(-500).max(500).default(4),
    offsetY: finite.min(-500).max(500).default(4),
  })
  .strict());
export type TextShadow = z.infer<typeof textShadowSchema>;

export const textHighlightSchema = lazySchema(() => z
  .object({
    color: colorValueSchema.default('#ffde59'),
    padding: finite.min(0).max(500).default(8),
    radius: finite.min(0).max(500).default(6),
  })
  .strict());
export type TextHighlight = z.infer<typeof textHighlightSchema>;

export const textElementSchema = lazySchema(() => z
  .object({
    ...elementBase,
    type: z.literal('text'),
    text: z.string().max(LIMITS.maxTextLength),
    /** Per-language variants of `text`; the design's language picks one. */
    variants: z.partialRecord(languageSchema, z.string().max(LIMITS.maxTextLength)).default({}),
    /** 'disclaimer': the "Paid for by …" line from the brand kit; print checks hold it to 12 pt, inside the safe area. */
    role: z.enum(['disclaimer']).optional(),
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
  .strict());

export type TextElement = z.infer<typeof textElementSchema>;

export function createTextElement(init: Partial<TextElement> & Pick<TextElement, 'x' | 'y' | 'width' | 'height' | 'text'>): TextElement {
  return {
    ...NEW_ELEMENT,
    id: newId('text'),
    type: 'text',
    variants: {},
    fontFamily: 'Inter',
    fontSize: 48,
    fontWeight: 'normal',
    italic: false,
    fill: '#111111',
    align: 'left',
    verticalAlign: 'top',
    lineHeight: 1.2,
    letterSpacing: 0,
    uppercase: false,
    stroke: '#000000',
    strokeWidth: 0,
    ...init,
    locks: { ...UNLOCKED, ...init.locks },
  };
}

export const textModel: ElementModel<TextElement> = {
  type: 'text',
  schema: textElementSchema,
  contentKeys: ['text', 'variants'],
};
