import { describe, expect, it } from 'vitest';
import { checkSafeZones, polygonOverlapsRect } from '../../../../core/layout/safe-zones';
import { elementCorners } from '../../../../core/layout/geometry';
import { createDesign, createImageElement, createShapeElement, createTextElement } from '../../../../core/model/defaults';
import type { Design, Element } from '../../../../core/model/schema';
import { getPreset } from '../../../../core/presets';

function story(...elements: Element[]): Design {
  const d = createDesign({ width: 1080, height: 1920 });
  d.assets = { logo: { mime: 'image/png', name: '', width: 10, height: 10 }, photo: { mime: 'image/png', name: '', width: 10, height: 10 } };
  d.elements = elements;
  return d;
}

describe('elementCorners', () => {
  it('rotates about the top-left corner as Konva does', () => {
    const c = elementCorners({ x: 100, y: 100, width: 100, height: 50, rotation: 90 });
    expect(c.map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual([[100, 100], [100, 200], [50, 200], [50, 100]]);
  });
});

describe('polygonOverlapsRect', () => {
  it('finds overlap of a rotated square only where it really is', () => {
    // A diamond centered at (100,100) with half-diagonal ~70.7 px.
    const diamond = elementCorners({ x: 100, y: 29.29, width: 100, height: 100, rotation: 45 });
    expect(polygonOverlapsRect(diamond, { x: 150, y: 150, width: 50, height: 50 })).toBe(false); // inside its bounding box corner only
    expect(polygonOverlapsRect(diamond, { x: 90, y: 90, width: 20, height: 20 })).toBe(true);
    expect(polygonOverlapsRect(diamond, { x: 300, y: 300, width: 5, height: 5 })).toBe(false);
  });
});

describe('checkSafeZones', () => {
  const preset = getPreset('instagram-story')!;

  it('is quiet when text and logo sit inside the safe area', () => {
    const d = story(
      createTextElement({ id: 't', x: 100, y: 600, width: 800, height: 200, text: 'Hello' }),
      createImageElement({ id: 'l', x: 100, y: 300, width: 100, height: 100, assetId: 'logo' }),
    );
    expect(checkSafeZones(d, preset)).toEqual([]);
  });

  it('warns about text under the top bar and a logo rotated past the side margin', () => {
    const d = story(
      createTextElement({ id: 't', name: 'Headline', x: 100, y: 100, width: 800, height: 120, text: 'Hello' }),
      createImageElement({ id: 'l', x: 900, y: 600, width: 100, height: 100, rotation: -30, assetId: 'logo' }),
    );
    const w = checkSafeZones(d, preset);
    expect(w.map((x) => [x.elementId, x.code])).toEqual([
      ['t', 'layout.outside-safe-area'],
      ['l', 'layout.outside-safe-area'],
    ]);
    expect(w[0]!.message).toContain('Headline');
    expect(w[1]!.elementType).toBe('image');
    // Unrotated, the same logo fits (x 900..1000 < 1015).
    const straight = story(createImageElement({ id: 'l', x: 900, y: 600, width: 100, height: 100, assetId: 'logo' }));
    expect(checkSafeZones(straight, preset)).toEqual([]);
  });

  it('ignores backgrounds, shapes, hidden and empty elements', () => {
    const d = story(
      createImageElement({ id: 'bg', x: 0, y: 0, width: 1080, height: 1920, assetId: 'photo' }),
      createShapeElement({ id: 's', shape: 'rect', x: 0, y: 0, width: 1080, height: 100 }),
      createTextElement({ id: 'hidden', x: 0, y: 0, width: 100, height: 100, text: 'x', visible: false }),
      createTextElement({ id: 'empty', x: 0, y: 0, width: 100, height: 100, text: '  ' }),
    );
    expect(checkSafeZones(d, preset)).toEqual([]);
  });

  it('follows group transforms', () => {
    const d = story({
      id: 'g', type: 'group', name: '', x: 0, y: 1500, width: 0, height: 0, rotation: 0, opacity: 1, visible: true,
      locks: { move: false, resize: false, delete: false, content: false, style: false },
      children: [createTextElement({ id: 'inner', x: 100, y: 0, width: 200, height: 50, text: 'x' })],
    });
    expect(checkSafeZones(d, preset).map((w) => w.elementId)).toEqual(['inner']);
  });

  it('warns about the circular crop and about overlays', () => {
    const profile = getPreset('x-profile')!;
    const d = createDesign({ width: 400, height: 400 });
    d.elements = [createTextElement({ id: 'c', x: 10, y: 10, width: 80, height: 30, text: 'x' })];
    expect(checkSafeZones(d, profile).map((w) => w.code)).toEqual(['layout.outside-safe-circle']);
    const yt = getPreset('youtube-thumbnail')!;
    const t = createDesign({ width: 1280, height: 720 });
    t.elements = [createTextElement({ id: 'b', x: 1000, y: 620, width: 250, height: 60, text: 'x' })];
    expect(checkSafeZones(t, yt).map((w) => w.code)).toEqual(['layout.under-overlay']);
  });

  it('maps the zone onto a design not yet at the preset size', () => {
    const half = createDesign({ width: 540, height: 960 });
    half.elements = [createTextElement({ id: 't', x: 50, y: 100, width: 200, height: 50, text: 'x' })];
    // 100 px is below 14% of 960 (134) -> outside.
    expect(checkSafeZones(half, preset).map((w) => w.code)).toEqual(['layout.outside-safe-area']);
  });
});
