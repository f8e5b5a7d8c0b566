// What the editor canvas's gesture hooks share: the DOM and Konva nodes, the latest view (read by
// handlers so they stay stable), and whether Space (pan mode) is held or a pan is under way.
import type { RefObject } from 'react';
import type Konva from 'konva';
import type { Point } from '../geometry';

export interface CanvasView {
  scale: number;
  offset: Point;
  viewport: { width: number; height: number };
}

export interface CanvasRefs {
  containerRef: RefObject<HTMLDivElement | null>;
  pageRef: RefObject<Konva.Group | null>;
  transformerRef: RefObject<Konva.Transformer | null>;
  viewRef: RefObject<CanvasView>;
  spaceDownRef: RefObject<boolean>;
  panningRef: RefObject<{ x: number; y: number; pan: Point } | null>;
}

/** Snap distance in screen pixels (converted to design pixels with the zoom). */
export const SNAP_PX = 6;

/** Stage pixels -> design pixels. */
export function toDesign(view: CanvasView, p: Point): Point {
  return { x: (p.x - view.offset.x) / view.scale, y: (p.y - view.offset.y) / view.scale };
}
