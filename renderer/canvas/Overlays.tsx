// Canvas overlays that change during a gesture: snap guides (in design coordinates, drawn over the
// page) and the marquee rectangle. Each subscribes to the UI store by itself so a drag re-renders
// only these, never the element views; the guides are not re-rendered at all, their lines follow
// the store directly.
import { useEffect, useRef } from 'react';
import type Konva from 'konva';
import { Group, Rect } from 'react-konva';
import { findElement } from '../../core/model';
import { useDesignStore } from '../state/design-store';
import { useUiStore } from '../state/ui-store';
import { syncGuideLines } from './snap-guide-lines';

/**
 * The snap guides over the page. The lines follow the UI store through a subscription, not through
 * React (snap-guide-lines.ts): a drag changes them on most pointer moves.
 */
export function SnapGuides({ x, y, scale }: { x: number; y: number; scale: number }) {
  const groupRef = useRef<Konva.Group>(null);
  useEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    const { guides, spacing } = useUiStore.getState();
    syncGuideLines(group, guides, spacing, scale);
    return useUiStore.subscribe((s, before) => {
      if (s.guides !== before.guides || s.spacing !== before.spacing) syncGuideLines(group, s.guides, s.spacing, scale);
    });
  }, [scale]);
  return <Group ref={groupRef} x={x} y={y} scaleX={scale} scaleY={scale} listening={false} name="snap-guides" />;
}

export function Marquee() {
  const m = useUiStore((s) => s.marquee);
  if (!m) return null;
  return <Rect name="marquee" {...m} fill="rgba(37, 99, 235, 0.08)" stroke="#2563eb" strokeWidth={1} dash={[4, 3]} listening={false} />;
}

/**
 * The outline of the slot being filled in from the form: shows where the words go, without
 * selecting the element (no handles, no inspector work on every keystroke). Re-renders only when
 * that element's box moves, not when its words change.
 */
export function SlotFocus({ x, y, scale }: { x: number; y: number; scale: number }) {
  const id = useUiStore((s) => s.focusedSlotId);
  const box = useDesignStore((s) => {
    const el = id ? findElement(s.design.elements, id) : undefined;
    return el ? `${el.x},${el.y},${el.width},${el.height},${el.rotation}` : null;
  });
  if (!box) return null;
  const [bx, by, bw, bh, rotation] = box.split(',').map(Number) as [number, number, number, number, number];
  const w = 1 / scale;
  return (
    <Group x={x} y={y} scaleX={scale} scaleY={scale} listening={false} name="slot-focus">
      <Rect x={bx} y={by} width={bw} height={bh} rotation={rotation} stroke="#2563eb" strokeWidth={2 * w} dash={[6 * w, 4 * w]} />
    </Group>
  );
}
