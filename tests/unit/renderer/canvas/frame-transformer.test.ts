// The selection's handles (renderer/canvas/frame-transformer.ts): a drag moves the frame without
// laying its handles out again; a change of size or rotation, or an update outside a drag, does.
import Konva from 'konva';
import { describe, expect, it, vi } from 'vitest';
import { FrameTransformer } from '../../../../renderer/canvas/frame-transformer';

function setup() {
  const root = new Konva.Group();
  const rect = new Konva.Rect({ x: 10, y: 20, width: 100, height: 50, fill: 'red', draggable: true });
  const tr = new FrameTransformer({ anchorSize: 9, ignoreStroke: true });
  root.add(rect, tr);
  tr.nodes([rect]);
  tr.forceUpdate();
  const corner = tr.findOne<Konva.Rect>('.bottom-right')!;
  return { rect, tr, corner };
}

describe('the selection frame', () => {
  it('is the class react-konva makes for <Transformer>', () => {
    expect(Konva.Transformer).toBe(FrameTransformer);
    expect(new FrameTransformer().getClassName()).toBe('Transformer');
  });

  it('follows a drag without laying its handles out again, and lays them out when the size changes', () => {
    const { rect, tr, corner } = setup();
    expect(corner.position()).toEqual({ x: 100, y: 50 });
    expect(corner.getAbsolutePosition()).toEqual({ x: 110, y: 70 });
    vi.spyOn(tr, 'isDragging').mockReturnValue(true);
    const laidOut = vi.spyOn(corner, 'setAttrs');

    rect.position({ x: 60, y: 45 });
    tr.update();
    expect(laidOut).not.toHaveBeenCalled();
    expect(tr.x()).toBe(60);
    expect(corner.getAbsolutePosition()).toEqual({ x: 160, y: 95 });

    // The node is resized during the drag (a snap to a smaller box, say): the handles follow.
    rect.width(200);
    tr.update();
    expect(laidOut).toHaveBeenCalled();
    expect(corner.position()).toEqual({ x: 200, y: 50 });
    expect(corner.getAbsolutePosition()).toEqual({ x: 260, y: 95 });
  });

  it('lays its handles out on every update outside a drag, as Konva does (its options may have changed)', () => {
    const { tr, corner } = setup();
    const laidOut = vi.spyOn(corner, 'setAttrs');
    tr.anchorSize(15);
    tr.update();
    expect(laidOut).toHaveBeenCalled();
    expect(corner.width()).toBe(15);
  });
});
