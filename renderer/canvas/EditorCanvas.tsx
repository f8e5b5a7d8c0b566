// The editing surface: a thin stage that draws the design page (zoomable, pannable), its
// elements, selection handles, overlays and the in-place text editor. Each gesture lives in its
// own hook under gestures/ (viewport, element drag, transformer, pan, marquee, zoom, context menu
// and drop); their math is in core/layout. Document changes go through the design store (locks,
// one undo step per gesture); transient gesture state lives in refs and the UI store's overlays.
import { Suspense, useMemo, useRef } from 'react';
import { Group, Layer, Rect, Stage, Transformer } from 'react-konva';
import type Konva from 'konva';
import { findElement } from '../../core/model';
import type { SceneContext } from '../../core/scene';
import { useDesignKit } from '../state/library-store';
import { sceneContextFor } from '../export/scene-context';
import { useViewDesign } from '../export/size-view';
import { SafeZoneLayer } from '../export/SafeZoneLayer';
import { useEditorStore } from '../state/editor-store';
import { useImageStore } from '../assets/image-store';
import { useMotionStore } from '../motion/motion-store';
import { MotionFrame } from '../motion/MotionFramePart';
import { ElementView } from './ElementView';
import { TextEditOverlay } from './TextEditOverlay';
import { LazyOverlays } from './LazyOverlays';
import { Marquee, SlotFocus, SnapGuides } from './Overlays';
import type { CanvasRefs } from './gestures/canvas-refs';
import type { Box } from 'konva/lib/shapes/Transformer';
import { useViewport } from './gestures/use-viewport';
import { useElementDrag } from './gestures/use-element-drag';
import { useTransformer } from './gestures/use-transformer';
import { usePan } from './gestures/use-pan';
import { useMarquee } from './gestures/use-marquee';
import { useZoomGestures } from './gestures/use-zoom-gestures';
import { useCanvasMenuAndDrop } from './gestures/use-canvas-menu-and-drop';
import { useTransformerLoaded } from './transformer-class';
import { useSurroundingsShown } from '../surroundings';

// Transformer props that never change are made once: a new array or function on each render is a
// new prop, and every prop set redraws the overlay layer.
const ROTATION_SNAPS = [0, 45, 90, 135, 180, 225, 270, 315];
const keepMinimumBox = (oldBox: Box, newBox: Box): Box => (Math.abs(newBox.width) < 4 || Math.abs(newBox.height) < 4 ? oldBox : newBox);

export function EditorCanvas() {
  const containerRef = useRef<HTMLDivElement>(null);
  const transformerRef = useRef<Konva.Transformer>(null);
  const pageRef = useRef<Konva.Group>(null);
  const spaceDown = useRef(false);
  const panning = useRef<CanvasRefs['panningRef']['current']>(null);

  // The design adapted to the active export size (renderer/export/size-view).
  // At a moment of the timeline, keyframed elements stand where they are then (dragging one sets
  // its keyframe there: renderer/motion/motion-edits keyframedMoves).
  const design = useViewDesign();
  const images = useImageStore((s) => s.images);
  const animations = useImageStore((s) => s.animations);
  const playhead = useMotionStore((s) => s.playhead);
  const selectedIds = useEditorStore((s) => s.selectedIds);
  const editingTextId = useEditorStore((s) => s.editingTextId);
  const fontsVersion = useEditorStore((s) => s.fontsVersion);
  const surroundings = useSurroundingsShown();

  const { viewport, measured, scale, offset, view } = useViewport(containerRef, design);
  const refs = useMemo<CanvasRefs>(
    () => ({ containerRef, pageRef, transformerRef, viewRef: view, spaceDownRef: spaceDown, panningRef: panning }),
    [view],
  );

  // Brand tokens (colors, heading/body fonts) draw with the design's kit.
  const kit = useDesignKit();
  // The one scene-context builder (as exports use); a font finishing loading brings a fresh measurer.
  const ctx: SceneContext = useMemo(
    () => sceneContextFor({ language: design.language, assets: design.assets }, { images, animations, kit }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fontsVersion: re-measure after fonts load
    [design.language, design.assets, images, animations, kit, fontsVersion],
  );

  const handlers = useElementDrag(refs);
  const transformerLoaded = useTransformerLoaded(selectedIds.length > 0);
  const transformer = useTransformer(refs, { selectedIds, editingTextId, design, fontsVersion, transformerLoaded });
  const startPan = usePan(refs);
  const startMarquee = useMarquee(refs);
  const zoomGestures = useZoomGestures(refs);
  const { onContextMenu, onDragOver, onDrop } = useCanvasMenuAndDrop(refs);

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
      {/* The page's shadow and what shows through a transparent background (a checkerboard) are
          the browser's, under the stage: drawn once, not again on every redraw of the page's layer
          (each drag frame, each keystroke). */}
      {measured && <div className="page-shadow" aria-hidden="true" style={{ left: offset.x, top: offset.y, width: design.width * scale, height: design.height * scale }} />}
      {measured && (
        <Stage
          width={viewport.width}
          height={viewport.height}
          onMouseDown={onStageMouseDown}
          onTouchStart={zoomGestures.onTouchStart}
          onTouchMove={zoomGestures.onTouchMove}
          onTouchEnd={zoomGestures.onTouchEnd}
          onWheel={zoomGestures.onWheel}
          onContextMenu={onContextMenu}
        >
          <Layer>
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
                  draggable
                />
              ))}
              {playhead !== null && (
                <Suspense fallback={null}>
                  <MotionFrame design={design} ctx={ctx} time={playhead} scale={scale} />
                </Suspense>
              )}
            </Group>
          </Layer>
          <SafeZoneLayer offset={offset} scale={scale} />
          {/* Guides, marquee and handles: a layer (two canvases) the first frame does without. */}
          {surroundings && (
            <Layer>
              <SnapGuides x={offset.x} y={offset.y} scale={scale} />
              <SlotFocus x={offset.x} y={offset.y} scale={scale} />
              <Marquee />
              {transformerLoaded && (
                <Transformer
                  ref={transformerRef}
                  onTransform={transformer.onTransform}
                  onTransformStart={transformer.onTransformStart}
                  onTransformEnd={transformer.onTransformEnd}
                  anchorDragBoundFunc={transformer.anchorDragBound}
                  rotationSnaps={ROTATION_SNAPS}
                  rotationSnapTolerance={4}
                  anchorSize={9}
                  anchorCornerRadius={2}
                  borderStroke="#2563eb"
                  anchorStroke="#2563eb"
                  flipEnabled={false}
                  ignoreStroke
                  boundBoxFunc={keepMinimumBox}
                />
              )}
            </Layer>
          )}
        </Stage>
      )}
      {editing && editing.type === 'text' && (
        <TextEditOverlay element={editing} language={design.language} zoom={scale} offset={offset} onDone={() => useEditorStore.getState().setEditingText(null)} />
      )}
      <LazyOverlays zoom={scale} offset={offset} />
    </div>
  );
}
