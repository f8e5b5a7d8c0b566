// Konva nodes built to be drawn once (builder.ts: exports, thumbnails, motion frames), made with
// less work than the editor's long-lived nodes. Same attributes, same pixels: the savings are in
// how Konva is fed, not in what it draws. Busy designs (hundreds of labels) spend most of their
// JavaScript here, once per exported size.
import Konva from 'konva';
import { quotedFamilies } from '../fonts/font-string';
import { DrawnGroup, fillsAndStrokesPlainly } from './drawn-runs';

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

// The config makeDrawnNode made for the node it is building: a fresh object no one else holds.
let ownedConfig: Record<string, unknown> | null = null;

/**
 * While Konva builds a node, its setters only store each value: nothing listens yet, the node has
 * no parent to redraw and no cache to clear. A drawn node is given its attributes in one pass instead
 * of one setter per attribute, each found by a name built at run time. Only for classes whose setters
 * store the value as given (an ellipse's width and height set its radii, so it keeps Konva's way).
 */
function storeWhileBuilding(node: Konva.Node, config: Record<string, unknown> | undefined): boolean {
  if (node._shouldFireChangeEvents || !config) return false;
  // A point (a gradient's ends, scale, offset) is stored by Konva's setter as one attribute per
  // component (fillLinearGradientStartPointX, ...): such a config goes through the setters.
  for (const key in config) {
    const value = config[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return false;
  }
  if (config === ownedConfig) {
    // Made for this node alone, with no empty values: kept as its attributes rather than copied.
    ownedConfig = null;
    node.attrs = config;
    return true;
  }
  const attrs = node.attrs as Record<string, unknown>;
  for (const key in config) {
    const value = config[key];
    // As Konva's _setAttr: no value is no attribute.
    if (value !== undefined && value !== null) attrs[key] = value;
  }
  return true;
}

// The text being laid out, and the last line it measured: Konva measures each line that fits
// twice (to test it, then to keep it), with the same font.
let layingOut: DrawnText | null = null;
let lastLine: { text: string; width: number } | null = null;

/**
 * Konva's Text built with less work: given its attributes in one pass, each line that fits measured
 * once, the 'M' sample shared across the texts of one drawing, and its CSS font written as Konva
 * writes it but with the family list quoted once per list (Konva quotes it again each of the four
 * times a text asks).
 */
export class DrawnText extends Konva.Text {
  override setAttrs(config?: Konva.TextConfig): this {
    // Text's own setter turns a non-string text into a string; only a string is stored as given.
    if (typeof config?.text === 'string' && storeWhileBuilding(this, config as Record<string, unknown>)) return this;
    return super.setAttrs(config);
  }

  override _setTextData(): void {
    // Marks which text is laying out (the memo must not answer another's), not an alias to use.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    layingOut = this;
    lastLine = null;
    try {
      super._setTextData();
    } finally {
      layingOut = null;
      lastLine = null;
    }
  }

  override _getTextWidth(text: string, graphemes?: number): number {
    const remembered = layingOut === this && graphemes === undefined;
    if (remembered && lastLine?.text === text) return lastLine.width;
    const width = super._getTextWidth(text, graphemes);
    if (remembered) lastLine = { text, width };
    return width;
  }

  // The last CSS font written and what it was written from: a text asks four times per drawing.
  private declare fontMemo?: { style: string; variant: string; size: number; family: string; css: string };

  override _getContextFont(): string {
    const style = this.fontStyle();
    const variant = this.fontVariant();
    const size = this.fontSize();
    const family = this.fontFamily();
    const memo = this.fontMemo;
    if (memo && memo.size === size && memo.family === family && memo.style === style && memo.variant === variant) return memo.css;
    const css = `${style} ${variant} ${size}px ${quotedFamilies(family)}`;
    this.fontMemo = { style, variant, size, family, css };
    return css;
  }

  /**
   * Konva's text drawing sets state through setAttr, except for decorations, a custom scene,
   * per-character callbacks, and letter spacing on right-to-left text: the one case where it writes
   * letterSpacing, which a run could not put back (@napi-rs/canvas reads it as '' after a save).
   */
  drawsInRun(): boolean {
    if (this.attrs.sceneFunc || this.charRenderFunc() || this.textDecoration() !== '') return false;
    return !(this.direction() === 'rtl' && this.letterSpacing() !== 0) && fillsAndStrokesPlainly(this);
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

/** Konva's Rect, given its attributes in one pass while it is built. */
export class DrawnRect extends Konva.Rect {
  override setAttrs(config?: Konva.RectConfig): this {
    if (storeWhileBuilding(this, config as Record<string, unknown> | undefined)) return this;
    return super.setAttrs(config);
  }

  /** Konva's rectangle drawing sets state through setAttr, unless the rectangle has a scene of its own. */
  drawsInRun(): boolean {
    return !this.attrs.sceneFunc && fillsAndStrokesPlainly(this);
  }
}

export { DrawnGroup };

const NODE_CLASSES = { Text: DrawnText, Rect: DrawnRect, Ellipse: Konva.Ellipse, Shape: Konva.Shape, Group: DrawnGroup } as const;
export type DrawnClassName = keyof typeof NODE_CLASSES;

// Konva's own default of each attribute, by class, read from a blank node. An attribute equal to
// its default changes nothing and is left out: for ellipses, custom shapes and groups that is one
// setter call fewer each (Konva sets them up one setter per attribute, found by name); texts and
// rects store fewer attributes. Width and height are computed by some getters (a text's width is
// its text's), so they are always passed.
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
  let empty = false;
  for (const key in attrs) {
    const value = attrs[key];
    if (value === undefined || value === defaultOf(className, key)) continue;
    given[key] = value;
    empty ||= value === null;
  }
  // A null is no attribute to Konva: such a config is copied without it.
  ownedConfig = empty ? null : given;
  try {
    return new NODE_CLASSES[className](given as never);
  } finally {
    ownedConfig = null;
  }
}

/**
 * Lets a drawn tree go. Konva's destroy fires an event on every node, looks for drags, clears each
 * node's caches and asks its layer to redraw: work for nodes on a stage, which drawn ones never are.
 * The one reference Konva keeps to a shape outside its tree is its hit color in the shape registry;
 * taking that out is all a drawn tree needs to be collected.
 */
export function dropDrawnTree(node: Konva.Node): void {
  const children = (node as Konva.Container).children;
  if (children) {
    for (const child of children) dropDrawnTree(child);
    return;
  }
  const key = (node as Konva.Shape).colorKey;
  if (key !== undefined && Konva.shapes[key] === node) delete Konva.shapes[key];
}
