// The ONE mapping from model elements to Konva node attributes. The editor's react-konva views
// and the exporter both call these functions, so what you see is what you export.
import Konva from 'konva';
import type { AssetInfo, Element, ImageElement, Language, RedactElement, ShapeElement, TextElement } from '../model/schema';
import { displayText } from '../model/defaults';
import { fontFamilyOf, fontStyleOf } from '../fonts/font-string';
import { fitTextElement, type Measure } from '../layout/text-fit';
import type { ColorResolver } from './colors';
import { drawImageElement, type FilterCache, type ImageProxies } from './image-draw';
import { drawRedaction } from './redact';
import { drawHighlight, resolveDirection } from './text-extras';
import { arrowPath, bubblePath, DEFAULT_STAR_POINTS, linePath, starPath } from './shape-paths';

export interface SceneContext {
  language: Language;
  color: ColorResolver;
  /** Decoded images by asset id; missing ones draw as a neutral placeholder. */
  images: ReadonlyMap<string, CanvasImageSource & { width: number; height: number }>;
  assets: Readonly<Record<string, AssetInfo>>;
  /** Measures text for fitting (a browser canvas, @napi-rs/canvas); without one, fitted text is drawn at its stored size. */
  measure?: Measure | undefined;
  /** Maps a stored family to a real one (brand font tokens like "brand.heading" through the kit). */
  fontFamily?: ((family: string) => string) | undefined;
  /** Downscaled copies of large images the editor draws while zoomed out. */
  imageProxies?: ImageProxies | undefined;
  /** Where filtered image renders are kept between redraws. */
  filterCache?: FilterCache | undefined;
}


/** Attributes every element's node shares: identity and placement. */
export function commonAttrs(el: Element): Konva.NodeConfig {
  return {
    id: el.id,
    name: `element element-${el.type}`,
    x: el.x,
    y: el.y,
    rotation: el.rotation,
    opacity: el.opacity,
    visible: el.visible,
  };
}

export { displayText } from '../model/defaults';
export { fontFamilyOf, fontStyleOf } from '../fonts/font-string';

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

/** Source rectangle (in image pixels) and destination rectangle (in element space) for a fit mode. */
/** The canvas 2D context under Konva's wrapper, for drawing code shared with plain canvases. */
function nativeContext(context: Konva.Context): CanvasRenderingContext2D {
  return (context as unknown as { _context: CanvasRenderingContext2D })._context;
}

/** Images and redaction boxes are hit anywhere inside their box, transparent pixels included. */
const boxHitFunc: Konva.ShapeConfig['hitFunc'] = (context, shape) => {
  context.beginPath();
  context.rect(0, 0, shape.width(), shape.height());
  context.closePath();
  context.fillStrokeShape(shape);
};

export function imageAttrs(el: ImageElement, ctx: SceneContext): Konva.ShapeConfig {
  const image = ctx.images.get(el.assetId);
  return {
    ...commonAttrs(el),
    width: el.width,
    height: el.height,
    sceneFunc(context, shape) {
      const native = nativeContext(context);
      drawImageElement(native, el, image, shape.width(), shape.height(), { proxies: ctx.imageProxies, filterCache: ctx.filterCache });
    },
    hitFunc: boxHitFunc,
  };
}

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

export function groupAttrs(el: Element): Konva.GroupConfig {
  return commonAttrs(el);
}
