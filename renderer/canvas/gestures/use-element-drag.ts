// Pointer and drag gestures on elements: select (Shift toggles), double-click to edit text, drag
// the selection with snapping to other elements and the canvas (Alt suspends), one undo step.
import { useMemo, useRef } from 'react';
import type Konva from 'konva';
import { findElement, type Element } from '../../../core/model';
import { elementBounds, unionRects, type Rect as Box } from '../../../core/layout/geometry';
import { prepareSnapTargets, snapMove, type SnapIndex } from '../../../core/layout/snapping';
import { commitGeometry, getViewDesign } from '../../export/size-view';
import { useEditorStore } from '../../state/editor-store';
import { useDesignStore } from '../../state/design-store';
import { useUiStore } from '../../state/ui-store';
import type { ElementHandlers } from '../ElementView';
import { SNAP_PX, type CanvasRefs } from './canvas-refs';

interface DragSession {
  id: string;
  ids: string[];
  start: { x: number; y: number };
  bounds: Box;
  targets: SnapIndex;
  canvas: { width: number; height: number };
}

/** Puts nodes back where the model says (after a refused or partial change). */
export function resyncNodes(page: Konva.Group | null, ids: readonly string[]): void {
  const { elements } = getViewDesign();
  for (const id of ids) {
    const node = page?.findOne<Konva.Node>(`#${id}`);
    const el = findElement(elements, id);
    if (node && el) node.setAttrs({ x: el.x, y: el.y, rotation: el.rotation, scaleX: 1, scaleY: 1 });
  }
  page?.getLayer()?.batchDraw();
}

export function useElementDrag(refs: CanvasRefs): ElementHandlers {
  const sessionRef = useRef<DragSession | null>(null);
  return useMemo<ElementHandlers>(() => {
    const editor = () => useEditorStore.getState();
    return {
      onPointerDown(e, element) {
        if (refs.spaceDownRef.current || ('button' in e.evt && e.evt.button !== 0)) {
          if ('button' in e.evt && e.evt.button === 2 && !editor().selectedIds.includes(element.id)) editor().select([element.id]);
          return;
        }
        e.cancelBubble = true;
        refs.containerRef.current?.focus({ preventScroll: true });
        const shift = 'shiftKey' in e.evt && e.evt.shiftKey;
        if (shift) editor().toggleSelected(element.id);
        else if (!editor().selectedIds.includes(element.id)) editor().select([element.id]);
      },
      onDoubleClick(element) {
        if (element.type === 'text') editor().setEditingText(element.id);
      },
      onDragStart(e, element) {
        if (refs.spaceDownRef.current || refs.panningRef.current) {
          e.target.stopDrag();
          return;
        }
        // A move lock holds in every mode: the drag stops and the status says how to lift it.
        if (element.locks.move) {
          e.target.stopDrag();
          useDesignStore.setState({ lastRefusal: { elementId: element.id, keys: ['move'] } });
          return;
        }
        const { elements, width, height } = getViewDesign();
        const selected = editor().selectedIds;
        // Locked elements in the selection stay where they are.
        const ids = (selected.includes(element.id) ? selected : [element.id]).filter((id) => id === element.id || !elements.find((el) => el.id === id)?.locks.move);
        const moving = elements.filter((el) => ids.includes(el.id));
        sessionRef.current = {
          id: element.id,
          ids,
          start: { x: e.target.x(), y: e.target.y() },
          bounds: unionRects(moving.map(elementBounds)),
          targets: prepareSnapTargets(elements.filter((el) => el.visible && !ids.includes(el.id)).map(elementBounds)),
          canvas: { width, height },
        };
      },
      onDragMove(e, element) {
        const s = sessionRef.current;
        const node = e.target;
        if (!s || s.id !== element.id || node.id() !== element.id) return;
        const dx = node.x() - s.start.x;
        const dy = node.y() - s.start.y;
        if (e.evt.altKey) {
          useUiStore.getState().setGuides([], []);
          return;
        }
        const snap = snapMove({ ...s.bounds, x: s.bounds.x + dx, y: s.bounds.y + dy }, s.targets, {
          threshold: SNAP_PX / refs.viewRef.current.scale,
          canvas: s.canvas,
        });
        if (snap.dx || snap.dy) node.position({ x: node.x() + snap.dx, y: node.y() + snap.dy });
        useUiStore.getState().setGuides(snap.guides, snap.spacing);
      },
      onDragEnd(e, element) {
        const s = sessionRef.current;
        sessionRef.current = null;
        useUiStore.getState().setGuides([], []);
        if (!s || s.id !== element.id) return;
        const dx = Math.round(e.target.x() - s.start.x);
        const dy = Math.round(e.target.y() - s.start.y);
        const shown = getViewDesign();
        const moved = s.ids.map((id) => findElement(shown.elements, id)).filter((el): el is Element => !!el);
        if (dx || dy) commitGeometry(moved.map((el) => ({ id: el.id, patch: { x: el.x + dx, y: el.y + dy } })), 'history.move');
        resyncNodes(refs.pageRef.current, s.ids);
      },
      onTransformEnd() {
        // Handled once for all nodes by the transformer (one undo step).
      },
    };
  }, [refs]);
}
