// Warnings for one export size: text or logos outside the safe zone (core/layout/safe-zones)
// and text whose contrast against the pixels actually drawn behind it is below WCAG AA. The
// checks themselves are in warnings-check.ts, loaded when first asked for.
import { useEffect, useState } from 'react';
import type { SafeZoneWarning } from '../../core/layout/safe-zones';
import type { Design } from '../../core/model';
import type { Preset } from '../../core/presets';
import type { PrintIssue } from '../../core/print/checks';
import { errorMessage } from '../i18n/error-message';

export interface ContrastWarning {
  code: 'contrast.low';
  elementId: string;
  name: string;
  /** Rounded to one decimal, as shown. */
  ratio: number;
  required: number;
}

export interface SizeWarnings {
  safeZones: SafeZoneWarning[];
  contrast: ContrastWarning[];
  /** Print sizes: what can go wrong on paper (core/print/checks). */
  print?: PrintIssue[];
}

/**
 * Warnings for what the canvas shows, recomputed a moment after the design settles. A check that
 * cannot run never breaks editing: it comes back as `error`, for the size bar to show.
 */
export function useViewWarnings(view: Design, preset: Preset | undefined, delayMs = 350): SizeWarnings & { error: string | null } {
  const [warnings, setWarnings] = useState<SizeWarnings & { error: string | null }>({ safeZones: [], contrast: [], error: null });
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      import('./warnings-check')
        .then(({ warningsForView }) => current && setWarnings({ ...warningsForView(view, preset), error: null }))
        .catch((e: unknown) => current && setWarnings({ safeZones: [], contrast: [], error: errorMessage(e) }));
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [view, preset, delayMs]);
  return warnings;
}
