// Builds a detached Konva tree for a design. The exporter and the CLI draw it to a canvas.
import Konva from 'konva';
import type { Design, Element } from '../model/schema';
import { groupAttrs, imageAttrs, redactAttrs, shapeAttrs, shapeClassOf, textAttrs, type SceneContext } from './attributes';

export function buildElementNode(el: Element, ctx: SceneContext): Konva.Node {
  switch (el.type) {
    case 'text':
      return new Konva.Text(textAttrs(el, ctx));
    case 'image':
      return new Konva.Shape(imageAttrs(el, ctx));
    case 'shape':
    {
      const kind = shapeClassOf(el);
      if (kind === 'Ellipse') return new Konva.Ellipse(shapeAttrs(el, ctx) as Konva.EllipseConfig);
      return kind === 'Rect' ? new Konva.Rect(shapeAttrs(el, ctx)) : new Konva.Shape(shapeAttrs(el, ctx));
    }
    case 'redact':
      return new Konva.Shape(redactAttrs(el));
    case 'group': {
      const group = new Konva.Group(groupAttrs(el));
      for (const child of el.children) group.add(buildElementNode(child, ctx) as Konva.Shape | Konva.Group);
      return group;
    }
  }
}

/** The whole design as one Konva group at the origin: background first, then elements in order. */
export function buildDesignNode(design: Design, ctx: SceneContext): Konva.Group {
  const root = new Konva.Group({ x: 0, y: 0, width: design.width, height: design.height });
  root.add(new Konva.Rect({ x: 0, y: 0, width: design.width, height: design.height, fill: ctx.color(design.background.color), listening: false }));
  for (const el of design.elements) root.add(buildElementNode(el, ctx) as Konva.Shape | Konva.Group);
  return root;
}

/** Draws the design at `pixelRatio` into a fresh canvas (an HTMLCanvasElement in browsers). */
export function renderDesignToCanvas(design: Design, ctx: SceneContext, pixelRatio = 1): HTMLCanvasElement {
  const root = buildDesignNode(design, ctx);
  try {
    return root.toCanvas({ x: 0, y: 0, width: design.width, height: design.height, pixelRatio });
  } finally {
    root.destroy();
  }
}
