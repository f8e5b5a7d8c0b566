// Runs of plain shapes drawn inside one canvas save. Konva saves and restores the whole canvas
// state around every shape it draws, and its text again around every line. In Chromium a
// save/restore pair costs about 3 us, more than filling a small rounded rectangle, so a busy design
// (hundreds of badges and labels) spends more on saving than on drawing, at every exported size.
// A group of drawn-once nodes draws each run of consecutive plain rectangles and texts inside one
// save: before each shape it puts back what Konva leaves to the save (the transform, and the
// properties Konva sets only when a shape differs from the canvas's own), and it writes a property
// only when the value changes. Every other call is Konva's own, in Konva's order: the same pixels.
import Konva from 'konva';
import type { Context } from 'konva/lib/Context';
import type { SceneCanvas } from 'konva/lib/Canvas';

/**
 * Canvas properties Konva writes only when a shape asks for something other than the canvas's own
 * value (lineJoin only when given, opacity only when not 1), trusting the save around the shape
 * before to have put them back. Every other property a plain shape draws with (fill and stroke
 * style, line width, font, text baseline and alignment) is written before each use.
 */
const PUT_BACK = new Set(['globalAlpha', 'globalCompositeOperation', 'lineJoin', 'miterLimit', 'lineCap', 'direction']);

/**
 * Of those, the ones only a stroke reads (a shape that does not stroke is drawn the same whatever
 * they are), and the one only text reads. A run leaves them as they are for a shape that cannot use
 * them: labels set a round join their fill never uses, and badges between them would put it back.
 */
const STROKE_ONLY = new Set(['lineJoin', 'miterLimit', 'lineCap']);
const TEXT_ONLY = new Set(['direction']);

/** A drawn-once shape that can say whether Konva draws it with the calls a run can stand in for. */
export interface RunnableShape extends Konva.Shape {
  /**
   * True when Konva's scene function for this shape writes canvas state only through setAttr, and
   * saves only around parts that change no transform and set no clip (checked per class).
   */
  drawsInRun(): boolean;
}

type Native = CanvasRenderingContext2D & Record<string, unknown>;
type Overridable = Context & { setAttr(attr: string, value: unknown): void; save(): void; restore(): void };

// Stands in for the context's save and restore while a shape in a run draws: its scene function's
// inner saves (one per text line) guard only properties it writes again before each use.
function noSave(): void {}

class Run {
  private readonly native: Native;
  /** The transform when the run began: each shape's own is applied onto it, as after a save. */
  private readonly base: DOMMatrix;
  /** The value before the run of each property in PUT_BACK the run wrote. */
  private readonly before = new Map<string, unknown>();
  /** The value the run last wrote, by property. */
  private readonly written = new Map<string, unknown>();

  constructor(private readonly context: Overridable) {
    context.save();
    this.native = (context as unknown as { _context: Native })._context;
    this.base = this.native.getTransform();
    context.setAttr = (attr, value) => this.set(attr, value);
    context.save = noSave;
    context.restore = noSave;
  }

  private set(attr: string, value: unknown): void {
    if (this.written.has(attr) && this.written.get(attr) === value) return;
    if (PUT_BACK.has(attr) && !this.before.has(attr)) this.before.set(attr, this.native[attr]);
    this.native[attr] = value;
    this.written.set(attr, value);
  }

  /** Draws `shape` as Konva's Shape.drawScene draws a shape with no cache, buffer or shadow. */
  draw(shape: Konva.Shape, top: Konva.Node | undefined): void {
    const context = this.context;
    const strokes = shape.hasStroke();
    const text = shape instanceof Konva.Text;
    for (const [attr, value] of this.before) {
      if ((strokes || !STROKE_ONLY.has(attr)) && (text || !TEXT_ONLY.has(attr))) this.set(attr, value);
    }
    const b = this.base;
    this.native.setTransform(b.a, b.b, b.c, b.d, b.e, b.f);
    if (strokes) {
      context._applyLineJoin(shape);
      context._applyMiterLimit(shape);
    }
    const o = shape.getAbsoluteTransform(top).getMatrix();
    context.transform(o[0]!, o[1]!, o[2]!, o[3]!, o[4]!, o[5]!);
    context._applyOpacity(shape);
    context._applyGlobalCompositeOperation(shape);
    shape.getSceneFunc().call(shape, context, shape);
  }

  /** Hands the context back to Konva as it was before the run. */
  end(): void {
    const context = this.context as unknown as Record<string, unknown>;
    delete context.setAttr;
    delete context.save;
    delete context.restore;
    this.context.restore();
  }
}

/** Whether Konva would draw `shape` on `canvas` with nothing but its scene function, inside a save. */
function drawsPlainly(shape: RunnableShape, canvas: SceneCanvas, top: Konva.Node | undefined): boolean {
  if (top === shape || shape._getCanvasCache() || !shape.getSceneFunc() || shape.hasShadow() || !shape.drawsInRun()) return false;
  // A shape Konva draws through a buffer (a stroked and filled shape at partial opacity) keeps Konva's way.
  return !(canvas.width && canvas.height && shape._useBufferCanvas(undefined, canvas.getContext()._getOpacity(shape)));
}

/**
 * Whether Konva fills and strokes `shape` writing canvas state only through setAttr: no pattern fill
 * (node-canvas's pattern quality is written directly), no dashes (setLineDash), and a stroke that
 * scales with the shape (an unscaled one sets its own transform inside a save).
 */
export function fillsAndStrokesPlainly(shape: Konva.Shape): boolean {
  if (shape.fillPatternImage()) return false;
  if (!shape.hasStroke()) return true;
  const dash = shape.dash();
  return shape.strokeScaleEnabled() && !(dash && dash.length > 0 && shape.dashEnabled());
}

const runnable = (node: Konva.Node): node is RunnableShape => typeof (node as Partial<RunnableShape>).drawsInRun === 'function';

/** Konva's Group, drawing its children's runs of plain shapes inside one save each. */
export class DrawnGroup extends Konva.Group {
  override _drawChildNodes(drawMethod: string, canvas: SceneCanvas, top: Konva.Node | undefined): void {
    // Hit drawing and isolated groups (drawn on a surface of their own) keep Konva's way.
    if (drawMethod !== 'drawScene' || (this.isolated() && top !== this) || !this.children) return super._drawChildNodes(drawMethod, canvas, top);
    let run: Run | null = null;
    try {
      for (const child of this.children) {
        if (runnable(child) && drawsPlainly(child, canvas, top)) {
          // An invisible shape draws nothing, as in Konva.
          if (!(top ? child._isVisible(top) : child.isVisible())) continue;
          run ??= new Run(canvas.getContext() as Overridable);
          run.draw(child, top);
          continue;
        }
        if (run) {
          run.end();
          run = null;
        }
        child.drawScene(canvas, top);
      }
    } finally {
      run?.end();
    }
  }
}
