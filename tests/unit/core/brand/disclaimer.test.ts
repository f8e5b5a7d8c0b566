// The kit's disclaimer as an element: its words per language from the kit, boxed, locked, at
// least 12 pt on print sizes; switching kits rewrites it.
import { describe, expect, it } from 'vitest';
import { createDisclaimerElement, DEFAULT_BRAND_KIT, rethemeDesign, type BrandKit } from '../../../../core/brand';
import { createDesign, textFor } from '../../../../core/model';
import { getPreset } from '../../../../core/presets';
import { checkPrint, ptToPx } from '../../../../core/print';

const kit: BrandKit = { ...DEFAULT_BRAND_KIT, id: 'local-12', disclaimer: { en: 'Paid for by Local 12', es: 'Pagado por el Local 12' } };

describe('disclaimer element', () => {
  it('carries the kit words in both languages, locked, boxed, at least 12 pt', () => {
    const letter = getPreset('print-letter')!;
    const el = createDisclaimerElement({ width: letter.width, height: letter.height, language: 'es' }, kit, 'Paid for by …');
    expect(el.role).toBe('disclaimer');
    expect(textFor(el, 'en')).toBe('Paid for by Local 12');
    expect(textFor(el, 'es')).toBe('Pagado por el Local 12');
    expect(el.fontSize).toBeGreaterThanOrEqual(ptToPx(12));
    expect(el.locks).toMatchObject({ content: true, style: true, delete: true });
    expect(el.highlight?.color).toBe('#ffffff');
    // Placed where the print checks want it: inside the safe area, big enough.
    const design = { ...createDesign({ width: letter.width, height: letter.height }), elements: [el] };
    expect(checkPrint(design, letter, { distanceFt: 2, color: (c) => (typeof c === 'string' ? c : c.fallback), disclaimer: 'Paid for by Local 12' })).toEqual([]);
  });

  it('uses the fallback words when the kit has none, and stays readable on screen sizes', () => {
    const el = createDisclaimerElement({ width: 1080, height: 1080, language: 'en' }, DEFAULT_BRAND_KIT, 'Paid for by [your organization]');
    expect(el.text).toBe('Paid for by [your organization]');
    expect(el.fontSize).toBe(Math.max(Math.ceil(ptToPx(12)), Math.round(1080 * 0.022)));
  });

  it('follows a change of kit, and leaves other text alone', () => {
    const design = { ...createDesign({ width: 1275, height: 1650 }), elements: [createDisclaimerElement({ width: 1275, height: 1650, language: 'en' }, kit, 'x')] };
    const other: BrandKit = { ...DEFAULT_BRAND_KIT, id: 'tenants', disclaimer: { en: 'Paid for by Riverside Tenants', es: 'Pagado por Riverside Tenants' } };
    const switched = rethemeDesign(design, other);
    const el = switched.elements[0]!;
    expect(el.type === 'text' && [textFor(el, 'en'), textFor(el, 'es')]).toEqual(['Paid for by Riverside Tenants', 'Pagado por Riverside Tenants']);
    // A kit without a disclaimer does not erase the words already there.
    const kept = rethemeDesign(switched, DEFAULT_BRAND_KIT).elements[0]!;
    expect(kept.type === 'text' && textFor(kept, 'en')).toBe('Paid for by Riverside Tenants');
  });
});
