// What the export dialog starts with (renderer/export/dialog/initial-choices.ts).
import { describe, expect, it } from 'vitest';
import { createDesign, createTextElement } from '../../../../core/model';
import { hasBothLanguages, initialBoth, initialSizes, ownPresetId, rememberExportChoices, rememberTemplateSize } from '../../../../renderer/export/dialog/initial-choices';

describe('export dialog starting choices', () => {
  it('starts with the last sizes for this design, else the previewed size, else its template size, else a size with its pixels', () => {
    const design = createDesign({ name: 'Card', width: 1200, height: 630 });
    expect(ownPresetId(design)).toBe('facebook-post-landscape');
    expect(initialSizes(design, null, 'instagram-square')).toEqual(['facebook-post-landscape']);
    rememberTemplateSize(design.id, 'linkedin-post');
    expect(initialSizes(design, null, 'instagram-square')).toEqual(['linkedin-post']);
    expect(initialSizes(design, 'x-post', 'instagram-square')).toEqual(['x-post']);
    rememberExportChoices(design.id, ['bluesky-post', 'x-post'], false);
    expect(initialSizes(design, 'instagram-story', 'instagram-square')).toEqual(['bluesky-post', 'x-post']);
    expect(initialSizes(createDesign({ name: 'Odd', width: 999, height: 777 }), null, 'instagram-square')).toEqual(['instagram-square']);
  });

  it('starts with both languages when some text is written in both, unless the user chose otherwise for this design', () => {
    const one = createDesign({ name: 'EN', width: 1080, height: 1080 });
    one.elements.push(createTextElement({ x: 0, y: 0, width: 10, height: 10, text: 'We won' }));
    expect(hasBothLanguages(one)).toBe(false);
    const two = createDesign({ name: 'EN+ES', width: 1080, height: 1080 });
    two.elements.push(createTextElement({ x: 0, y: 0, width: 10, height: 10, text: 'We won', variants: { es: '¡Ganamos!' } }));
    expect(hasBothLanguages(two)).toBe(true);
    expect(initialBoth(two)).toBe(true);
    rememberExportChoices(two.id, ['x-post'], false);
    expect(initialBoth(two)).toBe(false);
  });
});
