// The quality check of an adapted size (core/layout/size-quality.ts), on crafted designs that each
// break one rule, and on the adaptation the app really does.
import { describe, expect, it } from 'vitest';
import { checkAdaptedSize } from '../../../../core/layout/size-quality';
import { adaptDesign } from '../../../../core/layout/adapt';
import { createDesign, createImageElement, createShapeElement, createTextElement, type Design, type Element } from '../../../../core/model';
import { getPreset } from '../../../../core/presets';

const xPost = getPreset('x-post')!; // 1600x900, no restricted area
const story = getPreset('instagram-story')!; // bars at the top and bottom

function design(elements: Element[], width = 1600, height = 900): Design {
  const d = createDesign({ name: 'Crafted', width, height });
  d.elements = elements;
  return d;
}

const codes = (original: Design, adapted: Design, preset = xPost) => checkAdaptedSize(original, adapted, preset).issues.map((i) => `${i.code}:${i.elementId}`);

describe('checkAdaptedSize', () => {
  const circle = createShapeElement({ id: 'ring', shape: 'ellipse', x: 100, y: 100, width: 200, height: 200 });
  const band = createShapeElement({ id: 'band', shape: 'rect', x: 0, y: 700, width: 1600, height: 100 });
  const headline = createTextElement({ id: 'headline', x: 400, y: 100, width: 800, height: 200, text: 'We won', fontSize: 80 });
  const note = createTextElement({ id: 'note', x: 400, y: 400, width: 800, height: 60, text: 'Paid for by Local 42', fontSize: 30 });
  const original = design([circle, band, headline, note]);

  it('finds nothing wrong with the design at its own size, and scores it 100', () => {
    expect(checkAdaptedSize(original, original, xPost)).toEqual({ presetId: 'x-post', issues: [], score: 100 });
  });

  it('calls a circle that became an oval distorted, but not a band or a text box that changed shape', () => {
    const adapted = design([{ ...circle, height: 300 }, { ...band, height: 160 }, { ...headline, width: 600 }, note]);
    expect(codes(original, adapted)).toEqual(['size.distorted:ring']);
    expect(checkAdaptedSize(original, adapted, xPost).issues[0]!.params).toMatchObject({ element: 'ring', from: 1, to: 0.67 });
    // An author who anchors the circle to stretch allows it.
    const stretchy = design([{ ...circle, anchor: { horizontal: 'stretch', vertical: 'scale' } }, band, headline, note]);
    expect(codes(stretchy, design([{ ...circle, height: 300, anchor: { horizontal: 'stretch', vertical: 'scale' } }, band, headline, note]))).toEqual([]);
  });

  it('flags text smaller than 0.8x the design smallest text relative to the shorter side', () => {
    // 30 px on 900 is the smallest; 22 px on 900 is 0.73x of it.
    expect(codes(original, design([circle, band, headline, { ...note, fontSize: 22 }]))).toEqual(['size.text-too-small:note']);
    // The same 30 px text on a canvas twice as large is half as large relative to it.
    const bigger = adaptDesign(original, { width: 3200, height: 1800 });
    expect(codes(original, { ...bigger, elements: bigger.elements.map((e) => (e.id === 'note' ? { ...e, fontSize: 30 } : e)) })).toContain('size.text-too-small:note');
  });

  it('flags text left under a story bar, an element pushed off the canvas, and an overlap the design did not have', () => {
    // The story's safe area: 6 % in from the sides, 14 % from the top, 35 % from the bottom.
    const inSafe = design([{ ...circle, y: 400 }, { ...headline, x: 140, y: 700 }, { ...note, x: 140, y: 1000 }], 1080, 1920);
    expect(codes(inSafe, inSafe, story)).toEqual([]);
    expect(codes(inSafe, design([{ ...circle, y: 400 }, { ...headline, x: 140, y: 20 }, { ...note, x: 140, y: 1000 }], 1080, 1920), story)).toEqual(['size.outside-safe-area:headline']);
    expect(codes(original, design([{ ...circle, x: 1500 }, band, headline, note]))).toEqual(['size.off-canvas:ring']);
    expect(codes(original, design([circle, band, headline, { ...note, y: 150 }]))).toEqual(['size.new-overlap:headline']);
  });

  it('scores each problem and never below zero', () => {
    const broken = design([{ ...circle, x: 1500, height: 320 }, band, { ...headline, fontSize: 10 }, { ...note, y: 150, fontSize: 8 }]);
    const result = checkAdaptedSize(original, broken, xPost);
    expect(result.issues.length).toBeGreaterThanOrEqual(4);
    expect(result.score).toBe(Math.max(0, 100 - 20 - 20 - 15 - 15 - 10));
  });

  it('finds nothing wrong with the adaptation of a landscape design to a story, which used to stretch its circle', () => {
    const withImage = design([circle, headline, note, createImageElement({ id: 'logo', x: 1300, y: 50, width: 200, height: 100, assetId: 'logo', fit: 'stretch' })]);
    withImage.assets.logo = { mime: 'image/png', name: 'logo.png', width: 200, height: 100 };
    const adapted = adaptDesign(withImage, { width: 1080, height: 1920 }, 'instagram-story');
    expect(checkAdaptedSize(withImage, adapted, story).issues).toEqual([]);
    // Stretching it on both axes, as the old adaptation did, is what the check calls distorted.
    const stretched = { ...adapted, elements: adapted.elements.map((e) => (e.id === 'ring' ? { ...e, height: e.height * 2 } : e)) };
    expect(codes(withImage, stretched, story)).toContain('size.distorted:ring');
  });
});
