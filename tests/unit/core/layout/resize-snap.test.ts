// Resize-handle snapping and marquee selection: the canvas's gesture math, in core/layout.
import { describe, expect, it } from 'vitest';
import { createShapeElement } from '../../../../core/model';
import { resizeSnapTargets, snapResizeHandle } from '../../../../core/layout/resize-snap';
import { marqueeHits } from '../../../../core/layout/marquee';

const rect = (id: string, x: number, y: number, width: number, height: number, extra: Record<string, unknown> = {}) =>
  ({ ...createShapeElement({ shape: 'rect', x, y, width, height }), id, ...extra });

describe('resize snapping', () => {
  const elements = [rect('a', 100, 100, 200, 100), rect('moving', 500, 500, 50, 50), rect('hidden', 700, 50, 10, 10, { visible: false })];
  const targets = resizeSnapTargets(elements, new Set(['moving']), 1000, 800);

  it('offers the canvas edges and middle, and other visible elements edges and centers', () => {
    expect(targets.xs.map((l) => `${l.kind}:${l.pos}`)).toEqual(['canvas:0', 'canvas:500', 'canvas:1000', 'edge:100', 'center:200', 'edge:300']);
    expect(targets.ys.map((l) => `${l.kind}:${l.pos}`)).toEqual(['canvas:0', 'canvas:400', 'canvas:800', 'edge:100', 'center:150', 'edge:200']);
  });

  it('snaps a right handle on x only, to the nearest line within the threshold, with a guide', () => {
    const snap = snapResizeHandle({ x: 297, y: 403 }, 'middle-right', targets, 6, { width: 1000, height: 800 });
    expect(snap.x).toBe(300);
    expect(snap.y).toBeNull();
    expect(snap.guides).toEqual([{ axis: 'x', pos: 300, from: 0, to: 800, kind: 'edge' }]);
  });

  it('snaps a corner on both axes and prefers the nearer line', () => {
    const snap = snapResizeHandle({ x: 502, y: 152 }, 'bottom-right', targets, 6, { width: 1000, height: 800 });
    expect([snap.x, snap.y]).toEqual([500, 150]);
    expect(snap.guides.map((g) => g.kind)).toEqual(['canvas', 'center']);
  });

  it('leaves the handle alone beyond the threshold', () => {
    expect(snapResizeHandle({ x: 320, y: 250 }, 'top-left', targets, 6, { width: 1000, height: 800 })).toEqual({ x: null, y: null, guides: [] });
  });
});

describe('marquee selection', () => {
  const elements = [rect('inside', 10, 10, 20, 20), rect('touching', 90, 90, 50, 50), rect('outside', 200, 200, 10, 10), rect('hidden', 20, 20, 5, 5, { visible: false })];

  it('selects visible elements whose bounds overlap the rectangle', () => {
    expect(marqueeHits(elements, { x: 0, y: 0, width: 100, height: 100 })).toEqual(['inside', 'touching']);
  });

  it('uses rotated bounds', () => {
    // A 100x10 bar rotated 90 degrees about its origin reaches down, not right.
    const bar = rect('bar', 300, 0, 100, 10, { rotation: 90 });
    expect(marqueeHits([bar], { x: 292, y: 50, width: 5, height: 5 })).toEqual(['bar']);
    expect(marqueeHits([bar], { x: 350, y: 0, width: 5, height: 5 })).toEqual([]);
  });
});
