// One model element drawn with react-konva, using core/scene's attribute functions so the
// editor shows exactly what the exporter will render.
import { Ellipse, Group, Rect, Shape, Text } from 'react-konva';
import type Konva from 'konva';
import type { Element } from '../../core/model';
import { groupAttrs, imageAttrs, shapeAttrs, textAttrs, type SceneContext } from '../../core/scene';

export interface ElementViewProps {
  element: Element;
  ctx: SceneContext;
  hidden?: boolean;
  onPointerDown(e: Konva.KonvaEventObject<MouseEvent | TouchEvent>, element: Element): void;
  onDoubleClick(element: Element): void;
  onDragEnd(e: Konva.KonvaEventObject<DragEvent>, element: Element): void;
  onTransformEnd(e: Konva.KonvaEventObject<Event>, element: Element): void;
}

export function ElementView(props: ElementViewProps) {
  const { element: el, ctx, hidden } = props;
  const handlers = {
    draggable: !el.locks.move,
    onMouseDown: (e: Konva.KonvaEventObject<MouseEvent>) => props.onPointerDown(e, el),
    onTouchStart: (e: Konva.KonvaEventObject<TouchEvent>) => props.onPointerDown(e, el),
    onDblClick: () => props.onDoubleClick(el),
    onDblTap: () => props.onDoubleClick(el),
    onDragEnd: (e: Konva.KonvaEventObject<DragEvent>) => props.onDragEnd(e, el),
    onTransformEnd: (e: Konva.KonvaEventObject<Event>) => props.onTransformEnd(e, el),
  };
  switch (el.type) {
    case 'text': {
      const attrs = textAttrs(el, ctx);
      return <Text {...attrs} {...handlers} visible={attrs.visible && !hidden} />;
    }
    case 'image':
      return <Shape {...imageAttrs(el, ctx)} {...handlers} />;
    case 'shape':
      return el.shape === 'ellipse' ? (
        <Ellipse {...(shapeAttrs(el, ctx) as Konva.EllipseConfig)} {...handlers} />
      ) : (
        <Rect {...shapeAttrs(el, ctx)} {...handlers} />
      );
    case 'group':
      return (
        <Group {...groupAttrs(el)} {...handlers}>
          {el.children.map((child) => (
            <ElementView key={child.id} {...props} element={child} />
          ))}
        </Group>
      );
  }
}
