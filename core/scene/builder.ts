// Builds a detached Konva tree for a design, each node drawn by its kind's mapping
// (core/elements). The exporter and the CLI draw it to a canvas.
import Konva from 'konva';
import { SceneCanvas } from 'konva/lib/Canvas';
import type { Design } from '../model/schema';
import type { Element } from '../elements';
import { elementNodeSpec } from '../elements/scene';
import type { SceneContext } from './common';
import { placedAt } from '../motion/timeline';
import { applyEntrances } from '../motion/pose-nodes';
import { DrawnGroup, DrawnRect, dropDrawnTree, makeDrawnNode, withSharedTextMetrics } from './drawn-nodes';

export function buildElementNode(el: Element, ctx: SceneContext): Konva.Node {
  const spec = elementNodeSpec(el, ctx);
  const node = makeDrawnNode(spec.className, spec.attrs as Record<string, unknown>);
  if (el.type === 'group') for (const child of el.children) (node as Konva.Group).add(buildElementNode(child, ctx) as Konva.Shape | Konva.Group);
  return node;
}

/** The whole design as one Konva group at the origin: background first, then elements in order; at `ctx.time` when it moves. */
export function buildDesignNode(still: Design, ctx: SceneContext): Konva.Group {
  const design = ctx.time === undefined ? still : placedAt(still, ctx.time);
  const root = new DrawnGroup({ x: 0, y: 0, width: design.width, height: design.height });
  root.add(new DrawnRect({ x: 0, y: 0, width: design.width, height: design.height, fill: ctx.color(design.background.color), listening: false }));
  for (const el of design.elements) root.add(buildElementNode(el, ctx) as Konva.Shape | Konva.Group);
  if (ctx.time !== undefined) applyEntrances(root, design, ctx.time);
  return root;
}

/** A Konva canvas of the design's size at `pixelRatio` (an HTMLCanvasElement inside, in browsers). */
export function sceneCanvasFor(width: number, height: number, pixelRatio: number): SceneCanvas {
  return new SceneCanvas({ width, height, pixelRatio });
}

/**
 * Draws the design onto `target` (made by sceneCanvasFor at the design's size and the wanted pixel
 * ratio), clearing it first, so a canvas can be drawn on again for the next design of its size.
 */
export function renderDesignOnto(design: Design, ctx: SceneContext, target: SceneCanvas): void {
  withSharedTextMetrics(() => {
    const root = buildDesignNode(design, ctx);
    const context = target.getContext();
    try {
      context.clear();
      context.save();
      root.drawScene(target);
      context.restore();
      target._releaseIsolationCanvas();
    } finally {
      dropDrawnTree(root);
    }
  });
}

/** Draws the design at `pixelRatio` into a fresh canvas (an HTMLCanvasElement in browsers). */
export function renderDesignToCanvas(design: Design, ctx: SceneContext, pixelRatio = 1): HTMLCanvasElement {
  const target = sceneCanvasFor(design.width, design.height, pixelRatio);
  renderDesignOnto(design, ctx, target);
  return target._canvas;
}
