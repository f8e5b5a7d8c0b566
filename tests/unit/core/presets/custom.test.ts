import { describe, expect, it } from 'vitest';
import { CUSTOM_PRESET_LIMITS, validateCustomPreset, physicalCustomSize } from '../../../../core/presets';

const valid = { id: 'custom-flyer', name: 'Flyer', width: 1275, height: 1650 };

describe('validateCustomPreset', () => {
  it('accepts a custom size and fills defaults', () => {
    const r = validateCustomPreset(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.preset).toMatchObject({ id: 'custom-flyer', platform: 'custom', name: 'Flyer', width: 1275, height: 1650, byteLimit: 8_000_000, source: 'user' });
    expect(r.preset.formats).toEqual(['png', 'jpeg', 'webp']);
    expect(r.preset.safeZone.area).toEqual({ x: 0, y: 0, width: 1275, height: 1650 });
    expect(r.preset.minWidth).toBe(638);
  });

  it('builds a circle and a safe area when asked', () => {
    const r = validateCustomPreset({ ...valid, width: 500, height: 500, circle: true, safeArea: { x: 50, y: 50, width: 400, height: 400 } });
    expect(r.ok && r.preset.safeZone.circle).toEqual({ cx: 250, cy: 250, r: 250 });
    expect(r.ok && r.preset.safeZone.area).toEqual({ x: 50, y: 50, width: 400, height: 400 });
  });

  it.each([
    [{ ...valid, id: 'x-post' }, 'id'],
    [{ ...valid, id: 'custom-../x' }, 'id'],
    [{ ...valid, name: '   ' }, 'name'],
    [{ ...valid, width: 10 }, 'width'],
    [{ ...valid, height: 1.5 }, 'height'],
    [{ ...valid, width: 9000 }, 'width'],
    [{ ...valid, byteLimit: 5 }, 'byteLimit'],
    [{ ...valid, formats: ['gif'] }, 'formats.0'],
    [{ ...valid, extra: true }, ''],
  ])('refuses %j with a coded error naming %s', (input, path) => {
    const r = validateCustomPreset(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.code).toBe('presets.custom-invalid');
    expect(r.errors.some((e) => e.path === path)).toBe(true);
    expect(r.errors[0]!.message).toMatch(/^custom size: /);
  });

  it('refuses too many pixels, a safe area past the edge and repeated formats', () => {
    const big = validateCustomPreset({ ...valid, width: 8000, height: 8000 });
    expect(!big.ok && big.errors.map((e) => e.code)).toEqual(['presets.custom-too-many-pixels']);
    expect(8000 * 8000).toBeGreaterThan(CUSTOM_PRESET_LIMITS.maxPixels);
    const area = validateCustomPreset({ ...valid, safeArea: { x: 1000, y: 0, width: 400, height: 100 } });
    expect(!area.ok && area.errors.map((e) => e.code)).toEqual(['presets.custom-safe-area-outside']);
    const twice = validateCustomPreset({ ...valid, formats: ['png', 'png'] });
    expect(!twice.ok && twice.errors.map((e) => e.code)).toEqual(['presets.custom-duplicate-formats']);
  });

  it('makes a print size from inches or centimetres: 150 design px per inch, a safety margin, no scaling down', () => {
    const banner = validateCustomPreset({ id: 'custom-banner', name: 'Banner', ...physicalCustomSize('in', 36, 12) });
    expect(banner.ok).toBe(true);
    if (!banner.ok) return;
    expect([banner.preset.width, banner.preset.height]).toEqual([5400, 1800]);
    expect(banner.preset.print).toEqual({ widthIn: 36, heightIn: 12, definedIn: 'in', kind: 'sign' });
    expect(banner.preset.safeZone.area).toEqual({ x: 75, y: 75, width: 5250, height: 1650 });
    expect([banner.preset.minWidth, banner.preset.minHeight]).toEqual([5400, 1800]);
    const card = validateCustomPreset({ id: 'custom-card', name: 'Card', ...physicalCustomSize('cm', 10, 15) });
    expect(card.ok && card.preset.print).toMatchObject({ definedIn: 'mm', kind: 'sheet' });
    expect(card.ok && [card.preset.width, card.preset.height]).toEqual([591, 886]);
  });

  it('refuses print sizes beyond what a design can hold, and pixels that do not match the paper', () => {
    const huge = validateCustomPreset({ id: 'custom-huge', name: 'Huge', ...physicalCustomSize('in', 60, 20) });
    expect(huge.ok).toBe(false);
    const tiny = validateCustomPreset({ id: 'custom-tiny', name: 'Tiny', ...physicalCustomSize('cm', 1, 10) });
    expect(!tiny.ok && tiny.errors.map((e) => e.code)).toEqual(['presets.custom-physical-size']);
    const forged = validateCustomPreset({ id: 'custom-forged', name: 'Forged', width: 4000, height: 4000, physical: { unit: 'in', width: 8.5, height: 11 } });
    expect(!forged.ok && forged.errors.map((e) => e.code)).toEqual(['presets.custom-physical-size']);
  });

  it('refuses non-objects', () => {
    expect(validateCustomPreset(null).ok).toBe(false);
    expect(validateCustomPreset('custom-a').ok).toBe(false);
  });
});
