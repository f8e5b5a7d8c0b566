// Marquee selection: drag on the empty page or around it to select what the rectangle touches
// (core/layout/marquee); Shift adds to the selection; a click on nothing clears it.
import type Konva from 'konva';
import { marqueeHits } from '../../../core/layout/marquee';
import { getViewDesign } from '../../export/size-view';
import { useEditorStore } from '../../state/editor-store';
import { useUiStore } from '../../state/ui-store';
import { toDesign, type CanvasRefs } from './canvas-refs';

export function useMarquee(refs: CanvasRefs) {
  return (stage: Konva.Stage, additive: boolean) => {
    const origin = stage.getPointerPosition();
    if (!origin) return;
    const rectOf = (p: { x: number; y: number }) => ({
      x: Math.min(origin.x, p.x),
      y: Math.min(origin.y, p.y),
      width: Math.abs(p.x - origin.x),
      height: Math.abs(p.y - origin.y),
    });
    const initial = additive ? useEditorStore.getState().selectedIds : [];
    const pointer = (e: MouseEvent) => {
      const box = refs.containerRef.current!.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    };
    const move = (e: MouseEvent) => useUiStore.getState().setMarquee(rectOf(pointer(e)));
    const up = (e: MouseEvent) => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      useUiStore.getState().setMarquee(null);
      const r = rectOf(pointer(e));
      if (r.width < 3 && r.height < 3) {
        if (!additive) useEditorStore.getState().select([]);
        return;
      }
      const a = toDesign(refs.viewRef.current, { x: r.x, y: r.y });
      const b = toDesign(refs.viewRef.current, { x: r.x + r.width, y: r.y + r.height });
      const hits = marqueeHits(getViewDesign().elements, { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y });
      useEditorStore.getState().select([...new Set([...initial, ...hits])]);
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  };
}
