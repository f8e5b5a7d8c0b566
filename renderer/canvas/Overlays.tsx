// Canvas overlays that change during a gesture: snap guides (in design coordinates, drawn over the
// page) and the marquee rectangle. Each subscribes to the UI store by itself so a drag re-renders
// only these, never the element views.
import { Group, Line, Rect } from 'react-konva';
import { findElement } from '../../core/model';
import { useDesignStore } from '../state/design-store';
import { useUiStore } from '../state/ui-store';

const GUIDE_COLOR = '#e0218a';

export function SnapGuides({ x, y, scale }: { x: number; y: number; scale: number }) {
  const guides = useUiStore((s) => s.guides);
  const spacing = useUiStore((s) => s.spacing);
  if (!guides.length && !spacing.length) return null;
  const w = 1 / scale;
  const tick = 6 / scale;
  return (
    <Group x={x} y={y} scaleX={scale} scaleY={scale} listening={false} name="snap-guides">
      {guides.map((g, i) => (
        <Line
          key={`g${i}`}
          name={`snap-guide snap-guide-${g.kind}`}
          points={g.axis === 'x' ? [g.pos, g.from, g.pos, g.to] : [g.from, g.pos, g.to, g.pos]}
          stroke={GUIDE_COLOR}
          strokeWidth={w}
          dash={g.kind === 'canvas' ? [4 * w, 3 * w] : undefined}
        />
      ))}
      {spacing.flatMap((mark, i) =>
        mark.gaps.map((gap, j) => {
          const pts =
            mark.axis === 'x'
              ? [gap.start, gap.at - tick, gap.start, gap.at + tick, gap.start, gap.at, gap.end, gap.at, gap.end, gap.at - tick, gap.end, gap.at + tick]
              : [gap.at - tick, gap.start, gap.at + tick, gap.start, gap.at, gap.start, gap.at, gap.end, gap.at - tick, gap.end, gap.at + tick, gap.end];
          return <Line key={`s${i}-${j}`} name="snap-guide snap-guide-spacing" points={pts} stroke={GUIDE_COLOR} strokeWidth={w} />;
        }),
      )}
    </Group>
  );
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
