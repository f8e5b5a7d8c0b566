// One model element drawn with react-konva, using core/scene's attribute functions so the
// editor shows exactly what the exporter will render. Memoised: a drag or a guide update never
// re-renders the other elements; props are the element (replaced only when it changes), the
// scene context, and a stable handler object.
import { memo } from 'react';
import { Ellipse, Group, Rect, Shape, Text } from 'react-konva';
import type Konva from 'konva';
import type { Element } from '../../core/model';
import type { SceneContext } from '../../core/scene';
import { elementNodeSpec } from '../../core/elements/scene';

export interface ElementHandlers {
  onPointerDown(e: Konva.KonvaEventObject<MouseEvent | TouchEvent>, element: Element): void;
  onDoubleClick(element: Element): void;
  onDragStart(e: Konva.KonvaEventObject<DragEvent>, element: Element): void;
  onDragMove(e: Konva.KonvaEventObject<DragEvent>, element: Element): void;
  onDragEnd(e: Konva.KonvaEventObject<DragEvent>, element: Element): void;
  onTransformEnd(e: Konva.KonvaEventObject<Event>, element: Element): void;
}

export interface ElementViewProps {
  element: Element;
  ctx: SceneContext;
  hidden?: boolean;
  /** Only top-level elements are interactive; a group's children act through the group. */
  handlers?: ElementHandlers;
  draggable?: boolean;
}

function ElementViewImpl({ element: el, ctx, hidden, handlers, draggable }: ElementViewProps) {
  const events = handlers
    ? {
        draggable: !!draggable,
        onMouseDown: (e: Konva.KonvaEventObject<MouseEvent>) => handlers.onPointerDown(e, el),
        onTouchStart: (e: Konva.KonvaEventObject<TouchEvent>) => handlers.onPointerDown(e, el),
        onDblClick: () => handlers.onDoubleClick(el),
        onDblTap: () => handlers.onDoubleClick(el),
        onDragStart: (e: Konva.KonvaEventObject<DragEvent>) => handlers.onDragStart(e, el),
        onDragMove: (e: Konva.KonvaEventObject<DragEvent>) => handlers.onDragMove(e, el),
        onDragEnd: (e: Konva.KonvaEventObject<DragEvent>) => handlers.onDragEnd(e, el),
        onTransformEnd: (e: Konva.KonvaEventObject<Event>) => handlers.onTransformEnd(e, el),
      }
    : {};
  // Each kind's Konva mapping (core/elements) decides the node class and its attributes.
  const { className, attrs } = elementNodeSpec(el, ctx);
  if (el.type === 'group') {
    return (
      <Group {...attrs} {...events}>
        {el.children.map((child) => (
          <ElementView key={child.id} element={child} ctx={ctx} hidden={hidden} />
        ))}
      </Group>
    );
  }
  const Node = NODES[className] as typeof Shape;
  // Text being edited in place hides under the editor overlay.
  const visible = el.type === 'text' ? attrs.visible !== false && !hidden : attrs.visible;
  return <Node {...(attrs as Konva.ShapeConfig)} {...events} visible={visible} />;
}

const NODES = { Text, Rect, Ellipse, Shape, Group } as const;

export const ElementView = memo(ElementViewImpl);
