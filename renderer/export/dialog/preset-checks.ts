// The export checks for each chosen size. A check that cannot run comes back as an error in the
// user's language, shown where the warnings would be; it never blocks exporting.
import type { Design } from '../../../core/model';
import type { Preset } from '../../../core/presets';
import { errorMessage } from '../../i18n/error-message';
import type { SizeWarnings } from '../warnings';
import { warningsForPreset } from '../preset-warnings';

export type PresetChecks = { preset: Preset; warnings: SizeWarnings; error?: undefined } | { preset: Preset; warnings?: undefined; error: string };

export function presetChecks(design: Design, presets: readonly Preset[], check: (design: Design, preset: Preset) => SizeWarnings = warningsForPreset): PresetChecks[] {
  return presets.map((preset) => {
    try {
      return { preset, warnings: check(design, preset) };
    } catch (e) {
      return { preset, error: errorMessage(e) };
    }
  });
}

/** Warnings and failed checks, counted as the dialog's badge shows them. */
export function warningCount(checks: readonly PresetChecks[]): number {
  return checks.reduce((n, c) => n + (c.warnings ? c.warnings.safeZones.length + c.warnings.contrast.length + (c.warnings.print?.length ?? 0) : 1), 0);
}
