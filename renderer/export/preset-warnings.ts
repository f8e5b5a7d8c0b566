// Every warning for one export size, as the export dialog and the size overview list them: the
// design adapted to the size, its safe-zone and contrast warnings, and on print sizes the print
// checks. Only those (lazily loaded) parts need the print checks; the size bar uses warnings.ts.
import { adaptToPreset } from '../../core/export/adapt-to-preset';
import type { Design } from '../../core/model';
import type { Preset } from '../../core/presets';
import { checkPrint, defaultDistanceFt } from '../../core/print/checks';
import { currentDesignKit } from '../state/library-store';
import { sceneContextFor } from './scene-context';
import { warningsForView } from './warnings-check';
import type { SizeWarnings } from './warnings';

/** The design as exported for `preset`, then its safe-zone and contrast warnings, and on print sizes the print checks. */
export function warningsForPreset(design: Design, preset: Preset, print?: { distanceFt: number }): SizeWarnings {
  const ctx = sceneContextFor(design);
  const view = adaptToPreset(design, preset, ctx);
  const warnings = warningsForView(view, preset);
  if (!preset.print) return warnings;
  const disclaimer = currentDesignKit(design.brandKitId).disclaimer[design.language];
  const issues = checkPrint(view, preset, { distanceFt: print?.distanceFt ?? defaultDistanceFt(preset), color: ctx.color, ...(disclaimer ? { disclaimer } : {}) });
  // On paper, "outside the safe area" is said by the print check (too close to the trim, in the bleed).
  const printed = new Set(issues.filter((i) => 'elementId' in i).map((i) => (i as { elementId: string }).elementId));
  return { ...warnings, safeZones: warnings.safeZones.filter((w) => !printed.has(w.elementId)), print: issues };
}
