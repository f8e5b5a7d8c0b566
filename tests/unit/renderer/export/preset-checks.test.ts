// Export checks that cannot run are shown as errors, never swallowed, and still count.
import { describe, expect, it } from 'vitest';
import { createDesign } from '../../../../core/model';
import { getPreset, type Preset } from '../../../../core/presets';
import { presetChecks, warningCount } from '../../../../renderer/export/dialog/preset-checks';

describe('export dialog checks', () => {
  it('keeps each size checked, and turns a check that throws into an error naming the reason', () => {
    const presets = ['x-post', 'instagram-story'].map((id) => getPreset(id) as Preset);
    const checks = presetChecks(createDesign(), presets, (_design, preset) => {
      if (preset.id === 'instagram-story') throw Object.assign(new Error('the canvas could not be read'), { code: 'nope-not-a-code' });
      return { safeZones: [], contrast: [] };
    });
    expect(checks.map((c) => c.preset.id)).toEqual(['x-post', 'instagram-story']);
    expect(checks[0]).toEqual({ preset: presets[0], warnings: { safeZones: [], contrast: [] } });
    expect(checks[1]!.error).toContain('the canvas could not be read');
    expect(warningCount(checks)).toBe(1);
  });
});
