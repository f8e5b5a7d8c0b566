// The export dialog's rules that are not UI: the strictest alt-text limit among the chosen sizes,
// and when to remind about blurring faces.
import { describe, expect, it } from 'vitest';
import { needsPrivacyReminder, strictestAltRule } from '../../../../core/export';
import { createDesign, createImageElement, createShapeElement } from '../../../../core/model';
import { getPreset, type Preset } from '../../../../core/presets';

const presets = (...ids: string[]) => ids.map((id) => getPreset(id) as Preset);

describe('strictestAltRule', () => {
  it('takes the lowest limit and guidance of the chosen sizes and names the preset setting the limit', () => {
    const rule = strictestAltRule(presets('mastodon-post', 'x-post', 'instagram-square'));
    expect(rule.altText.max).toBe(1000);
    expect(rule.strictest?.id).toBe('x-post');
    expect(rule.altText.warnAbove).toBe(125);
  });

  it('has no limit when no chosen size has one', () => {
    expect(strictestAltRule([])).toEqual({ altText: { max: null, warnAbove: null }, strictest: null });
  });
});

describe('needsPrivacyReminder', () => {
  const photo = (assetId: string, mime = 'image/jpeg') => {
    const d = createDesign();
    d.assets[assetId] = { mime, width: 10, height: 10, name: 'p' } as never;
    d.elements.push(createImageElement({ assetId, x: 0, y: 0, width: 10, height: 10 }));
    return d;
  };

  it('reminds for a photo of the user own', () => {
    expect(needsPrivacyReminder(photo('a'.repeat(64)))).toBe(true);
  });

  it('does not remind once a blur box is in the design, for SVG drawings, or with no photo', () => {
    const blurred = photo('b'.repeat(64));
    blurred.elements.push({ ...createShapeElement({ shape: 'rect', x: 0, y: 0, width: 5, height: 5 }), type: 'redact', mode: 'blur', shape: 'rect', strength: 12 } as never);
    expect(needsPrivacyReminder(blurred)).toBe(false);
    expect(needsPrivacyReminder(photo('c'.repeat(64), 'image/svg+xml'))).toBe(false);
    expect(needsPrivacyReminder(createDesign())).toBe(false);
  });
});
