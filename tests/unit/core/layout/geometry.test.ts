import { describe, expect, it } from 'vitest';
import { createShapeElement } from '../../../../core/model/defaults';
import { elementBounds, elementCorners, lockAspect, makeGroup, scaleGroup, ungroupChildren, unionRects } from '../../../../core/layout/geometry';
import type { GroupElement } from '../../../../core/model/schema';

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

describe('rotated bounds', () => {
  it('an unrotated box is its own bounds', () => {
    const el = createShapeElement({ shape: 'rect', x: 10, y: 20, width: 30, height: 40 });
    expect(elementBounds(el)).toEqual({ x: 10, y: 20, width: 30, height: 40 });
  });
  it('a box rotated 90 degrees about its origin swings to the left of it', () => {
    const el = createShapeElement({ shape: 'rect', x: 100, y: 100, width: 40, height: 10, rotation: 90 });
    const b = elementBounds(el);
    close(b.x, 90);
    close(b.y, 100);
    close(b.width, 10);
    close(b.height, 40);
  });
  it('45 degrees grows the bounds by the diagonal', () => {
    const el = createShapeElement({ shape: 'rect', x: 0, y: 0, width: 10, height: 10, rotation: 45 });
    const b = elementBounds(el);
    close(b.width, Math.SQRT2 * 10);
    close(b.x, -Math.SQRT2 * 5);
  });
  it('union covers all rects', () => {
    expect(unionRects([{ x: 0, y: 5, width: 10, height: 10 }, { x: 20, y: -5, width: 5, height: 5 }])).toEqual({ x: 0, y: -5, width: 25, height: 20 });
  });
});

describe('group transforms', () => {
  const a = createShapeElement({ shape: 'rect', x: 100, y: 50, width: 20, height: 20 });
  const b = createShapeElement({ shape: 'ellipse', x: 200, y: 150, width: 40, height: 10, rotation: 30 });

  it('grouping keeps every child where it was on the page', () => {
    const g = makeGroup([a, b], 'g1');
    expect(g.x).toBe(100);
    expect(g.y).toBe(50);
    const before = [a, b].map(elementCorners);
    const after = ungroupChildren(g).map(elementCorners);
    after.forEach((corners, i) => corners.forEach((p, j) => {
      close(p.x, before[i]![j]!.x);
      close(p.y, before[i]![j]!.y);
    }));
  });

  it('ungrouping a rotated, faded group composes position, rotation and opacity', () => {
    const g: GroupElement = { ...makeGroup([a], 'g2'), rotation: 90, opacity: 0.5 };
    const [child] = ungroupChildren(g);
    // The child sits at the group's origin (0,0 relative), so position stays; rotation adds.
    close(child!.x, 100);
    close(child!.y, 50);
    expect(child!.rotation).toBe(90);
    expect(child!.opacity).toBe(0.5);
    // A child offset along x ends up below the origin after a 90 degree turn.
    const moved: GroupElement = { ...g, children: [{ ...g.children[0]!, x: 10, y: 0 }] };
    const [c2] = ungroupChildren(moved);
    close(c2!.x, 100);
    close(c2!.y, 60);
  });

  it('scaling a group bakes the scale into child positions and sizes', () => {
    const g = makeGroup([a, b], 'g3');
    const s = scaleGroup(g, 2, 0.5);
    expect(s.width).toBeCloseTo(g.width * 2);
    expect(s.children[1]!.x).toBeCloseTo(g.children[1]!.x * 2);
    expect(s.children[1]!.height).toBeCloseTo(5);
  });

  it('aspect lock keeps the ratio using the larger factor', () => {
    expect(lockAspect({ width: 100, height: 50 }, { width: 300, height: 60 })).toEqual({ width: 300, height: 150 });
  });
});
