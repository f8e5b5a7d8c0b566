// The renderer's text measurer: one canvas measurer (with its width cache) until a font finishes
// loading, which changes widths, and then a fresh one. Every SceneContext the renderer builds
// (editor canvas, exports, previews) measures with it, so fitting is the same everywhere.
import { fontFamilyOf } from '../../core/scene';
import { createContextMeasurer, type Measure } from '../../core/layout/text-fit';

let current: Measure | undefined;

/** Points text fitting at a fresh canvas measurer (its cache must not outlive a font change). */
export function refreshTextMeasurer(): void {
  current = undefined;
}

/** The measurer for now; undefined only where there is no canvas (never in the app). */
export function textMeasurer(): Measure | undefined {
  if (current) return current;
  if (typeof document === 'undefined') return undefined;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  // A face that finishes loading changes widths: the next call measures afresh.
  document.fonts?.addEventListener('loadingdone', refreshTextMeasurer, { once: true });
  current = createContextMeasurer(ctx, fontFamilyOf);
  return current;
}
