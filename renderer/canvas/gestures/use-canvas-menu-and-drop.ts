// The canvas's context menu (on the top-level element under the pointer, selecting it first) and
// image files dropped onto the page (placed where they land, each next one a little offset).
import type Konva from 'konva';
import type { DragEvent } from 'react';
import { findElement } from '../../../core/model';
import { dropImageAt } from '../../actions/edit-actions';
import { getViewDesign } from '../../export/size-view';
import { useEditorStore } from '../../state/editor-store';
import { useUiStore } from '../../state/ui-store';
import { toDesign, type CanvasRefs } from './canvas-refs';

/** How far each further dropped file is offset, in design pixels. */
const DROP_CASCADE = 24;

export function useCanvasMenuAndDrop(refs: CanvasRefs) {
  const onContextMenu = (e: Konva.KonvaEventObject<PointerEvent>) => {
    e.evt.preventDefault();
    // Find the top-level element under the pointer (a group's child acts as its group).
    const page = refs.pageRef.current;
    let node: Konva.Node | null = e.target;
    while (node && node.getParent() && node.getParent() !== page) node = node.getParent();
    const id = node && node.getParent() === page ? node.id() : '';
    const editor = useEditorStore.getState();
    if (id && findElement(getViewDesign().elements, id) && !editor.selectedIds.includes(id)) editor.select([id]);
    useUiStore.getState().openContextMenu(e.evt.clientX, e.evt.clientY);
  };

  const onDragOver = (e: DragEvent) => {
    if ([...e.dataTransfer.types].includes('Files')) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  };

  const onDrop = async (e: DragEvent) => {
    const files = [...e.dataTransfer.files];
    if (!files.length) return;
    e.preventDefault();
    const box = refs.containerRef.current!.getBoundingClientRect();
    const at = toDesign(refs.viewRef.current, { x: e.clientX - box.left, y: e.clientY - box.top });
    let shift = 0;
    for (const file of files) {
      await dropImageAt(new Uint8Array(await file.arrayBuffer()), file.name, { x: at.x + shift, y: at.y + shift });
      shift += DROP_CASCADE;
    }
  };

  return { onContextMenu, onDragOver, onDrop };
}
