// The snap guides as Konva lines, kept in step with the UI store without React: the guides change
// on most pointer moves of a drag over a busy design, and rendering them through React cost about
// a third of a millisecond per move (reconciling the lines, flushing the work react-konva batches).
// Lines are reused from one move to the next; only their points, dash and name change.
import Konva from 'konva';
import type { Guide, SpacingMark } from '../../core/layout/snapping';

export const GUIDE_COLOR = '#e0218a';

/** One line to draw, in design coordinates: `kind` names it (`snap-guide-<kind>`), tests and all. */
export interface GuideLine {
  kind: Guide['kind'];
  points: number[];
  /** Dashed (canvas guides), in design pixels at the given zoom. */
  dash?: number[];
}

/** The lines that show `guides` and `spacing` at zoom `scale` (strokes and ticks stay 1 and 6 screen pixels). */
export function guideLines(guides: readonly Guide[], spacing: readonly SpacingMark[], scale: number): GuideLine[] {
  const w = 1 / scale;
  const tick = 6 / scale;
  const out: GuideLine[] = guides.map((g) => ({
    kind: g.kind,
    points: g.axis === 'x' ? [g.pos, g.from, g.pos, g.to] : [g.from, g.pos, g.to, g.pos],
    ...(g.kind === 'canvas' ? { dash: [4 * w, 3 * w] } : {}),
  }));
  for (const mark of spacing) {
    for (const gap of mark.gaps) {
      out.push({
        kind: 'spacing',
        points:
          mark.axis === 'x'
            ? [gap.start, gap.at - tick, gap.start, gap.at + tick, gap.start, gap.at, gap.end, gap.at, gap.end, gap.at - tick, gap.end, gap.at + tick]
            : [gap.at - tick, gap.start, gap.at + tick, gap.start, gap.at, gap.start, gap.at, gap.end, gap.at - tick, gap.end, gap.at + tick, gap.end],
      });
    }
  }
  return out;
}

/**
 * Makes `group`'s children the lines for `guides` and `spacing`: the first lines are updated, missing
 * ones added, extra ones destroyed. Konva asks the layer for one redraw in the next frame as they change.
 */
export function syncGuideLines(group: Konva.Group, guides: readonly Guide[], spacing: readonly SpacingMark[], scale: number): void {
  const lines = guideLines(guides, spacing, scale);
  const children = group.getChildren() as Konva.Line[];
  const strokeWidth = 1 / scale;
  for (let i = 0; i < lines.length; i++) {
    const { kind, points, dash } = lines[i]!;
    const attrs = { name: `snap-guide snap-guide-${kind}`, points, strokeWidth, dash: dash ?? [], dashEnabled: !!dash };
    const line = children[i];
    if (line) line.setAttrs(attrs);
    else group.add(new Konva.Line({ ...attrs, stroke: GUIDE_COLOR, listening: false }));
  }
  for (const line of group.getChildren().slice(lines.length)) line.destroy();
}
