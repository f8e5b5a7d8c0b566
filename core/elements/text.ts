// Text elements: the schema, a new one's defaults, the content lock's keys (the words), and the
// Konva mapping (fitted size, brand fonts, outline, shadow, highlight boxes, right-to-left).
import Konva from 'konva';
import { z } from 'zod';
import { colorValueSchema, elementBase, finite, languageSchema, LIMITS, newId, UNLOCKED } from '../model/primitives';
import type { Language } from '../model/primitives';
import { fitTextElement } from '../layout/text-fit';
import { fontFamilyOf, fontStyleOf } from '../fonts/font-string';
import { commonAttrs, nativeContext, type SceneContext } from '../scene/common';
import { drawHighlight, resolveDirection } from '../scene/text-extras';
import type { ElementKind } from './kind';
import { displayText } from './text-content';

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

export type TextElement = z.infer<typeof textElementSchema>;

const base = { name: '', rotation: 0, opacity: 1, visible: true };

export function createTextElement(init: Partial<TextElement> & Pick<TextElement, 'x' | 'y' | 'width' | 'height' | 'text'>): TextElement {
  return {
    ...base,
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

/** What fitting changes when drawn: the font size ('shrink') or the box height ('grow'). */
export function fittedTextBox(el: TextElement, ctx: SceneContext): { fontSize: number; height: number } {
  const measure = ctx.measure;
  if (!measure || !el.fit || el.fit === 'none') return { fontSize: el.fontSize, height: el.height };
  const fitted = fitTextElement(el, { language: ctx.language, measure, resolveFamily: (f) => ctx.fontFamily?.(f) ?? f });
  if (el.fit === 'shrink') return { fontSize: fitted.fontSize, height: el.height };
  return { fontSize: el.fontSize, height: Math.max(el.height, Math.ceil(fitted.height)) };
}

export function textAttrs(el: TextElement, ctx: SceneContext): Konva.TextConfig {
  const text = displayText(el, ctx.language);
  const box = fittedTextBox(el, ctx);
  // The outline keeps its proportion to the letters when fitting shrinks them (meme look: ~1/12).
  const strokeWidth = el.strokeWidth * (box.fontSize / el.fontSize);
  const shadow = el.shadow;
  const highlight = el.highlight;
  const highlightColor = highlight ? ctx.color(highlight.color) : undefined;
  return {
    ...commonAttrs(el),
    width: el.width,
    height: box.height,
    text,
    fontFamily: fontFamilyOf(ctx.fontFamily?.(el.fontFamily) ?? el.fontFamily),
    fontSize: box.fontSize,
    fontStyle: fontStyleOf(el),
    fill: ctx.color(el.fill),
    align: el.align,
    verticalAlign: el.verticalAlign,
    lineHeight: el.lineHeight,
    letterSpacing: el.letterSpacing,
    direction: resolveDirection(el.direction, text),
    wrap: 'word',
    ellipsis: false,
    stroke: ctx.color(el.stroke),
    strokeWidth,
    strokeEnabled: strokeWidth > 0,
    // Outline drawn under the fill keeps letters readable at meme-outline widths.
    fillAfterStrokeEnabled: true,
    lineJoin: 'round',
    // With outline and fill, Konva draws the text into a buffer and casts ONE shadow from it, so the
    // fill's shadow never lands on the outline.
    shadowEnabled: !!shadow,
    shadowColor: shadow ? ctx.color(shadow.color) : undefined,
    shadowBlur: shadow?.blur ?? 0,
    shadowOffsetX: shadow?.offsetX ?? 0,
    shadowOffsetY: shadow?.offsetY ?? 0,
    shadowOpacity: 1,
    perfectDrawEnabled: true,
    sceneFunc: highlight
      ? function (context, shape) {
          const native = nativeContext(context);
          drawHighlight(native, shape as Konva.Text, highlightColor!, highlight.padding, highlight.radius);
          // The box carries the shadow; the text on it does not cast a second one.
          native.shadowColor = 'rgba(0,0,0,0)';
          (Konva.Text.prototype as unknown as { _sceneFunc(c: Konva.Context): void })._sceneFunc.call(shape, context);
        }
      : undefined,
    hitFunc: highlight
      ? function (context, shape) {
          (Konva.Text.prototype as unknown as { _hitFunc(c: Konva.Context): void })._hitFunc.call(shape, context);
        }
      : undefined,
  } as Konva.TextConfig;
}

export const textKind: ElementKind<TextElement> = {
  type: 'text',
  schema: textElementSchema,
  contentKeys: ['text', 'variants'],
  konvaClass: () => 'Text',
  attrs: textAttrs,
};

export type { Language };
