// Text elements, drawn: fitted size, brand fonts, outline, shadow, highlight boxes, right-to-left.
import Konva from 'konva';
import { fitTextElement } from '../../layout/text-fit';
import { fontFamilyOf, fontStyleOf } from '../../fonts/font-string';
import { nativeContext, withCommonAttrs, type SceneContext } from '../../scene/common';
import { drawHighlight, resolveDirection } from '../../scene/text-extras';
import type { ElementScene } from '../kind';
import { displayText } from '../text-content';
import type { TextElement } from './model';

/** What fitting changes when drawn: the font size ('shrink') or the box height ('grow'). */
export function fittedTextBox(el: TextElement, ctx: SceneContext): { fontSize: number; height: number } {
  const measure = ctx.measure;
  if (!measure || !el.fit || el.fit === 'none') return { fontSize: el.fontSize, height: el.height };
  const hintKey = `${el.id}\u0000${ctx.language}`;
  const hint = ctx.fitHints?.get(hintKey);
  const fitted = fitTextElement(el, { language: ctx.language, measure, resolveFamily: (f) => ctx.fontFamily?.(f) ?? f, ...(hint !== undefined ? { hint } : {}) });
  if (el.fit === 'shrink') {
    if (ctx.fitHints) {
      if (ctx.fitHints.size > 4096) ctx.fitHints.clear();
      ctx.fitHints.set(hintKey, fitted.fontSize);
    }
    return { fontSize: fitted.fontSize, height: el.height };
  }
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
  // One literal with the common attributes written onto it, not spread into it: Node 20's V8 (the
  // CLI draws in Node) takes about 30 us to spread into a literal this large.
  return withCommonAttrs(el, {
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
  } as Konva.TextConfig);
}

export const textScene: ElementScene<TextElement> = {
  konvaClass: () => 'Text',
  attrs: textAttrs,
};
