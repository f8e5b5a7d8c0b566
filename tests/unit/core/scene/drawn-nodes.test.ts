// Nodes built to be drawn once (core/scene/drawn-nodes.ts) are fed to Konva with less work; they
// must come out exactly as Konva's own nodes fed every attribute would.
import Konva from 'konva';
import { describe, expect, it, vi } from 'vitest';
import { createImageElement, createShapeElement, createTextElement, type Element } from '../../../../core/model';
import { elementNodeSpec, literalColors, type SceneContext } from '../../../../core/scene';
import { renderDesignToCanvas, sceneCanvasFor } from '../../../../core/scene/builder';
import { DrawnGroup, DrawnText, dropDrawnTree, makeDrawnNode, withSharedTextMetrics } from '../../../../core/scene/drawn-nodes';
import { drawRunScene, RUN_SCENE_SIZE } from '../../../fixtures/drawn-runs-scene';
import { createNodeMeasurer } from '../../../../cli/fonts-node';
import { design, makeImage, pixelsOf, setupNodeScene } from './node-scene';

const elements = (): Element[] => [
  createShapeElement({ id: 'band', shape: 'rect', x: 0, y: 300, width: 600, height: 100, fill: '#e63946', cornerRadius: 12, opacity: 0.8 }),
  createShapeElement({ id: 'ring', shape: 'ellipse', x: 420, y: 20, width: 140, height: 140, fill: '#ffd60a', stroke: '#1d3557', strokeWidth: 6, rotation: 15 }),
  createImageElement({ id: 'photo', x: 30, y: 200, width: 160, height: 90, assetId: 'photo', cornerRadius: 10 }),
  createTextElement({ id: 'meme', x: 20, y: 20, width: 380, height: 150, text: 'RENT STRIKE', fontFamily: 'Anton', fontSize: 70, fill: '#ffffff', stroke: '#000000', strokeWidth: 6, align: 'center', shadow: { color: '#000000', blur: 4, offsetX: 3, offsetY: 3 } }),
  createTextElement({ id: 'chip', x: 220, y: 200, width: 300, height: 60, text: 'Saturday · City Hall', fontFamily: 'Inter', fontSize: 28, fill: '#1d3557', fontWeight: 'bold', italic: true, highlight: { color: '#ffffff', padding: 6, radius: 8 } }),
  createTextElement({ id: 'label', x: 40, y: 320, width: 60, height: 40, text: '#7', fontSize: 22, fill: '#ffffff', letterSpacing: 2, opacity: 0.9 }),
  createTextElement({ id: 'para', x: 330, y: 250, width: 150, height: 60, text: 'Tenants united will never be defeated', fontSize: 16, fill: '#ffd60a' }),
  createTextElement({ id: 'rtl', x: 260, y: 320, width: 300, height: 60, text: 'العمال متحدون', fontSize: 30, fill: '#ffffff', align: 'right' }),
];

function context(d: ReturnType<typeof design>): SceneContext {
  const photo = makeImage(160, 90, (c) => {
    c.fillStyle = '#2a9d8f';
    c.fillRect(0, 0, 160, 90);
    c.fillStyle = '#264653';
    c.fillRect(40, 20, 60, 50);
  });
  return { language: d.language, color: literalColors, images: new Map([['photo', photo]]), assets: { photo: { mime: 'image/png', name: 'photo', width: 160, height: 90 } }, measure: createNodeMeasurer() };
}

/** The design drawn the plain way: a Konva node of the kind's class with every attribute of its spec. */
function drawnWithKonvasOwnNodes(d: ReturnType<typeof design>, ctx: SceneContext) {
  const target = sceneCanvasFor(d.width, d.height, 1);
  const root = new Konva.Group();
  root.add(new Konva.Rect({ x: 0, y: 0, width: d.width, height: d.height, fill: ctx.color(d.background.color) }));
  for (const el of d.elements) {
    const spec = elementNodeSpec(el, ctx);
    root.add(new Konva[spec.className](spec.attrs as never) as Konva.Shape);
  }
  root.drawScene(target);
  root.destroy();
  return pixelsOf(target._canvas as unknown as Parameters<typeof pixelsOf>[0]);
}

describe('nodes built to be drawn once', () => {
  it('draw every kind exactly as Konva\'s own nodes given every attribute: outline, shadow, highlight, letter spacing, right-to-left', () => {
    setupNodeScene();
    const d = design(elements(), { width: 600, height: 400 }, '#3a3a3a');
    const ctx = context(d);
    const ours = pixelsOf(renderDesignToCanvas(d, ctx) as unknown as Parameters<typeof pixelsOf>[0]);
    const plain = drawnWithKonvasOwnNodes(d, ctx);
    expect(ours.width).toBe(600);
    // Something was drawn (not two blank canvases), and not one byte differs.
    expect(new Set(ours.data).size).toBeGreaterThan(50);
    expect(Buffer.from(ours.data).equals(Buffer.from(plain.data))).toBe(true);
  });

  it('read back every attribute of the spec as Konva\'s own node does, with the defaults left out', () => {
    setupNodeScene();
    const d = design(elements(), { width: 600, height: 400 });
    const ctx = context(d);
    for (const el of d.elements) {
      const spec = elementNodeSpec(el, ctx);
      const ours = makeDrawnNode(spec.className, spec.attrs as Record<string, unknown>) as unknown as Record<string, () => unknown> & Konva.Node;
      const plain = new Konva[spec.className](spec.attrs as never) as unknown as Record<string, () => unknown> & Konva.Node;
      for (const key of Object.keys(spec.attrs)) {
        if (typeof plain[key] !== 'function') continue;
        expect(ours[key]!(), `${el.id}.${key}`).toEqual(plain[key]!());
      }
      // Fewer attributes were set: the ones equal to Konva's defaults (rotation 0, opacity 1, ...).
      expect(Object.keys(ours.attrs).length, el.id).toBeLessThan(Object.keys(spec.attrs).length);
    }
  });

  it('store a point (a gradient\'s ends) as Konva\'s setter does, one attribute per component', () => {
    setupNodeScene();
    const config = { width: 70, height: 40, fillLinearGradientStartPoint: { x: 3, y: 4 }, fillLinearGradientEndPoint: { x: 70, y: 0 }, fillLinearGradientColorStops: [0, '#e63946', 1, '#1d3557'] };
    const ours = makeDrawnNode('Rect', config) as Konva.Rect;
    expect(ours.fillLinearGradientStartPoint()).toEqual({ x: 3, y: 4 });
    expect(ours.fillLinearGradientEndPoint()).toEqual({ x: 70, y: 0 });
    expect(ours.attrs).toEqual(new Konva.Rect(config).attrs);
  });

  it('write the CSS font as Konva does, quoting family names with spaces', () => {
    setupNodeScene();
    const cases: Konva.TextConfig[] = [
      { fontFamily: 'Inter', fontSize: 16 },
      { fontFamily: 'Open Sans, "Noto Sans Arabic", Noto Color Emoji, sans-serif', fontSize: 29.625, fontStyle: 'italic bold' },
      { fontFamily: "'Single Quoted' Face, Two Words", fontSize: 12, fontVariant: 'small-caps' },
      { fontFamily: ' Padded Name ,x', fontSize: 100, fontStyle: 'bold' },
    ];
    for (const config of cases) {
      const ours = new DrawnText(config)._getContextFont();
      expect(ours).toBe(new Konva.Text(config)._getContextFont());
    }
  });

  it('measure the sample letter once per font within one drawing, and afresh in the next', () => {
    setupNodeScene();
    const spy = vi.spyOn(Konva.Text.prototype, 'measureSize');
    try {
      const texts = (size: number) => Array.from({ length: 6 }, () => new DrawnText({ text: 'Vote', fontFamily: 'Inter', fontSize: size }));
      withSharedTextMetrics(() => {
        const nodes = [...texts(20), ...texts(30)];
        for (const node of nodes) node.measureSize('M');
        // Other strings are always measured.
        nodes[0]!.measureSize('Vote');
      });
      const sampled = spy.mock.calls.filter(([text]) => text === 'M').length;
      // Making 12 texts and asking each again: two fonts, so two measurements of 'M'.
      expect(sampled).toBe(2);
      expect(spy.mock.calls.filter(([text]) => text === 'Vote').length).toBe(1);
      spy.mockClear();
      withSharedTextMetrics(() => texts(20));
      expect(spy.mock.calls.filter(([text]) => text === 'M').length).toBe(1);
      // Outside a drawing (the editor's nodes), nothing is shared.
      spy.mockClear();
      texts(20);
      expect(spy.mock.calls.filter(([text]) => text === 'M').length).toBe(6);
    } finally {
      spy.mockRestore();
    }
  });

  it('are given their attributes in one pass while built, and through Konva\'s setters once built', () => {
    setupNodeScene();
    const setFontSize = vi.spyOn(Konva.Text.prototype as unknown as { setFontSize(size: number): unknown }, 'setFontSize');
    const setCornerRadius = vi.spyOn(Konva.Rect.prototype as unknown as { setCornerRadius(radius: number): unknown }, 'setCornerRadius');
    try {
      const text = makeDrawnNode('Text', { text: 'Rent strike now', fontFamily: 'Inter', fontSize: 20, width: 400, height: 200 }) as Konva.Text;
      const rect = makeDrawnNode('Rect', { width: 40, height: 40, cornerRadius: 8 }) as Konva.Rect;
      expect(setFontSize).not.toHaveBeenCalled();
      expect(setCornerRadius).not.toHaveBeenCalled();
      expect(text.fontSize()).toBe(20);
      expect(rect.cornerRadius()).toBe(8);
      const width = text.getTextWidth();
      expect(width).toBeGreaterThan(50);
      // Once built, a change goes through Konva's setter, and the text is laid out again.
      text.fontSize(40);
      expect(setFontSize).toHaveBeenCalledTimes(1);
      expect(text.getTextWidth()).toBeGreaterThan(width * 1.5);
      text.width(120);
      expect(text.textArr.length).toBeGreaterThan(1);
      rect.cornerRadius(4);
      expect(setCornerRadius).toHaveBeenCalledTimes(1);
    } finally {
      setFontSize.mockRestore();
      setCornerRadius.mockRestore();
    }
    // A text given as a number is stored as a string, as Konva's own setter does.
    expect((makeDrawnNode('Text', { text: 7, width: 50, height: 20 }) as Konva.Text).text()).toBe('7');
  });

  it('keep no hold on the attributes they were made from, and no empty value among their own', () => {
    setupNodeScene();
    const spec: Record<string, unknown> = { text: 'Vote', fontFamily: 'Inter', fontSize: 20, width: 100, height: 30, fill: '#e63946' };
    const text = makeDrawnNode('Text', spec) as Konva.Text;
    spec.fontSize = 60;
    spec.fill = '#000000';
    expect([text.fontSize(), text.fill()]).toEqual([20, '#e63946']);
    expect(text.attrs).not.toBe(spec);
    // Konva stores no attribute for a null, and neither does a drawn node.
    const rect = makeDrawnNode('Rect', { width: 40, height: 20, fill: '#1d3557', stroke: null }) as Konva.Rect;
    expect(Object.keys(rect.attrs).sort()).toEqual(['fill', 'height', 'width']);
    expect(Object.keys(new Konva.Rect({ width: 40, height: 20, fill: '#1d3557', stroke: null as never }).attrs).sort()).toEqual(['fill', 'height', 'width']);
  });

  it('measure each line that fits once while laying a text out, and break lines as Konva does', () => {
    setupNodeScene();
    const spy = vi.spyOn(Konva.Text.prototype, '_getTextWidth');
    try {
      const config = { text: 'Vote\nSaturday', fontFamily: 'Inter', fontSize: 20, width: 400, height: 100 };
      const ours = new DrawnText(config);
      expect(spy.mock.calls.map(([line]) => line)).toEqual(['Vote', 'Saturday']);
      spy.mockClear();
      const plain = new Konva.Text(config);
      // Konva measures each of them twice.
      expect(spy.mock.calls.map(([line]) => line)).toEqual(['Vote', 'Vote', 'Saturday', 'Saturday']);
      expect(ours.textArr).toEqual(plain.textArr);
      for (const wrapped of [
        { text: 'Tenants united will never be defeated', fontFamily: 'Inter', fontSize: 20, width: 120, height: 200 },
        { text: 'Tenants united will never be defeated', fontFamily: 'Inter', fontSize: 20, width: 120, height: 50, ellipsis: true },
        { text: 'Huelga de alquileres', fontFamily: 'Inter', fontSize: 20, width: 90, height: 200, letterSpacing: 3 },
      ]) {
        const lines = new DrawnText(wrapped).textArr;
        expect(lines.length, wrapped.text).toBeGreaterThan(1);
        expect(lines).toEqual(new Konva.Text(wrapped).textArr);
      }
    } finally {
      spy.mockRestore();
    }
  });
});

describe('runs of plain shapes', () => {
  it.each([1, 2, 1.5])('at %sx, come out exactly as Konva draws each shape in a save of its own, with far fewer saves', (pixelRatio) => {
    setupNodeScene();
    const ours = drawRunScene(true, pixelRatio);
    const plain = drawRunScene(false, pixelRatio);
    expect(ours.data.length).toBe(RUN_SCENE_SIZE.width * RUN_SCENE_SIZE.height * 4 * pixelRatio * pixelRatio);
    expect(new Set(ours.data).size).toBeGreaterThan(50);
    expect(Buffer.from(ours.data).equals(Buffer.from(plain.data))).toBe(true);
    // Konva saves once per shape and once per text line; runs save once each, around each of the
    // shapes drawn Konva's way (a shadow, an ellipse, a buffered outline).
    expect(plain.saves).toBeGreaterThan(70);
    expect(ours.saves).toBeLessThan(15);
  });

  it('leave the context as Konva left it: its own methods back, nothing saved', () => {
    setupNodeScene();
    const target = sceneCanvasFor(100, 100, 1);
    const context = target.getContext();
    const root = new DrawnGroup();
    root.add(makeDrawnNode('Rect', { width: 40, height: 40, fill: '#e63946', opacity: 0.5, lineJoin: 'round' }) as Konva.Rect);
    root.add(makeDrawnNode('Text', { text: 'Vote', fontFamily: 'Inter', fontSize: 20, width: 80, height: 30, direction: 'rtl' }) as Konva.Text);
    root.drawScene(target);
    expect(Object.keys(context)).not.toContain('setAttr');
    expect(Object.keys(context)).not.toContain('save');
    const native = context._context as CanvasRenderingContext2D;
    expect([native.globalAlpha, native.lineJoin, native.direction, native.getTransform().a]).toEqual([1, 'miter', 'ltr', 1]);
    root.destroy();
  });

  it('write a stroke\'s join only for shapes that stroke, and a direction only before text', () => {
    setupNodeScene();
    const target = sceneCanvasFor(200, 100, 1);
    const native = target.getContext()._context as CanvasRenderingContext2D;
    const writes: string[] = [];
    for (const prop of ['lineJoin', 'direction'] as const) {
      const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(native), prop)!;
      Object.defineProperty(native, prop, {
        configurable: true,
        get: () => own.get!.call(native),
        set: (v) => (writes.push(`${prop}=${v}`), own.set!.call(native, v)),
      });
    }
    const root = new DrawnGroup();
    // Labels with a round join and no stroke, badges between them (as the export bench's grid).
    for (let i = 0; i < 6; i++) {
      root.add(makeDrawnNode('Rect', { x: i * 30, width: 24, height: 20, fill: '#1d3557', cornerRadius: 4 }) as Konva.Rect);
      root.add(makeDrawnNode('Text', { x: i * 30, y: 30, text: `${i}`, fontFamily: 'Inter', fontSize: 12, width: 24, height: 16, lineJoin: 'round', direction: i === 0 ? 'rtl' : 'ltr' }) as Konva.Text);
    }
    root.add(makeDrawnNode('Rect', { x: 10, y: 60, width: 60, height: 30, fill: '#ffd60a', stroke: '#000000', strokeWidth: 4, lineJoin: 'bevel' }) as Konva.Rect);
    root.add(makeDrawnNode('Rect', { x: 100, y: 60, width: 60, height: 30, fill: '#ffd60a', stroke: '#000000', strokeWidth: 4 }) as Konva.Rect);
    root.drawScene(target);
    // The one join each stroke needs and the put-back before the second; the first text's
    // direction and the put-back before the second text, none around the rectangles.
    expect(writes).toEqual(['direction=rtl', 'direction=ltr', 'lineJoin=bevel', 'lineJoin=miter']);
    dropDrawnTree(root);
  });

  it('let a drawn design go without leaving its shapes in Konva\'s registry of hit colors', () => {
    setupNodeScene();
    const editorShape = new Konva.Rect({ width: 10, height: 10 });
    const before = Object.keys(Konva.shapes).length;
    const d = design(elements());
    renderDesignToCanvas(d, context(d), 1);
    renderDesignToCanvas(d, context(d), 2);
    expect(Object.keys(Konva.shapes)).toHaveLength(before);
    // A shape drawn elsewhere keeps its place.
    expect(Konva.shapes[editorShape.colorKey]).toBe(editorShape);
    editorShape.destroy();
  });
});

