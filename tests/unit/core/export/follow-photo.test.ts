// Blur boxes follow the photo's pixels at other sizes: when the photo is cropped to fill a new
// shape, the box and its keyframes cover the same part of the photo; a hand-placed box stays.
import { describe, expect, it } from 'vitest';
import { followPhotos } from '../../../../core/export/follow-photo';
import { adaptToPreset } from '../../../../core/export/pipeline';
import { getPreset } from '../../../../core/presets';
import { captionedClip, CLIP, squareX } from '../../../helpers/motion-fixture';

const noMeasure = { measure: undefined, fontFamily: undefined };

describe('followPhotos', () => {
  it('keeps the box and each keyframe over the same photo pixels when the photo is cropped to 16:9', () => {
    const design = captionedClip();
    const adapted = adaptToPreset(design, getPreset('x-post')!, noMeasure);
    const photo = adapted.elements.find((e) => e.type === 'image')!;
    const box = adapted.elements.find((e) => e.type === 'redact')!;
    // The 400 px square photo covers 1600 x 900: 4 px per photo pixel, its top 350 px cropped away... centred.
    const k = photo.width / CLIP.width;
    expect(k).toBeCloseTo(4, 5);
    const top = (900 - CLIP.height * k) / 2;
    expect(box.width).toBeCloseTo(80 * k, 5);
    expect(box.x).toBeCloseTo((squareX(0) - 20) * k, 5);
    expect(box.y).toBeCloseTo(top + (CLIP.y - 20) * k, 5);
    expect(box.keyframes!.map((f) => [f.x, f.y])).toEqual([
      [expect.closeTo((squareX(0) - 20) * k, 5), expect.closeTo(top + (CLIP.y - 20) * k, 5)],
      [expect.closeTo((squareX(CLIP.frames - 1) - 20) * k, 5), expect.closeTo(top + (CLIP.y - 20) * k, 5)],
    ]);
  });

  it('leaves a box placed by hand at that size where the user put it', () => {
    const design = { ...captionedClip(), layouts: { 'x-post': { width: 1600, height: 900, elements: { blur: { x: 10, y: 10, width: 50, height: 50 } } } } };
    const adapted = adaptToPreset(design, getPreset('x-post')!, noMeasure);
    const box = adapted.elements.find((e) => e.type === 'redact')!;
    expect([box.x, box.y, box.width]).toEqual([10, 10, 50]);
    expect(followPhotos(design, adapted, 'x-post').elements.find((e) => e.type === 'redact')).toBe(box);
  });
});
