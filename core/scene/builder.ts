// Builds a detached Konva tree for a design, each node drawn by its kind's mapping
// (core/elements). The exporter and the CLI draw it to a canvas.
import Konva from 'konva';
import type { Design } from '../model/schema';
import type { Element } from '../elements';
import { elementNodeSpec } from '../elements/scene';
import type { SceneContext } from './common';
import { placedAt } from '../motion/timeline';
import { applyEntrances } from '../motion/pose-nodes';

export function buildElementNode(el: Element, ctx: SceneContext): Konva.Node {
  const spec = elementNodeSpec(el, ctx);
  const node = new NODE_CLASSES[spec.className](spec.attrs as never);
  if (el.type === 'group') for (const child of el.children) (node as Konva.Group).add(buildElementNode(child, ctx) as Konva.Shape | Konva.Group);
  return node;
}

const NODE_CLASSES = { Text: Konva.Text, Rect: Konva.Rect, Ellipse: Konva.Ellipse, Shape: Konva.Shape, Group: Konva.Group } as const;

/** The whole design as one Konva group at the origin: background first, then elements in order; at `ctx.time` when it moves. */
export function buildDesignNode(still: Design, ctx: SceneContext): Konva.Group {
  const design = ctx.time === undefined ? still : placedAt(still, ctx.time);
  const root = new Konva.Group({ x: 0, y: 0, width: design.width, height: design.height });
  root.add(new Konva.Rect({ x: 0, y: 0, width: design.width, height: design.height, fill: ctx.color(design.background.color), listening: false }));
  for (const el of design.elements) root.add(buildElementNode(el, ctx) as Konva.Shape | Konva.Group);
  if (ctx.time !== undefined) applyEntrances(root, design, ctx.time);
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
