// The selection's transform handles: attached to the selected nodes (locks decide which handles
// exist), resize handles snapping to lines (core/layout/resize-snap), text keeping its font size
// while its box resizes, and the whole transform saved as one undo step.
import { useEffect, useMemo } from 'react';
import type Konva from 'konva';
import { findElement, type Design, type Element, type GroupElement } from '../../../core/model';
import { scaleGroup } from '../../../core/layout/geometry';
import { resizeSnapTargets, snapResizeHandle, type ResizeTargets } from '../../../core/layout/resize-snap';
import { commitGeometry, getViewDesign } from '../../export/size-view';
import { useUiStore } from '../../state/ui-store';
import { bakeScale } from '../geometry';
import { SNAP_PX, type CanvasRefs } from './canvas-refs';
import { resyncNodes } from './use-element-drag';

interface AttachState {
  selectedIds: readonly string[];
  editingTextId: string | null;
  design: Design;
  fontsVersion: number;
  /** The Transformer's class arrives in a chunk of its own (../transformer-class.ts); attach once it has. */
  transformerLoaded: boolean;
}

export function useTransformer(refs: CanvasRefs, attach: AttachState) {
  // The handlers read everything through refs, so they are made once: new functions would be new
  // Transformer props on every render of the canvas, and each redraws its layer.
  const handlers = useMemo(() => transformHandlers(refs), [refs]);

  // Attach the transformer to the selected nodes; locks decide which handles exist.
  const { selectedIds, editingTextId, design, fontsVersion, transformerLoaded } = attach;
  useEffect(() => {
    const tr = refs.transformerRef.current;
    const page = refs.pageRef.current;
    if (!tr || !page) return;
    const nodes = selectedIds
      .filter((id) => id !== editingTextId)
      .map((id) => page.findOne<Konva.Node>(`#${id}`))
      .filter((n): n is Konva.Node => Boolean(n));
    tr.nodes(nodes);
    const elements = selectedIds.map((id) => findElement(design.elements, id)).filter((e): e is Element => Boolean(e));
    const resizable = elements.every((e) => !e.locks.resize);
    tr.resizeEnabled(resizable);
    tr.rotateEnabled(resizable);
    // Images keep their ratio by default; everything else keeps it while Shift is held.
    tr.keepRatio(elements.length === 1 && elements[0]?.type === 'image');
    tr.getLayer()?.batchDraw();
  }, [refs, selectedIds, design, editingTextId, fontsVersion, transformerLoaded]);

  return handlers;
}

function transformHandlers(refs: CanvasRefs) {
  // The lines resize handles snap to, gathered when a transform starts.
  const targets: { current: ResizeTargets | null } = { current: null };

  const onTransformStart = () => {
    const { elements, width, height } = getViewDesign();
    const moving = new Set(refs.transformerRef.current?.nodes().map((n) => n.id()) ?? []);
    targets.current = resizeSnapTargets(elements, moving, width, height);
  };

  const onTransformEnd = () => {
    targets.current = null;
    useUiStore.getState().setGuides([], []);
    const tr = refs.transformerRef.current;
    if (!tr) return;
    const shown = getViewDesign();
    const patches: { id: string; patch: Partial<Element> }[] = [];
    for (const node of tr.nodes()) {
      const el = findElement(shown.elements, node.id());
      if (!el) continue;
      const sx = node.scaleX();
      const sy = node.scaleY();
      const placement = { x: Math.round(node.x()), y: Math.round(node.y()), rotation: Math.round(node.rotation() * 100) / 100 };
      if (el.type === 'group') {
        const g = scaleGroup(el as GroupElement, sx, sy);
        node.scale({ x: 1, y: 1 });
        patches.push({ id: el.id, patch: { ...placement, width: g.width, height: g.height, children: g.children } as Partial<Element> });
        continue;
      }
      const size = bakeScale(node);
      node.scale({ x: 1, y: 1 });
      if (el.type === 'shape' && el.shape === 'ellipse') {
        node.setAttrs({ radiusX: size.width / 2, radiusY: size.height / 2, offsetX: -size.width / 2, offsetY: -size.height / 2 });
      } else node.setAttrs(size);
      patches.push({ id: el.id, patch: { ...placement, ...size } });
    }
    commitGeometry(patches, 'history.transform');
    resyncNodes(refs.pageRef.current, patches.map((p) => p.id));
  };

  /** Resize handles snap to canvas and element lines too (unrotated selections; Alt suspends). */
  const anchorDragBound = (_old: { x: number; y: number }, pos: { x: number; y: number }, evt: MouseEvent | undefined) => {
    const tr = refs.transformerRef.current;
    const lines = targets.current;
    const anchor = tr?.getActiveAnchor() ?? '';
    if (!tr || !lines || evt?.altKey || anchor === 'rotater' || tr.nodes().some((n) => Math.abs(n.rotation() % 360) > 0.01)) {
      useUiStore.getState().setGuides([], []);
      return pos;
    }
    const { scale: s, offset: o } = refs.viewRef.current;
    const snap = snapResizeHandle({ x: (pos.x - o.x) / s, y: (pos.y - o.y) / s }, anchor, lines, SNAP_PX / s, getViewDesign());
    useUiStore.getState().setGuides(snap.guides, []);
    return { x: snap.x !== null ? o.x + snap.x * s : pos.x, y: snap.y !== null ? o.y + snap.y * s : pos.y };
  };

  // Text keeps its font size while resizing: scale becomes box size as the handles move.
  const onTransform = () => {
    for (const node of refs.transformerRef.current?.nodes() ?? []) {
      if (node.getClassName() !== 'Text') continue;
      node.setAttrs({ ...bakeScale(node), scaleX: 1, scaleY: 1 });
    }
  };

  return { onTransformStart, onTransformEnd, onTransform, anchorDragBound };
}
