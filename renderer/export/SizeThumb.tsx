// One size of the design, small, with its quality check: the card of the all-sizes overview and
// the thumbnail strip of the export dialog. The drawing waits its turn (size-thumbs queueThumb).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../core/model';
import { findElement } from '../../core/model';
import type { Preset } from '../../core/presets';
import type { SizeIssue } from '../../core/layout/size-quality';
import { elementName } from '../i18n/element-name';
import { useEditorStore } from '../state/editor-store';
import { contrastOf, drawThumb, queueThumb, sizeOverview, thumbSize, type SizeOverview } from './size-thumbs';
import type { ContrastWarning } from './warnings';

/** The overview of `preset`, computed a frame later (adapting re-fits text) and again when the design changes. */
export function useSizeOverview(design: Design, preset: Preset): SizeOverview | null {
  const fonts = useEditorStore((s) => s.fontsVersion);
  const [overview, setOverview] = useState<SizeOverview | null>(null);
  useEffect(() => queueThumb(() => setOverview(sizeOverview(design, preset))), [design, preset, fonts]);
  return overview;
}

/** The size's contrast warnings, measured in a later frame (it draws the design without its text). */
export function useSizeContrast(overview: SizeOverview | null): ContrastWarning[] | null {
  const [measured, setMeasured] = useState<{ of: SizeOverview; contrast: ContrastWarning[] } | null>(null);
  useEffect(() => {
    if (!overview || overview.contrast) return;
    return queueThumb(() => setMeasured({ of: overview, contrast: contrastOf(overview) }));
  }, [overview]);
  if (!overview) return null;
  return overview.contrast ?? (measured?.of === overview ? measured.contrast : null);
}

/** The canvas of one size; its box keeps the size's shape before it is drawn. */
export function ThumbCanvas({ overview, preset, longSide, testId }: { overview: SizeOverview | null; preset: Preset; longSide: number; testId: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const box = thumbSize(overview?.view ?? preset, longSide);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const canvas = ref.current;
    if (!overview || !canvas) return;
    return queueThumb(() => {
      drawThumb(canvas, overview, longSide);
      setDrawn(true);
    });
  }, [overview, longSide]);
  return <canvas ref={ref} className="size-thumb-canvas" data-testid={testId} data-drawn={drawn ? 'yes' : 'no'} width={box.width} height={box.height} />;
}

/** One quality issue in the user's language, naming the layer as the Layers panel does. */
export function useIssueText(design: Design) {
  const { t } = useTranslation();
  return useMemo(
    () => (issue: SizeIssue) => {
      const el = findElement(design.elements, issue.elementId);
      const params: Record<string, string | number | undefined> = { ...issue.params, element: el ? elementName(el, t, design.language) : issue.params.element };
      if (issue.code === 'size.new-overlap') {
        const other = findElement(design.elements, String(issue.params.otherId));
        if (other) params.other = elementName(other, t, design.language);
      }
      return t(`cli.checkSizes.${issue.code}`, params);
    },
    [design, t],
  );
}
