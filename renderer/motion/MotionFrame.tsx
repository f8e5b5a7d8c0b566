// The canvas at a moment of the timeline: the frame exactly as an export draws it (core/scene
// with ctx.time: entrances posed, the photo's frame, keyframed elements placed), laid over the
// page. It takes no pointer events, so the elements beneath can still be picked and dragged.
import { useEffect, useMemo } from 'react';
import { Image as KonvaImage } from 'react-konva';
import type { Design } from '../../core/model';
import type { SceneContext } from '../../core/scene';
import { renderDesignToCanvas } from '../../core/scene/builder';

export function MotionFrame({ design, ctx, time, scale }: { design: Design; ctx: SceneContext; time: number; scale: number }) {
  // Drawn at the screen's density for the current zoom, not at the design's full size.
  const pixelRatio = Math.min(4, Math.max(0.05, scale * (window.devicePixelRatio || 1)));
  const canvas = useMemo(() => renderDesignToCanvas(design, { ...ctx, time }, pixelRatio), [design, ctx, time, pixelRatio]);
  useEffect(
    () => () => {
      // Frees the frame's pixels now rather than at the next garbage collection.
      canvas.width = 0;
      canvas.height = 0;
    },
    [canvas],
  );
  return <KonvaImage name="motion-frame" image={canvas} x={0} y={0} width={design.width} height={design.height} listening={false} />;
}
