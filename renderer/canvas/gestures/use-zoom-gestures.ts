// Zooming and scrolling the view: Ctrl/⌘+wheel (and trackpad pinch, which Chromium reports as
// Ctrl+wheel) zooms about the pointer, the wheel alone scrolls, and two fingers on a touch screen
// pinch-zoom about the fingers and pan as they move.
import { useRef } from 'react';
import type Konva from 'konva';
import { getViewDesign } from '../../export/size-view';
import { useEditorStore } from '../../state/editor-store';
import { midpoint, pinchScale, zoomAround, type Point } from '../geometry';
import type { CanvasRefs } from './canvas-refs';

const WHEEL_ZOOM = 0.0022;
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 8;

const clampZoom = (z: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

export function useZoomGestures(refs: CanvasRefs) {
  const pinch = useRef<[Point, Point] | null>(null);

  const fingersOf = (e: Konva.KonvaEventObject<TouchEvent>): [Point, Point] | null => {
    const touches = e.evt.touches;
    const stage = e.target.getStage();
    if (touches.length !== 2 || !stage) return null;
    const box = stage.container().getBoundingClientRect();
    return [
      { x: touches[0]!.clientX - box.left, y: touches[0]!.clientY - box.top },
      { x: touches[1]!.clientX - box.left, y: touches[1]!.clientY - box.top },
    ];
  };

  const onTouchStart = (e: Konva.KonvaEventObject<TouchEvent>) => {
    pinch.current = fingersOf(e);
    const target = e.target;
    if (target === target.getStage() || target.name() === 'page-background') useEditorStore.getState().select([]);
  };

  const onTouchMove = (e: Konva.KonvaEventObject<TouchEvent>) => {
    const fingers = fingersOf(e);
    if (!fingers) {
      pinch.current = null;
      return;
    }
    e.evt.preventDefault();
    // A second finger turns an element drag into a pinch.
    for (const node of e.target.getStage()!.find('.element')) if (node.isDragging()) node.stopDrag();
    const before = pinch.current;
    pinch.current = fingers;
    if (!before) return;
    const { scale: s, offset: o, viewport: vp } = refs.viewRef.current;
    const next = clampZoom(s * pinchScale(before, fingers));
    const v = zoomAround(vp, getViewDesign(), o, s, next, midpoint(...before), midpoint(...fingers));
    useEditorStore.getState().setView(v.zoom, v.pan);
  };

  const onTouchEnd = () => {
    pinch.current = null;
  };

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const editor = useEditorStore.getState();
    const { scale: s, offset: o, viewport: vp } = refs.viewRef.current;
    const currentPan = editor.zoomToFit ? { x: 0, y: 0 } : editor.pan;
    if (e.evt.ctrlKey || e.evt.metaKey) {
      const p = e.target.getStage()?.getPointerPosition() ?? { x: vp.width / 2, y: vp.height / 2 };
      const next = clampZoom(s * Math.exp(-e.evt.deltaY * WHEEL_ZOOM));
      const v = zoomAround(vp, getViewDesign(), o, s, next, p, p);
      editor.setView(v.zoom, v.pan);
    } else {
      editor.setView(s, { x: currentPan.x - e.evt.deltaX, y: currentPan.y - e.evt.deltaY });
    }
  };

  return { onTouchStart, onTouchMove, onTouchEnd, onWheel };
}
