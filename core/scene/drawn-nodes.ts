// Konva nodes built to be drawn once (builder.ts: exports, thumbnails, motion frames), made with
// less work than the editor's long-lived nodes. Same attributes, same pixels: the savings are in
// how Konva is fed, not in what it draws. Busy designs (hundreds of labels) spend most of their
// JavaScript here, once per exported size.
import Konva from 'konva';
import { quotedFamilies } from '../fonts/font-string';

type TextMetrics = ReturnType<Konva.Text['measureSize']>;

// Metrics of 'M' by CSS font, for one drawing: Konva measures 'M' for every text's baseline, when
// it lays the text out and again when it draws it. Fonts do not change during one synchronous
// drawing, so a drawing's own table cannot go stale; it is dropped when the drawing ends.
let sampleMetrics: Map<string, TextMetrics> | null = null;

/** Runs `draw` (building and drawing nodes, synchronously) with 'M' measured once per font. */
export function withSharedTextMetrics<T>(draw: () => T): T {
  if (sampleMetrics) return draw();
  sampleMetrics = new Map();
  try {
    return draw();
  } finally {
    sampleMetrics = null;
  }
}

/**
 * Konva's Text with the 'M' sample shared across the texts of one drawing, and its CSS font written
 * as Konva writes it but with the family list quoted once per list (Konva quotes it again each of
 * the four times a text asks).
 */
export class DrawnText extends Konva.Text {
  override _getContextFont(): string {
    return `${this.fontStyle()} ${this.fontVariant()} ${this.fontSize()}px ${quotedFamilies(this.fontFamily())}`;
  }

  override measureSize(text: string): TextMetrics {
    if (text !== 'M' || !sampleMetrics) return super.measureSize(text);
    const font = this._getContextFont();
    let metrics = sampleMetrics.get(font);
    if (!metrics) {
      metrics = super.measureSize(text);
      sampleMetrics.set(font, metrics);
    }
    return metrics;
  }
}

const NODE_CLASSES = { Text: DrawnText, Rect: Konva.Rect, Ellipse: Konva.Ellipse, Shape: Konva.Shape, Group: Konva.Group } as const;
export type DrawnClassName = keyof typeof NODE_CLASSES;

// Konva's own default of each attribute, by class, read from a blank node. Konva sets a node up
// one setter per attribute, found by name, which is most of the cost of making a text; an
// attribute equal to its default changes nothing and is left out. Width and height are computed
// by some getters (a text's width is its text's), so they are always passed.
const ALWAYS_PASSED = new Set(['width', 'height']);
const NO_DEFAULT = Symbol('no default');
const defaults = new Map<DrawnClassName, { blank: Konva.Node; byKey: Map<string, unknown> }>();

function defaultOf(className: DrawnClassName, key: string): unknown {
  let table = defaults.get(className);
  if (!table) {
    table = { blank: new NODE_CLASSES[className](), byKey: new Map() };
    defaults.set(className, table);
  }
  if (table.byKey.has(key)) return table.byKey.get(key);
  const blank = table.blank as unknown as Record<string, unknown> & { attrs: Record<string, unknown> };
  const getter = blank[key];
  const value = !ALWAYS_PASSED.has(key) && blank.attrs[key] === undefined && typeof getter === 'function' && getter.length === 0 ? (getter as () => unknown).call(blank) : NO_DEFAULT;
  // Only plain values compare by identity; an object default (a gradient's stops) is always passed.
  const kept = value !== null && typeof value === 'object' ? NO_DEFAULT : value;
  table.byKey.set(key, kept);
  return kept;
}

/** A new node of `className` with `attrs`, leaving out what is undefined or already Konva's default. */
export function makeDrawnNode(className: DrawnClassName, attrs: Record<string, unknown>): Konva.Node {
  const given: Record<string, unknown> = {};
  for (const key in attrs) {
    const value = attrs[key];
    if (value === undefined || value === defaultOf(className, key)) continue;
    given[key] = value;
  }
  return new NODE_CLASSES[className](given as never);
}
