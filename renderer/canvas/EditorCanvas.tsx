// The editing surface: the design page (zoomable, pannable), its elements, selection handles,
// snapping while dragging, marquee selection, a context menu, dropping and pasting images, and
// the in-place text editor. Document changes go through the design store (locks, one undo step
// per gesture); transient gesture state lives in refs and in the UI store's overlays.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Group, Layer, Rect, Stage, Transformer } from 'react-konva';
import type Konva from 'konva';
import { findElement, type Element, type GroupElement } from '../../core/model';
import { type SceneContext } from '../../core/scene';
import { useDesignKit } from '../state/library-store';
import { sceneContextFor } from '../export/scene-context';
import { elementBounds, scaleGroup, unionRects, type Rect as Box } from '../../core/layout/geometry';
import { prepareSnapTargets, snapMove, type Guide, type GuideKind, type SnapIndex } from '../../core/layout/snapping';
import { useDesignStore } from '../state/design-store';
import { commitGeometry, getViewDesign, useViewDesign } from '../export/size-view';
import { SafeZoneLayer } from '../export/SafeZoneLayer';
import { useEditorStore } from '../state/editor-store';
import { useUiStore } from '../state/ui-store';
import { useImageStore } from '../assets/image-store';
import { dropImageAt } from '../actions/edit-actions';
import { ElementView, type ElementHandlers } from './ElementView';
import { TextEditOverlay } from './TextEditOverlay';
import { CropOverlay } from './CropOverlay';
import { Marquee, SnapGuides } from './Overlays';
import { bakeScale, fitZoom, midpoint, pageOffset, pinchScale, zoomAround, type Point } from './geometry';
import { ContextMenu } from '../panels/ContextMenu';
import { CommandPalette } from '../panels/CommandPalette';

/** Snap distance in screen pixels (converted to design pixels with the zoom). */
const SNAP_PX = 6;
const WHEEL_ZOOM = 0.0022;

interface DragSession {
  id: string;
  ids: string[];
  start: { x: number; y: number };
  bounds: Box;
  targets: SnapIndex;
  canvas: { width: number; height: number };
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function EditorCanvas() {
  const containerRef = useRef<HTMLDivElement>(null);
  const transformerRef = useRef<Konva.Transformer>(null);
  const pageRef = useRef<Konva.Group>(null);
  const [viewport, setViewport] = useState({ width: 800, height: 600 });

  // Issue 6: the design adapted to the active export size (renderer/export/size-view).
  const design = useViewDesign();
  const authorMode = useDesignStore((s) => s.authorMode);
  const images = useImageStore((s) => s.images);
  const selectedIds = useEditorStore((s) => s.selectedIds);
  const zoom = useEditorStore((s) => s.zoom);
  const zoomToFit = useEditorStore((s) => s.zoomToFit);
  const pan = useEditorStore((s) => s.pan);
  const editingTextId = useEditorStore((s) => s.editingTextId);
  const fontsVersion = useEditorStore((s) => s.fontsVersion);

  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      setViewport({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const fitted = fitZoom(viewport, design);
  useEffect(() => {
    if (zoomToFit && Math.abs(zoom - fitted) > 1e-6) useEditorStore.getState().setZoom(fitted, true);
  }, [zoomToFit, fitted, zoom]);
  const scale = zoomToFit ? fitted : zoom;
  const base = pageOffset(viewport, design, scale);
  const offset = zoomToFit ? base : { x: base.x + pan.x, y: base.y + pan.y };

  // Gesture handlers read the latest view through this ref, so the handler object stays stable
  // and memoised element views never re-render because of it.
  const view = useRef({ scale, offset, viewport });
  useLayoutEffect(() => {
    view.current = { scale, offset, viewport };
  });
  const session = useRef<DragSession | null>(null);
  const spaceDown = useRef(false);
  const panning = useRef<{ x: number; y: number; pan: { x: number; y: number } } | null>(null);
  /** Edges and centers a resize handle snaps to (design px), gathered when a resize starts. */
  const resizeTargets = useRef<{ xs: { pos: number; kind: GuideKind }[]; ys: { pos: number; kind: GuideKind }[] } | null>(null);

  // Brand tokens (colors, heading/body fonts) draw with the design's kit.
  const kit = useDesignKit();
  // The one scene-context builder (as exports use); a font finishing loading brings a fresh measurer.
  const ctx: SceneContext = useMemo(
    () => sceneContextFor({ language: design.language, assets: design.assets }, { images, kit }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fontsVersion: re-measure after fonts load
    [design.language, design.assets, images, kit, fontsVersion],
  );

  const handlers = useMemo<ElementHandlers>(() => {
    const editor = () => useEditorStore.getState();
    return {
      onPointerDown(e, element) {
        if (spaceDown.current || ('button' in e.evt && e.evt.button !== 0)) {
          if ('button' in e.evt && e.evt.button === 2 && !editor().selectedIds.includes(element.id)) editor().select([element.id]);
          return;
        }
        e.cancelBubble = true;
        containerRef.current?.focus({ preventScroll: true });
        const shift = 'shiftKey' in e.evt && e.evt.shiftKey;
        if (shift) editor().toggleSelected(element.id);
        else if (!editor().selectedIds.includes(element.id)) editor().select([element.id]);
      },
      onDoubleClick(element) {
        if (element.type === 'text') editor().setEditingText(element.id);
      },
      onDragStart(e, element) {
        if (spaceDown.current || panning.current) {
          e.target.stopDrag();
          return;
        }
        const { elements, width, height } = getViewDesign();
        const selected = editor().selectedIds;
        const ids = selected.includes(element.id) ? selected : [element.id];
        const moving = elements.filter((el) => ids.includes(el.id));
        session.current = {
          id: element.id,
          ids,
          start: { x: e.target.x(), y: e.target.y() },
          bounds: unionRects(moving.map(elementBounds)),
          targets: prepareSnapTargets(elements.filter((el) => el.visible && !ids.includes(el.id)).map(elementBounds)),
          canvas: { width, height },
        };
      },
      onDragMove(e, element) {
        const s = session.current;
        const node = e.target;
        if (!s || s.id !== element.id || node.id() !== element.id) return;
        const dx = node.x() - s.start.x;
        const dy = node.y() - s.start.y;
        if (e.evt.altKey) {
          useUiStore.getState().setGuides([], []);
          return;
        }
        const snap = snapMove({ ...s.bounds, x: s.bounds.x + dx, y: s.bounds.y + dy }, s.targets, {
          threshold: SNAP_PX / view.current.scale,
          canvas: s.canvas,
        });
        if (snap.dx || snap.dy) node.position({ x: node.x() + snap.dx, y: node.y() + snap.dy });
        useUiStore.getState().setGuides(snap.guides, snap.spacing);
      },
      onDragEnd(e, element) {
        const s = session.current;
        session.current = null;
        useUiStore.getState().setGuides([], []);
        if (!s || s.id !== element.id) return;
        const dx = Math.round(e.target.x() - s.start.x);
        const dy = Math.round(e.target.y() - s.start.y);
        const shown = getViewDesign();
        const moved = s.ids.map((id) => findElement(shown.elements, id)).filter((el): el is Element => !!el);
        if (dx || dy) commitGeometry(moved.map((el) => ({ id: el.id, patch: { x: el.x + dx, y: el.y + dy } })), 'history.move');
        resyncNodes(s.ids);
      },
      onTransformEnd() {
        // Handled once for all nodes by the transformer (one undo step).
      },
    };
  }, []);

  /** Puts nodes back where the model says (after a refused or partial change). */
  const resyncNodes = (ids: readonly string[]) => {
    const page = pageRef.current;
    const { elements } = getViewDesign();
    for (const id of ids) {
      const node = page?.findOne<Konva.Node>(`#${id}`);
      const el = findElement(elements, id);
      if (node && el) node.setAttrs({ x: el.x, y: el.y, rotation: el.rotation, scaleX: 1, scaleY: 1 });
    }
    page?.getLayer()?.batchDraw();
  };

  const onTransformerEnd = () => {
    resizeTargets.current = null;
    useUiStore.getState().setGuides([], []);
    const tr = transformerRef.current;
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
    resyncNodes(patches.map((p) => p.id));
  };

  const onTransformerStart = () => {
    const { elements, width, height } = getViewDesign();
    const moving = new Set(transformerRef.current?.nodes().map((n) => n.id()) ?? []);
    const xs: { pos: number; kind: GuideKind }[] = [0, width / 2, width].map((pos) => ({ pos, kind: 'canvas' as const }));
    const ys: { pos: number; kind: GuideKind }[] = [0, height / 2, height].map((pos) => ({ pos, kind: 'canvas' as const }));
    for (const el of elements) {
      if (!el.visible || moving.has(el.id)) continue;
      const b = elementBounds(el);
      xs.push({ pos: b.x, kind: 'edge' }, { pos: b.x + b.width / 2, kind: 'center' }, { pos: b.x + b.width, kind: 'edge' });
      ys.push({ pos: b.y, kind: 'edge' }, { pos: b.y + b.height / 2, kind: 'center' }, { pos: b.y + b.height, kind: 'edge' });
    }
    resizeTargets.current = { xs, ys };
  };

  /** Resize handles snap to canvas and element lines too (unrotated selections; Alt suspends). */
  const anchorDragBound = (_old: { x: number; y: number }, pos: { x: number; y: number }, evt: MouseEvent | undefined) => {
    const tr = transformerRef.current;
    const targets = resizeTargets.current;
    const anchor = tr?.getActiveAnchor() ?? '';
    if (!tr || !targets || evt?.altKey || anchor === 'rotater' || tr.nodes().some((n) => Math.abs(n.rotation() % 360) > 0.01)) {
      useUiStore.getState().setGuides([], []);
      return pos;
    }
    const { scale: s, offset: o } = view.current;
    const d = { x: (pos.x - o.x) / s, y: (pos.y - o.y) / s };
    const threshold = SNAP_PX / s;
    const nearest = (v: number, list: { pos: number; kind: GuideKind }[]) => {
      let best: { pos: number; kind: GuideKind } | null = null;
      for (const c of list) if (Math.abs(c.pos - v) <= threshold && (!best || Math.abs(c.pos - v) < Math.abs(best.pos - v))) best = c;
      return best;
    };
    const sx = /left|right/.test(anchor) ? nearest(d.x, targets.xs) : null;
    const sy = /top|bottom/.test(anchor) ? nearest(d.y, targets.ys) : null;
    const { width, height } = getViewDesign();
    const guides: Guide[] = [];
    if (sx) guides.push({ axis: 'x', pos: sx.pos, from: 0, to: height, kind: sx.kind });
    if (sy) guides.push({ axis: 'y', pos: sy.pos, from: 0, to: width, kind: sy.kind });
    useUiStore.getState().setGuides(guides, []);
    return { x: sx ? o.x + sx.pos * s : pos.x, y: sy ? o.y + sy.pos * s : pos.y };
  };

  // Text keeps its font size while resizing: scale becomes box size as the handles move.
  const onTransform = () => {
    for (const node of transformerRef.current?.nodes() ?? []) {
      if (node.getClassName() !== 'Text') continue;
      node.setAttrs({ ...bakeScale(node), scaleX: 1, scaleY: 1 });
    }
  };

  // Attach the transformer to the selected nodes; locks decide which handles exist.
  useEffect(() => {
    const tr = transformerRef.current;
    const page = pageRef.current;
    if (!tr || !page) return;
    const nodes = selectedIds
      .filter((id) => id !== editingTextId)
      .map((id) => page.findOne<Konva.Node>(`#${id}`))
      .filter((n): n is Konva.Node => Boolean(n));
    tr.nodes(nodes);
    const elements = selectedIds.map((id) => findElement(design.elements, id)).filter((e): e is Element => Boolean(e));
    const resizable = authorMode || elements.every((e) => !e.locks.resize);
    tr.resizeEnabled(resizable);
    tr.rotateEnabled(resizable);
    // Images keep their ratio by default; everything else keeps it while Shift is held.
    tr.keepRatio(elements.length === 1 && elements[0]?.type === 'image');
    tr.getLayer()?.batchDraw();
  }, [selectedIds, design, editingTextId, fontsVersion, authorMode]);

  // Space held = pan mode; paste events (native Edit menu) bring images or elements in.
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || isTyping(e.target) || e.repeat) return;
      spaceDown.current = true;
      if (containerRef.current) containerRef.current.style.cursor = 'grab';
      e.preventDefault();
    };
    const up = (e: KeyboardEvent) => {
      if (e.code !== 'Space') return;
      spaceDown.current = false;
      if (containerRef.current) containerRef.current.style.cursor = '';
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);

  /** Stage pixels -> design pixels. */
  const toDesign = (p: { x: number; y: number }) => ({ x: (p.x - view.current.offset.x) / view.current.scale, y: (p.y - view.current.offset.y) / view.current.scale });

  const startPan = (clientX: number, clientY: number) => {
    const editor = useEditorStore.getState();
    const startPan = editor.zoomToFit ? { x: 0, y: 0 } : editor.pan;
    if (editor.zoomToFit) editor.setView(view.current.scale, startPan);
    panning.current = { x: clientX, y: clientY, pan: startPan };
    if (containerRef.current) containerRef.current.style.cursor = 'grabbing';
    const move = (e: MouseEvent) => {
      const p = panning.current;
      if (p) useEditorStore.getState().setView(view.current.scale, { x: p.pan.x + e.clientX - p.x, y: p.pan.y + e.clientY - p.y });
    };
    const up = () => {
      panning.current = null;
      if (containerRef.current) containerRef.current.style.cursor = spaceDown.current ? 'grab' : '';
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  };

  const startMarquee = (stage: Konva.Stage, additive: boolean) => {
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
      const box = containerRef.current!.getBoundingClientRect();
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
      const a = toDesign({ x: r.x, y: r.y });
      const b = toDesign({ x: r.x + r.width, y: r.y + r.height });
      const hits = getViewDesign().elements.filter((el) => {
          if (!el.visible) return false;
          const bb = elementBounds(el);
          return bb.x < b.x && bb.x + bb.width > a.x && bb.y < b.y && bb.y + bb.height > a.y;
        })
        .map((el) => el.id);
      useEditorStore.getState().select([...new Set([...initial, ...hits])]);
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  };

  const onStageMouseDown = (e: Konva.KonvaEventObject<MouseEvent>) => {
    containerRef.current?.focus({ preventScroll: true });
    if (e.evt.button === 1 || (e.evt.button === 0 && spaceDown.current)) {
      e.evt.preventDefault();
      startPan(e.evt.clientX, e.evt.clientY);
      return;
    }
    const target = e.target;
    if (e.evt.button === 0 && (target === target.getStage() || target.name() === 'page-background')) startMarquee(e.target.getStage()!, e.evt.shiftKey);
  };

  // Two fingers on a touch screen: pinch to zoom about the fingers, move them to pan.
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

  const onStageTouchStart = (e: Konva.KonvaEventObject<TouchEvent>) => {
    pinch.current = fingersOf(e);
    const target = e.target;
    if (target === target.getStage() || target.name() === 'page-background') useEditorStore.getState().select([]);
  };

  const onStageTouchMove = (e: Konva.KonvaEventObject<TouchEvent>) => {
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
    const { scale: s, offset: o, viewport: vp } = view.current;
    const next = Math.min(8, Math.max(0.05, s * pinchScale(before, fingers)));
    const v = zoomAround(vp, getViewDesign(), o, s, next, midpoint(...before), midpoint(...fingers));
    useEditorStore.getState().setView(v.zoom, v.pan);
  };

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const editor = useEditorStore.getState();
    const { scale: s, offset: o, viewport: vp } = view.current;
    const currentPan = editor.zoomToFit ? { x: 0, y: 0 } : editor.pan;
    if (e.evt.ctrlKey || e.evt.metaKey) {
      // Ctrl+wheel, and trackpad pinch (which Chromium reports as Ctrl+wheel), zoom about the pointer.
      const p = e.target.getStage()?.getPointerPosition() ?? { x: vp.width / 2, y: vp.height / 2 };
      const next = Math.min(8, Math.max(0.05, s * Math.exp(-e.evt.deltaY * WHEEL_ZOOM)));
      const v = zoomAround(vp, getViewDesign(), o, s, next, p, p);
      editor.setView(v.zoom, v.pan);
    } else {
      editor.setView(s, { x: currentPan.x - e.evt.deltaX, y: currentPan.y - e.evt.deltaY });
    }
  };

  const onContextMenu = (e: Konva.KonvaEventObject<PointerEvent>) => {
    e.evt.preventDefault();
    // Find the top-level element under the pointer (a group's child acts as its group).
    let node: Konva.Node | null = e.target;
    while (node && node.getParent() && node.getParent() !== pageRef.current) node = node.getParent();
    const id = node && node.getParent() === pageRef.current ? node.id() : '';
    const editor = useEditorStore.getState();
    if (id && findElement(getViewDesign().elements, id) && !editor.selectedIds.includes(id)) editor.select([id]);
    useUiStore.getState().openContextMenu(e.evt.clientX, e.evt.clientY);
  };

  const onDragOver = (e: React.DragEvent) => {
    if ([...e.dataTransfer.types].includes('Files')) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  };

  const onDrop = async (e: React.DragEvent) => {
    const files = [...e.dataTransfer.files];
    if (!files.length) return;
    e.preventDefault();
    const box = containerRef.current!.getBoundingClientRect();
    const at = toDesign({ x: e.clientX - box.left, y: e.clientY - box.top });
    let shift = 0;
    for (const file of files) {
      await dropImageAt(new Uint8Array(await file.arrayBuffer()), file.name, { x: at.x + shift, y: at.y + shift });
      shift += 24;
    }
  };

  const editing = editingTextId ? findElement(design.elements, editingTextId) : undefined;

  return (
    <div
      className="canvas-host"
      ref={containerRef}
      tabIndex={0}
      data-testid="canvas"
      data-zoom={scale.toFixed(4)}
      data-offset={`${offset.x},${offset.y}`}
      onDragOver={onDragOver}
      onDrop={(e) => void onDrop(e)}
    >
      <Stage
        width={viewport.width}
        height={viewport.height}
        onMouseDown={onStageMouseDown}
        onTouchStart={onStageTouchStart}
        onTouchMove={onStageTouchMove}
        onTouchEnd={() => (pinch.current = null)}
        onWheel={onWheel}
        onContextMenu={onContextMenu}
      >
        <Layer>
          <Rect
            x={offset.x}
            y={offset.y}
            width={design.width * scale}
            height={design.height * scale}
            fill="#ffffff"
            shadowColor="#0b1220"
            shadowBlur={24}
            shadowOpacity={0.18}
            shadowOffsetY={6}
            listening={false}
          />
          <Group
            ref={pageRef}
            name="page"
            x={offset.x}
            y={offset.y}
            scaleX={scale}
            scaleY={scale}
            clipX={0}
            clipY={0}
            clipWidth={design.width}
            clipHeight={design.height}
          >
            <Rect name="page-background" width={design.width} height={design.height} fill={ctx.color(design.background.color)} />
            {design.elements.map((el) => (
              <ElementView
                key={`${el.id}:${fontsVersion}`}
                element={el}
                ctx={ctx}
                hidden={el.id === editingTextId}
                handlers={handlers}
                draggable={authorMode || !el.locks.move}
              />
            ))}
          </Group>
        </Layer>
        <SafeZoneLayer offset={offset} scale={scale} />
        <Layer>
          <SnapGuides x={offset.x} y={offset.y} scale={scale} />
          <Marquee />
          <Transformer
            ref={transformerRef}
            onTransform={onTransform}
            onTransformStart={onTransformerStart}
            onTransformEnd={onTransformerEnd}
            anchorDragBoundFunc={anchorDragBound}
            rotationSnaps={[0, 45, 90, 135, 180, 225, 270, 315]}
            rotationSnapTolerance={4}
            anchorSize={9}
            anchorCornerRadius={2}
            borderStroke="#2563eb"
            anchorStroke="#2563eb"
            flipEnabled={false}
            ignoreStroke
            boundBoxFunc={(oldBox, newBox) => (Math.abs(newBox.width) < 4 || Math.abs(newBox.height) < 4 ? oldBox : newBox)}
          />
        </Layer>
      </Stage>
      {editing && editing.type === 'text' && (
        <TextEditOverlay element={editing} language={design.language} zoom={scale} offset={offset} onDone={() => useEditorStore.getState().setEditingText(null)} />
      )}
      {/* Image crop (issue 4): an HTML overlay over the image being cropped. */}
      <CropOverlay zoom={scale} offset={offset} />
      <ContextMenu />
      <CommandPalette />
    </div>
  );
}
