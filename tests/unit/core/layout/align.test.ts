import { describe, expect, it } from 'vitest';
import { alignDeltas, distributeDeltas } from '../../../../core/layout/align';

const rects = [
  { x: 10, y: 10, width: 20, height: 20 },
  { x: 50, y: 40, width: 40, height: 10 },
];

describe('alignDeltas', () => {
  it('aligns left edges to the leftmost', () => {
    expect(alignDeltas(rects, 'left')).toEqual([{ dx: 0, dy: 0 }, { dx: -40, dy: 0 }]);
  });
  it('aligns right and bottom edges to the joint bounds', () => {
    expect(alignDeltas(rects, 'right').map((d) => d.dx)).toEqual([60, 0]);
    expect(alignDeltas(rects, 'bottom').map((d) => d.dy)).toEqual([20, 0]);
  });
  it('centers on a reference such as the canvas', () => {
    const canvas = { x: 0, y: 0, width: 200, height: 100 };
    expect(alignDeltas([rects[0]!], 'hcenter', canvas)).toEqual([{ dx: 80, dy: 0 }]);
    expect(alignDeltas([rects[0]!], 'vcenter', canvas)).toEqual([{ dx: 0, dy: 30 }]);
  });
});

describe('distributeDeltas', () => {
  it('equalises gaps between first and last, returning deltas in input order', () => {
    const boxes = [
      { x: 200, y: 0, width: 10, height: 10 },
      { x: 0, y: 0, width: 10, height: 10 },
      { x: 30, y: 0, width: 20, height: 10 },
    ];
    const d = distributeDeltas(boxes, 'x');
    // span 0..210, sizes 40 -> gaps 85: 0, 95, 200
    expect(d).toEqual([{ dx: 0, dy: 0 }, { dx: 0, dy: 0 }, { dx: 65, dy: 0 }]);
  });
  it('vertical distribution moves only y', () => {
    const boxes = [0, 10, 100].map((y) => ({ x: 5, y, width: 10, height: 10 }));
    expect(distributeDeltas(boxes, 'y')).toEqual([{ dx: 0, dy: 0 }, { dx: 0, dy: 40 }, { dx: 0, dy: 0 }]);
  });
  it('fewer than three boxes stay put', () => {
    expect(distributeDeltas(rects, 'x')).toEqual([{ dx: 0, dy: 0 }, { dx: 0, dy: 0 }]);
  });
});
