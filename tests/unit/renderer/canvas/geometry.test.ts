// View math of the canvas: zooming about a point and pinching with two fingers.
import { describe, expect, it } from 'vitest';
import { fitZoom, midpoint, pageOffset, pinchScale, zoomAround } from '../../../../renderer/canvas/geometry';

const viewport = { width: 1000, height: 800 };
const page = { width: 1080, height: 1080 };

/** Stage position of a design point for a view (centered page plus pan). */
function toStage(p: { x: number; y: number }, zoom: number, pan: { x: number; y: number }) {
  const base = pageOffset(viewport, page, zoom);
  return { x: base.x + pan.x + p.x * zoom, y: base.y + pan.y + p.y * zoom };
}

describe('canvas view math', () => {
  it('fits the page inside the margins', () => {
    const z = fitZoom(viewport, page);
    expect(page.height * z).toBeLessThanOrEqual(viewport.height - 96 + 1e-9);
  });

  it('zooming about a point keeps the design point under it', () => {
    const scale = 0.5;
    const offset = toStage({ x: 0, y: 0 }, scale, { x: 0, y: 0 });
    const pointer = { x: 700, y: 300 };
    const under = { x: (pointer.x - offset.x) / scale, y: (pointer.y - offset.y) / scale };
    const v = zoomAround(viewport, page, offset, scale, 2, pointer, pointer);
    const after = toStage(under, v.zoom, v.pan);
    expect(after.x).toBeCloseTo(pointer.x, 6);
    expect(after.y).toBeCloseTo(pointer.y, 6);
  });

  it('a pinch zooms by the change in finger distance and follows the midpoint', () => {
    const before: [{ x: number; y: number }, { x: number; y: number }] = [
      { x: 400, y: 400 },
      { x: 500, y: 400 },
    ];
    const after: typeof before = [
      { x: 360, y: 420 },
      { x: 560, y: 420 },
    ];
    expect(pinchScale(before, after)).toBeCloseTo(2, 9);
    const scale = 0.6;
    const offset = toStage({ x: 0, y: 0 }, scale, { x: 0, y: 0 });
    const from = midpoint(...before);
    const to = midpoint(...after);
    const under = { x: (from.x - offset.x) / scale, y: (from.y - offset.y) / scale };
    const v = zoomAround(viewport, page, offset, scale, scale * 2, from, to);
    const landed = toStage(under, v.zoom, v.pan);
    expect(landed.x).toBeCloseTo(to.x, 6);
    expect(landed.y).toBeCloseTo(to.y, 6);
    expect(pinchScale(before, [before[0], before[0]])).toBe(0);
  });
});
