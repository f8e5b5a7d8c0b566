// Safe-zone overlay for the active export size, drawn over the page in its own non-listening
// Konva layer: the area outside the safe zone is dimmed (story bars, cover crops), a round
// profile crop dims everything outside the circle, and areas the platform covers (X header
// avatar, YouTube duration badge) are hatched in red.
import { Group, Layer, Line, Rect, Shape } from 'react-konva';
import type { Context } from 'konva/lib/Context';
import { safeZoneFor } from '../../core/presets';
import { presetById, useSizeStore } from './size-store';
import { useViewDesign } from './size-view';

const DIM = 'rgba(15, 23, 42, 0.5)';
const EDGE = '#f8fafc';
const COVER_FILL = 'rgba(220, 38, 38, 0.28)';
const COVER_EDGE = '#dc2626';

export function SafeZoneLayer({ offset, scale }: { offset: { x: number; y: number }; scale: number }) {
  const activeId = useSizeStore((s) => s.activePresetId);
  const show = useSizeStore((s) => s.showSafeZones);
  const custom = useSizeStore((s) => s.customPresets);
  const design = useViewDesign();
  const preset = activeId ? presetById(activeId, custom) : undefined;
  if (!preset || !show) return null;
  const { width: W, height: H } = design;
  const zone = safeZoneFor(preset, W, H);
  const { area, circle, covered } = zone;
  const px = 1 / scale;
  const fullArea = area.x <= 0.5 && area.y <= 0.5 && area.width >= W - 1 && area.height >= H - 1;

  return (
    <Layer listening={false} name="safe-zones">
      <Group x={offset.x} y={offset.y} scaleX={scale} scaleY={scale} clipX={0} clipY={0} clipWidth={W} clipHeight={H} name="safe-zone-overlay">
        {/* One even-odd path: the page minus the safe area (and minus the circle). A size whose
            whole page is safe (X post, LinkedIn banner, ...) dims nothing. */}
        {(circle || !fullArea) && (
          <Shape
            name="safe-zone-dim"
            sceneFunc={(ctx: Context) => {
              const c = ctx._context;
              c.beginPath();
              c.rect(0, 0, W, H);
              if (circle) c.arc(circle.cx, circle.cy, circle.r, 0, Math.PI * 2, true);
              else c.rect(area.x, area.y, area.width, area.height);
              c.fillStyle = DIM;
              c.fill('evenodd');
            }}
          />
        )}
        {!fullArea && !circle && (
          <Rect name="safe-zone-edge" x={area.x} y={area.y} width={area.width} height={area.height} stroke={EDGE} strokeWidth={1.5 * px} dash={[6 * px, 4 * px]} />
        )}
        {circle && (
          <Shape
            name="safe-zone-circle"
            sceneFunc={(ctx: Context, shape) => {
              ctx.beginPath();
              ctx.arc(circle.cx, circle.cy, circle.r, 0, Math.PI * 2);
              ctx.strokeShape(shape);
            }}
            stroke={EDGE}
            strokeWidth={1.5 * px}
            dash={[6 * px, 4 * px]}
          />
        )}
        {covered.map((r, i) => (
          <Group key={i} name="safe-zone-covered" clipX={r.x} clipY={r.y} clipWidth={r.width} clipHeight={r.height}>
            <Rect x={r.x} y={r.y} width={r.width} height={r.height} fill={COVER_FILL} />
            {hatch(r, 14 * px).map((pts, j) => (
              <Line key={j} points={pts} stroke={COVER_EDGE} strokeWidth={1 * px} opacity={0.55} />
            ))}
            <Rect x={r.x} y={r.y} width={r.width} height={r.height} stroke={COVER_EDGE} strokeWidth={1.5 * px} />
          </Group>
        ))}
      </Group>
    </Layer>
  );
}

/** Diagonal hatching lines covering a rectangle (clipped by the caller). */
function hatch(r: { x: number; y: number; width: number; height: number }, step: number): number[][] {
  const lines: number[][] = [];
  const n = Math.min(400, Math.ceil((r.width + r.height) / step));
  for (let i = 0; i <= n; i++) {
    const d = i * step;
    lines.push([r.x + d, r.y, r.x + d - r.height, r.y + r.height]);
  }
  return lines;
}
