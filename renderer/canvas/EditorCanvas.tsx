// The editing surface: the design page fitted to the window, its elements, selection handles,
// and the in-place text editor.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Group, Layer, Rect, Stage, Transformer } from 'react-konva';
import type Konva from 'konva';
import { findElement, type Element } from '../../core/model';
import { literalColors, type SceneContext } from '../../core/scene';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { useImageStore } from '../assets/image-store';
import { ElementView } from './ElementView';
import { TextEditOverlay } from './TextEditOverlay';
import { bakeScale, fitZoom, pageOffset } from './geometry';

export function EditorCanvas() {
  const containerRef = useRef<HTMLDivElement>(null);
  const transformerRef = useRef<Konva.Transformer>(null);
  const pageRef = useRef<Konva.Group>(null);
  const [viewport, setViewport] = useState({ width: 800, height: 600 });

  const design = useDesignStore((s) => s.design);
  const updateElement = useDesignStore((s) => s.updateElement);
  const images = useImageStore((s) => s.images);
  const { selectedIds, zoom, zoomToFit, editingTextId, fontsVersion } = useEditorStore();
  const { select, toggleSelected, setZoom, setEditingText } = useEditorStore.getState();

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
    if (zoomToFit && Math.abs(zoom - fitted) > 1e-6) setZoom(fitted, true);
  }, [zoomToFit, fitted, zoom, setZoom]);
  const scale = zoomToFit ? fitted : zoom;
  const offset = pageOffset(viewport, design, scale);

  const ctx: SceneContext = useMemo(
    () => ({ language: design.language, color: literalColors, images, assets: design.assets }),
    [design.language, design.assets, images],
  );

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
    const resizable = elements.every((e) => !e.locks.resize);
    tr.resizeEnabled(resizable);
    tr.rotateEnabled(resizable);
    tr.keepRatio(elements.length === 1 && elements[0]?.type === 'image');
    tr.getLayer()?.batchDraw();
  }, [selectedIds, design, editingTextId, fontsVersion]);

  const onPointerDown = (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>, element: Element) => {
    e.cancelBubble = true;
    const shift = 'shiftKey' in e.evt && e.evt.shiftKey;
    if (shift) toggleSelected(element.id);
    else if (!selectedIds.includes(element.id)) select([element.id]);
  };

  const onDragEnd = (e: Konva.KonvaEventObject<DragEvent>, element: Element) => {
    const node = e.target;
    if (node.id() !== element.id) return;
    updateElement(element.id, { x: Math.round(node.x()), y: Math.round(node.y()) }, 'history.move');
  };

  const onTransformEnd = (e: Konva.KonvaEventObject<Event>, element: Element) => {
    const node = e.target;
    const size = bakeScale(node);
    node.scaleX(1);
    node.scaleY(1);
    if (element.type === 'shape' && element.shape === 'ellipse') {
      (node as Konva.Ellipse).setAttrs({ radiusX: size.width / 2, radiusY: size.height / 2, offsetX: -size.width / 2, offsetY: -size.height / 2 });
    } else {
      node.setAttrs(size);
    }
    updateElement(
      element.id,
      { x: Math.round(node.x()), y: Math.round(node.y()), rotation: Math.round(node.rotation() * 100) / 100, ...size },
      'history.transform',
    );
  };

  // Text keeps its font size while resizing: scale becomes box size as the handles move.
  const onTransform = () => {
    for (const node of transformerRef.current?.nodes() ?? []) {
      if (node.getClassName() !== 'Text') continue;
      node.setAttrs({ ...bakeScale(node), scaleX: 1, scaleY: 1 });
    }
  };

  const onStagePointerDown = (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => {
    const target = e.target;
    if (target === target.getStage() || target.name() === 'page-background') select([]);
  };

  const editing = editingTextId ? findElement(design.elements, editingTextId) : undefined;

  return (
    <div className="canvas-host" ref={containerRef} data-testid="canvas" data-zoom={scale.toFixed(4)}>
      <Stage width={viewport.width} height={viewport.height} onMouseDown={onStagePointerDown} onTouchStart={onStagePointerDown}>
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
            x={offset.x}
            y={offset.y}
            scaleX={scale}
            scaleY={scale}
            clipX={0}
            clipY={0}
            clipWidth={design.width}
            clipHeight={design.height}
          >
            <Rect name="page-background" width={design.width} height={design.height} fill={literalColors(design.background.color)} />
            {design.elements.map((el) => (
              <ElementView
                key={`${el.id}:${fontsVersion}`}
                element={el}
                ctx={ctx}
                hidden={el.id === editingTextId}
                onPointerDown={onPointerDown}
                onDoubleClick={(target) => target.type === 'text' && setEditingText(target.id)}
                onDragEnd={onDragEnd}
                onTransformEnd={onTransformEnd}
              />
            ))}
          </Group>
          <Transformer
            ref={transformerRef}
            onTransform={onTransform}
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
        <TextEditOverlay element={editing} language={design.language} zoom={scale} offset={offset} onDone={() => setEditingText(null)} />
      )}
    </div>
  );
}
