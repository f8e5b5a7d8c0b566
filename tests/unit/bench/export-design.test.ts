// The export bench's pass at half the pixels must export the same design with half the pixel work:
// every preset scaled alike, its safe zone with it, so adapting lays the design out the same way.
import { describe, expect, it } from 'vitest';
import { BENCH_PRESETS, withPixels } from '../../../bench/export-design';
import { getPreset, type Preset } from '../../../core/presets';

describe('withPixels', () => {
  it('keeps a preset as it is at all of its pixels', () => {
    const p = getPreset('x-header') as Preset;
    expect(withPixels(p, 1)).toBe(p);
  });

  it('gives each bench preset about half its pixels, with its safe zone and minima scaled alike', () => {
    for (const id of BENCH_PRESETS) {
      const p = getPreset(id) as Preset;
      const half = withPixels(p, 0.5);
      expect(half.id).toBe(p.id);
      expect((half.width * half.height) / (p.width * p.height)).toBeCloseTo(0.5, 2);
      const k = Math.SQRT1_2;
      expect(half.minWidth).toBe(Math.round(p.minWidth * k));
      const a = p.safeZone.area;
      const b = half.safeZone.area;
      // A safe zone that starts at the edge still does.
      expect([b.x, b.y]).toEqual([Math.round(a.x * k), Math.round(a.y * k)]);
      expect(b.width).toBe(Math.round(a.width * k));
      expect(half.safeZone.covered).toHaveLength(p.safeZone.covered.length);
    }
    const header = withPixels(getPreset('x-header') as Preset, 0.5);
    expect(header.safeZone.area).toEqual({ x: 106, y: 0, width: 849, height: 354 });
    expect(header.safeZone.covered[0]).toEqual({ x: 106, y: 233, width: 212, height: 120 });
  });

  it('scales a variable preset\'s longest side', () => {
    const bluesky = withPixels(getPreset('bluesky-post') as Preset, 0.5);
    expect(bluesky.variable?.maxLongSide).toBe(1414);
  });
});
