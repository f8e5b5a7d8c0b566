// Snap guides are Konva lines kept in step with the UI store without React (renderer/canvas/
// snap-guide-lines.ts): the lines for each guide, reused from one pointer move to the next.
import Konva from 'konva';
import { describe, expect, it, vi } from 'vitest';
import type { Guide, SpacingMark } from '../../../../core/layout/snapping';
import { GUIDE_COLOR, guideLines, syncGuideLines } from '../../../../renderer/canvas/snap-guide-lines';

const edge: Guide = { axis: 'x', pos: 100, from: 10, to: 300, kind: 'edge' };
const center: Guide = { axis: 'y', pos: 540, from: 0, to: 1080, kind: 'canvas' };
const spacing: SpacingMark = { axis: 'x', gaps: [{ start: 10, end: 30, at: 50 }, { start: 60, end: 80, at: 50 }] };

function groupWithLayer() {
  const group = new Konva.Group();
  const layer = { batchDraw: vi.fn() };
  vi.spyOn(group, 'getLayer').mockReturnValue(layer as unknown as Konva.Layer);
  return { group, layer };
}

const kinds = (group: Konva.Group) => group.getChildren().map((n) => n.name());

describe('snap guide lines', () => {
  it('draws a vertical guide at its x, a horizontal one at its y, canvas guides dashed, at one screen pixel', () => {
    const lines = guideLines([edge, center], [], 0.5);
    expect(lines).toEqual([
      { kind: 'edge', points: [100, 10, 100, 300] },
      { kind: 'canvas', points: [0, 540, 1080, 540], dash: [8, 6] },
    ]);
  });

  it('marks each equal gap with a bar between two ticks of 6 screen pixels', () => {
    const lines = guideLines([], [spacing], 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ kind: 'spacing', points: [10, 47, 10, 53, 10, 50, 30, 50, 30, 47, 30, 53] });
    const vertical = guideLines([], [{ axis: 'y', gaps: [{ start: 10, end: 30, at: 50 }] }], 1);
    expect(vertical[0]!.points).toEqual([44, 10, 56, 10, 50, 10, 50, 30, 44, 30, 56, 30]);
  });

  it('adds the lines, then updates the same nodes in place, and removes the ones no longer needed', () => {
    const { group, layer } = groupWithLayer();
    syncGuideLines(group, [edge, center], [spacing], 1);
    expect(kinds(group)).toEqual(['snap-guide snap-guide-edge', 'snap-guide snap-guide-canvas', 'snap-guide snap-guide-spacing', 'snap-guide snap-guide-spacing']);
    const first = group.getChildren()[0] as Konva.Line;
    expect(first.stroke()).toBe(GUIDE_COLOR);
    expect(first.listening()).toBe(false);
    expect((group.getChildren()[1] as Konva.Line).dash()).toEqual([4, 3]);
    expect(layer.batchDraw).toHaveBeenCalled();
    layer.batchDraw.mockClear();

    // The next move: the canvas guide first, then the edge guide moved; no spacing.
    syncGuideLines(group, [center, { ...edge, pos: 120 }], [], 2);
    expect(kinds(group)).toEqual(['snap-guide snap-guide-canvas', 'snap-guide snap-guide-edge']);
    expect(group.getChildren()[0]).toBe(first);
    expect(first.points()).toEqual([0, 540, 1080, 540]);
    expect(first.dashEnabled()).toBe(true);
    expect(first.strokeWidth()).toBe(0.5);
    const second = group.getChildren()[1] as Konva.Line;
    expect(second.points()).toEqual([120, 10, 120, 300]);
    expect(second.dashEnabled()).toBe(false);
    expect(layer.batchDraw).toHaveBeenCalled();
    layer.batchDraw.mockClear();

    // The drag ends: no lines, and a redraw that clears them; nothing to clear after that, no redraw.
    syncGuideLines(group, [], [], 2);
    expect(group.getChildren()).toHaveLength(0);
    expect(layer.batchDraw).toHaveBeenCalled();
    layer.batchDraw.mockClear();
    syncGuideLines(group, [], [], 2);
    expect(layer.batchDraw).not.toHaveBeenCalled();
  });
});
