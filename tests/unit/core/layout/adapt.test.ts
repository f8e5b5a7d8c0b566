import { describe, expect, it } from 'vitest';
import { adaptDesign, keepInside, LayoutError, placeOnAxis } from '../../../../core/layout/adapt';
import { placementIn, isSafe } from '../../../../core/layout/safe-zones';
import { boundsOfPoints as boundsOf, outlinePoints } from '../../../../core/layout/geometry';
import { createDesign, createImageElement, createShapeElement, createTextElement } from '../../../../core/model/defaults';
import { designSchema, type Design, type Element, type TextElement } from '../../../../core/model/schema';
import { findElement } from '../../../../core/model/tree';
import { PRESETS, getPreset, resolvePresetSize, safeZoneFor } from '../../../../core/presets';

function el(design: Design, id: string): Element {
  const found = findElement(design.elements, id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
}

/** 1080x1080 with one element per anchor kind, all inside the central 60%. */
function anchored(): Design {
  const d = createDesign({ width: 1080, height: 1080 });
  d.elements = [
    createImageElement({ id: 'bg', x: 0, y: 0, width: 1080, height: 1080, assetId: 'photo' }),
    createImageElement({ id: 'logo', x: 250, y: 260, width: 100, height: 80, assetId: 'logo', anchor: { horizontal: 'left', vertical: 'top' } }),
    createTextElement({ id: 'title', x: 340, y: 440, width: 400, height: 200, text: 'Title', fontSize: 60, strokeWidth: 4, anchor: { horizontal: 'center', vertical: 'center' } }),
    createTextElement({ id: 'tag', x: 630, y: 700, width: 200, height: 50, text: 'tag', fontSize: 30, anchor: { horizontal: 'right', vertical: 'bottom' } }),
    createShapeElement({ id: 'bar', shape: 'rect', x: 300, y: 600, width: 480, height: 40, cornerRadius: 10, anchor: { horizontal: 'stretch', vertical: 'scale' } }),
    createShapeElement({ id: 'dot', shape: 'ellipse', x: 432, y: 300, width: 216, height: 108 }),
  ];
  d.assets = { photo: { mime: 'image/png', name: '', width: 10, height: 10 }, logo: { mime: 'image/png', name: '', width: 10, height: 10 } };
  return d;
}

describe('placeOnAxis', () => {
  it('implements each anchor on one axis', () => {
    // 1000 -> 2000 with a content scale of 0.5 (the other axis shrank).
    expect(placeOnAxis('scale', 100, 200, 1000, 2000, 0.5)).toEqual({ start: 200, length: 400 });
    expect(placeOnAxis('left', 100, 200, 1000, 2000, 0.5)).toEqual({ start: 50, length: 100 });
    expect(placeOnAxis('bottom', 700, 200, 1000, 2000, 0.5)).toEqual({ start: 2000 - 50 - 100, length: 100 });
    expect(placeOnAxis('center', 400, 200, 1000, 2000, 0.5)).toEqual({ start: 950, length: 100 });
    expect(placeOnAxis('stretch', 100, 600, 1000, 2000, 0.5)).toEqual({ start: 50, length: 2000 - 50 - 150 });
  });
});

describe('adaptDesign', () => {
  it('returns a valid design at the new size and leaves the input alone', () => {
    const d = anchored();
    const before = JSON.stringify(d);
    const out = adaptDesign(d, { width: 1600, height: 900 });
    expect(JSON.stringify(d)).toBe(before);
    expect([out.width, out.height]).toEqual([1600, 900]);
    expect(designSchema.safeParse(out).success).toBe(true);
  });

  it('keeps pinned elements at their (scaled) margins and centered ones centered', () => {
    const out = adaptDesign(anchored(), { width: 1600, height: 900 });
    const s = 900 / 1080;
    const logo = el(out, 'logo');
    expect(logo.x).toBeCloseTo(250 * s);
    expect(logo.y).toBeCloseTo(260 * s);
    expect(logo.width / logo.height).toBeCloseTo(100 / 80);
    const title = el(out, 'title') as TextElement;
    expect(title.x + title.width / 2).toBeCloseTo(800);
    expect(title.y + title.height / 2).toBeCloseTo(450 + 0 * s); // its center was the canvas center
    expect(title.fontSize).toBeCloseTo(60 * s);
    expect(title.strokeWidth).toBeCloseTo(4 * s);
    const tag = el(out, 'tag');
    expect(1600 - (tag.x + tag.width)).toBeCloseTo((1080 - 830) * s);
    expect(900 - (tag.y + tag.height)).toBeCloseTo((1080 - 750) * s);
    const bar = el(out, 'bar');
    expect(bar.x).toBeCloseTo(300 * s);
    expect(1600 - (bar.x + bar.width)).toBeCloseTo(300 * s);
    expect(bar.y).toBeCloseTo(600 * (900 / 1080));
    // The unanchored oval is placed automatically: its center follows the canvas, its shape stays.
    const dot = el(out, 'dot');
    expect(dot.x + dot.width / 2).toBeCloseTo(540 * (1600 / 1080));
    expect(dot.y + dot.height / 2).toBeCloseTo(354 * (900 / 1080));
    expect(dot.width / dot.height).toBeCloseTo(2);
  });

  it('keeps backgrounds covering the new canvas', () => {
    for (const size of [{ width: 1500, height: 500 }, { width: 1080, height: 1920 }, { width: 400, height: 400 }]) {
      const bg = el(adaptDesign(anchored(), size), 'bg');
      expect([bg.x, bg.y, bg.width, bg.height]).toEqual([0, 0, size.width, size.height]);
    }
    const bleed = anchored();
    bleed.elements[0] = { ...bleed.elements[0]!, x: -20, y: -20, width: 1120, height: 1120 };
    const bg = el(adaptDesign(bleed, { width: 1080, height: 1920 }), 'bg');
    expect(bg.x).toBeLessThanOrEqual(0);
    expect(bg.y).toBeLessThanOrEqual(0);
    expect(bg.x + bg.width).toBeGreaterThanOrEqual(1080);
    expect(bg.y + bg.height).toBeGreaterThanOrEqual(1920);
  });

  it('scales group children with their group', () => {
    const d = createDesign({ width: 1000, height: 1000 });
    d.elements = [
      {
        id: 'g', type: 'group', name: '', x: 100, y: 100, width: 400, height: 200, rotation: 0, opacity: 1, visible: true,
        locks: { move: false, resize: false, delete: false, content: false, style: false },
        anchor: { horizontal: 'left', vertical: 'top' },
        children: [createTextElement({ id: 'inner', x: 40, y: 20, width: 200, height: 100, text: 'x', fontSize: 40 })],
      },
    ];
    const out = adaptDesign(d, { width: 500, height: 1000 });
    const inner = el(out, 'inner') as TextElement;
    expect([inner.x, inner.y, inner.width, inner.height, inner.fontSize]).toEqual([20, 10, 100, 50, 20]);
  });

  it('applies the hand adjustments saved for the preset, scaled when saved at another size', () => {
    const d = anchored();
    d.layouts = { 'x-post': { elements: { title: { x: 10, y: 20, width: 300, height: 100, fontSize: 33 } } } };
    const out = adaptDesign(d, { width: 1600, height: 900 }, 'x-post');
    const title = el(out, 'title') as TextElement;
    expect([title.x, title.y, title.width, title.height, title.fontSize]).toEqual([10, 20, 300, 100, 33]);
    expect(out.layouts).toEqual(d.layouts);
    // Other presets ignore it.
    expect(el(adaptDesign(d, { width: 1600, height: 900 }, 'linkedin-post'), 'title').x).not.toBe(10);
    // Saved at 800x450, exported at 1600x900: doubled.
    d.layouts = { 'x-post': { width: 800, height: 450, elements: { tag: { x: 10, y: 20, width: 30, height: 40 } } } };
    const tag = el(adaptDesign(d, { width: 1600, height: 900 }, 'x-post'), 'tag');
    expect([tag.x, tag.y, tag.width, tag.height]).toEqual([20, 40, 60, 80]);
  });

  it('runs the text re-fit hook last, on the hand-adjusted layout', () => {
    const d = anchored();
    d.layouts = { 'x-post': { elements: { title: { x: 1, y: 2, width: 3, height: 4, fontSize: 5 } } } };
    const seen: number[] = [];
    const out = adaptDesign(d, { width: 1600, height: 900 }, 'x-post', {
      refitText: (x) => {
        const title = findElement(x.elements, 'title') as TextElement;
        seen.push(x.width, title.width, title.fontSize, (findElement(x.elements, 'tag') as TextElement).fontSize);
        return { ...x, elements: x.elements.map((e) => (e.type === 'text' && e.id === 'tag' ? { ...e, fontSize: 11 } : e)) };
      },
    });
    expect(seen[0]).toBe(1600);
    expect(seen.slice(1, 3)).toEqual([3, 5]);
    expect(seen[3]).toBeCloseTo(30 * (900 / 1080));
    expect((el(out, 'tag') as TextElement).fontSize).toBe(11);
  });

  it('refuses sizes that are not whole numbers in range, with a coded error', () => {
    for (const size of [{ width: 0, height: 10 }, { width: 10.5, height: 10 }, { width: 10, height: 9000 }, { width: NaN, height: 1 }]) {
      let err: unknown;
      try {
        adaptDesign(anchored(), size);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(LayoutError);
      expect((err as LayoutError).code).toBe('layout.bad-size');
    }
  });

  it.each(PRESETS.map((p) => [p.id]))('%s: anchored elements that start inside the safe zone stay inside it', (id) => {
    const preset = getPreset(id)!;
    const d = anchored();
    const size = resolvePresetSize(preset, d);
    const out = adaptDesign(d, size, id);
    const target = safeZoneFor(preset, size.width, size.height);
    const source = safeZoneFor(preset, d.width, d.height);
    let checked = 0;
    for (const original of d.elements) {
      if (original.id === 'bg') continue;
      if (!isSafe(placementIn(source, outlinePoints(original)))) continue;
      checked++;
      const placed = el(out, original.id);
      expect(isSafe(placementIn(target, outlinePoints(placed))), `${original.id} in ${id}`).toBe(true);
      expect(placed.width).toBeGreaterThan(0);
    }
    expect(checked).toBeGreaterThan(0);
    // The background still covers.
    const bg = el(out, 'bg');
    expect([bg.x, bg.y, bg.width, bg.height]).toEqual([0, 0, size.width, size.height]);
  });

  it('moves a top-pinned logo below the story bar instead of leaving it under it', () => {
    const d = anchored();
    const out = adaptDesign(d, { width: 1080, height: 1920 }, 'instagram-story');
    const logo = el(out, 'logo');
    const area = getPreset('instagram-story')!.safeZone.area;
    // Anchoring alone would put it at y=260, inside the top 14% (269 px).
    expect(260).toBeLessThan(area.y);
    expect(logo.y).toBeGreaterThanOrEqual(area.y - 0.5);
    expect(logo.y).toBeLessThan(area.y + 5);
    expect(logo.x).toBeCloseTo(250);
  });

  it('leaves elements that started outside the safe zone where the anchors put them', () => {
    const d = anchored();
    d.elements.push(createTextElement({ id: 'corner', x: 10, y: 10, width: 100, height: 40, text: 'c', anchor: { horizontal: 'left', vertical: 'top' } }));
    const corner = el(adaptDesign(d, { width: 1080, height: 1920 }, 'instagram-story'), 'corner');
    expect([corner.x, corner.y]).toEqual([10, 10]);
  });
});

/** A 1200x630 landscape design in the style of the built-ins: a circle, a headline over its subline, a logo, a band. */
function landscape(): Design {
  const d = createDesign({ width: 1200, height: 630 });
  d.elements = [
    createShapeElement({ id: 'band', shape: 'rect', x: 0, y: 560, width: 1200, height: 70 }),
    createShapeElement({ id: 'ring', shape: 'ellipse', x: 860, y: 60, width: 260, height: 260 }),
    createTextElement({ id: 'number', x: 900, y: 130, width: 180, height: 120, text: '42', fontSize: 90 }),
    createTextElement({ id: 'headline', x: 80, y: 80, width: 700, height: 240, text: 'We won a fair contract', fontSize: 90 }),
    createTextElement({ id: 'subline', x: 80, y: 340, width: 700, height: 60, text: 'Riverside Tenants Union', fontSize: 30 }),
    createImageElement({ id: 'logo', x: 80, y: 440, width: 160, height: 80, assetId: 'logo', fit: 'stretch' }),
  ];
  d.assets = { logo: { mime: 'image/png', name: '', width: 160, height: 80 } };
  return d;
}

/** A measurer-free stand-in for text-fit's 'grow' layout: 0.55 em per character, wrapped by width. */
function roughHeight(el: TextElement): number {
  const perLine = Math.max(1, Math.floor(el.width / (el.fontSize * 0.55)));
  return Math.ceil(el.text.length / perLine) * el.fontSize * el.lineHeight;
}

describe('adaptDesign: automatic placement keeps the design\'s intent', () => {
  const sizes = PRESETS.map((p) => [p.id, p] as const);

  it.each(sizes)('%s: circles and stretched images keep their aspect ratio', (_id, preset) => {
    const out = adaptDesign(landscape(), resolvePresetSize(preset, landscape()), preset.id);
    const ring = el(out, 'ring');
    expect(ring.width / ring.height).toBeCloseTo(1, 5);
    const logo = el(out, 'logo');
    expect(logo.width / logo.height).toBeCloseTo(2, 5);
  });

  it('lets bands stretch and keeps them on the edges they touched', () => {
    const out = adaptDesign(landscape(), { width: 1080, height: 1920 });
    const band = el(out, 'band');
    expect([band.x, band.width, band.y + band.height]).toEqual([0, 1080, 1920]);
  });

  it('keeps a thin bar along an edge thin, on its edge, instead of growing it over the margin', () => {
    const d = landscape();
    d.elements.push(createShapeElement({ id: 'strip', shape: 'rect', x: 0, y: 0, width: 1200, height: 14 }), createShapeElement({ id: 'side', shape: 'rect', x: 0, y: 0, width: 20, height: 630 }));
    const out = adaptDesign(d, { width: 1080, height: 1920 }, 'instagram-story');
    const strip = el(out, 'strip');
    const side = el(out, 'side');
    const k = Math.sqrt(((1080 * 0.88) / 1200) * ((1920 * 0.51) / 630));
    expect([strip.x, strip.y, strip.width]).toEqual([0, 0, 1080]);
    expect(strip.height).toBeCloseTo(14 * k, 0);
    expect([side.x, side.y, side.height]).toEqual([0, 0, 1920]);
    expect(side.width).toBeLessThan(0.05 * 1080);
  });

  it('scales text with the square root of the area change, so its share of the canvas stays', () => {
    const out = adaptDesign(landscape(), { width: 2400, height: 1260 });
    expect((el(out, 'headline') as TextElement).fontSize).toBeCloseTo(180);
    const story = adaptDesign(landscape(), { width: 1080, height: 1920 });
    const k = Math.sqrt((1080 / 1200) * (1920 / 630));
    expect((el(story, 'headline') as TextElement).fontSize).toBeCloseTo(90 * k);
    // Not min(scaleX, scaleY), which left story text at 0.9x.
    expect(k).toBeGreaterThan(1.6);
  });

  it('moves text and logos into the story\'s safe area instead of leaving them under its bars', () => {
    const preset = getPreset('instagram-story')!;
    const out = adaptDesign(landscape(), { width: 1080, height: 1920 }, preset.id);
    const zone = safeZoneFor(preset, 1080, 1920);
    for (const id of ['headline', 'subline', 'number', 'logo']) expect(isSafe(placementIn(zone, outlinePoints(el(out, id)))), id).toBe(true);
    // The band is decoration: it still runs to the bottom edge.
    const band = el(out, 'band');
    expect(band.y + band.height).toBe(1920);
  });

  it('clears the X header\'s avatar corner and a profile picture\'s circle', () => {
    for (const id of ['x-header', 'facebook-profile', 'youtube-thumbnail']) {
      const preset = getPreset(id)!;
      const out = adaptDesign(landscape(), { width: preset.width, height: preset.height }, id);
      const zone = safeZoneFor(preset, preset.width, preset.height);
      for (const e of ['headline', 'subline', 'number', 'logo']) expect(isSafe(placementIn(zone, outlinePoints(el(out, e)))), `${e} in ${id}`).toBe(true);
    }
  });

  it('moves what lies inside a circle with it: the number stays centered in its ring', () => {
    for (const size of [{ width: 1080, height: 1920 }, { width: 1584, height: 396 }]) {
      const out = adaptDesign(landscape(), size);
      const ring = el(out, 'ring');
      const number = el(out, 'number');
      expect(number.x + number.width / 2).toBeCloseTo(ring.x + ring.width / 2, 5);
      expect(number.y + number.height / 2).toBeCloseTo(ring.y + ring.height / 2, 5);
      expect(number.x).toBeGreaterThanOrEqual(ring.x);
      expect(number.x + number.width).toBeLessThanOrEqual(ring.x + ring.width + 1e-6);
      expect(number.width / number.height).toBeCloseTo(180 / 120);
    }
  });

  it('keeps a headline and its subline in the same order and apart, at every size', () => {
    for (const preset of PRESETS) {
      const out = adaptDesign(landscape(), resolvePresetSize(preset, landscape()), preset.id, { textHeight: roughHeight });
      const h = el(out, 'headline');
      const s = el(out, 'subline');
      expect(s.y, preset.id).toBeGreaterThanOrEqual(h.y + h.height - 0.5);
      expect(Math.abs(s.x - h.x), preset.id).toBeLessThan(1);
    }
  });

  it('moves a group as one piece and keeps its children\'s shapes', () => {
    const d = landscape();
    d.elements.push({
      id: 'lockup', type: 'group', name: '', x: 300, y: 420, width: 300, height: 100, rotation: 0, opacity: 1, visible: true,
      locks: { move: false, resize: false, delete: false, content: false, style: false },
      children: [
        createShapeElement({ id: 'mark', shape: 'ellipse', x: 0, y: 0, width: 100, height: 100 }),
        createTextElement({ id: 'word', x: 110, y: 20, width: 190, height: 60, text: 'Local 42', fontSize: 40 }),
      ],
    });
    const out = adaptDesign(d, { width: 1080, height: 1920 });
    const g = el(out, 'lockup');
    expect(g.width / g.height).toBeCloseTo(3);
    const mark = el(out, 'mark');
    expect(mark.width / mark.height).toBeCloseTo(1);
    const word = el(out, 'word');
    expect(word.x / mark.width).toBeCloseTo(1.1);
  });

  it('gives text too small for its box room above and below, and keeps it at the floor', () => {
    const d = landscape();
    const long = 'Riverside Tenants Union members voted 94 percent yes after a two year fight for fair pay';
    d.elements = d.elements.map((e) => (e.id === 'subline' ? { ...e, text: long } : e));
    const out = adaptDesign(d, { width: 1584, height: 396 }, 'linkedin-banner', { textHeight: roughHeight });
    const sub = el(out, 'subline') as TextElement;
    // 30 px on 630 is the smallest text; on 396 the floor is 0.85 of that share.
    expect(sub.fontSize).toBeGreaterThanOrEqual(0.85 * (30 / 630) * 396 - 1e-9);
    // Two lines need more than the room there is: it takes all of the gap between its neighbors, no more.
    const headline = el(out, 'headline');
    const logo = el(out, 'logo');
    expect(sub.y).toBeCloseTo(headline.y + headline.height, 6);
    expect(sub.y + sub.height).toBeCloseTo(logo.y, 6);
    expect(roughHeight(sub)).toBeGreaterThan(sub.height);
    // Without a measurer the box is the mapped one.
    const plain = el(adaptDesign(d, { width: 1584, height: 396 }, 'linkedin-banner'), 'subline');
    expect(plain.height).toBeLessThan(sub.height);
  });

  it('grows a chip drawn behind just the text along with the text, and stops the text at what lies below', () => {
    const d = landscape();
    const long = 'Riverside Tenants Union members voted 94 percent yes after a two year fight for fair pay';
    d.elements = [
      ...d.elements.slice(0, 4),
      createShapeElement({ id: 'chip', shape: 'rect', x: 70, y: 335, width: 720, height: 70 }),
      ...d.elements.slice(4).map((e) => (e.id === 'subline' ? { ...e, text: long } : e)),
    ];
    const size = { width: 1584, height: 396 };
    const out = adaptDesign(d, size, 'linkedin-banner', { textHeight: roughHeight });
    // Without a measurer nothing grows: the boxes as mapped.
    const plain = adaptDesign(d, size, 'linkedin-banner');
    const [sub, chip] = [el(out, 'subline'), el(out, 'chip')];
    const [plainSub, plainChip] = [el(plain, 'subline'), el(plain, 'chip')];
    const up = plainSub.y - sub.y;
    const down = sub.y + sub.height - (plainSub.y + plainSub.height);
    expect(up + down).toBeGreaterThan(0);
    // The chip takes exactly the text's extra room, above and below.
    expect(chip.y).toBeCloseTo(plainChip.y - up, 6);
    expect(chip.height).toBeCloseTo(plainChip.height + up + down, 6);
    // The chip does not stop its own text; the logo below does.
    expect(sub.y + sub.height).toBeCloseTo(el(out, 'logo').y, 6);
  });

  it('in a busy grid of chips and labels, grows each label only into free room: no two boxes apart in the design overlap', () => {
    const d = createDesign({ width: 1080, height: 1080 });
    d.elements = [];
    for (let i = 0; i < 240; i++) {
      const x = 20 + (i % 20) * 52;
      const y = 20 + Math.floor(i / 40) * 160 + (i % 40 >= 20 ? 70 : 0);
      d.elements.push(
        i % 2 === 0
          ? createShapeElement({ id: `chip-${i}`, shape: 'rect', x, y, width: 44, height: 40 })
          : createTextElement({ id: `label-${i}`, x, y: y + 8, width: 44, height: 24, text: `#${i} vote yes on the deal`, fontSize: 16 }),
      );
    }
    const out = adaptDesign(d, { width: 1500, height: 500 }, 'x-header', { textHeight: roughHeight }).elements;
    const boxes = (elements: readonly Element[]) => elements.map((e) => boundsOf(outlinePoints(e)));
    const before = boxes(d.elements);
    const after = boxes(out);
    const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) <= 0.5 || Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) <= 0.5;
    // Labels grew: the floor raised their size.
    const plain = adaptDesign(d, { width: 1500, height: 500 }, 'x-header').elements;
    const taller = out.filter((e, i) => e.type === 'text' && e.height > plain[i]!.height + 1e-6);
    expect(taller.length).toBeGreaterThan(60);
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        if (!apart(before[i]!, before[j]!)) continue;
        expect(apart(after[i]!, after[j]!), `${out[i]!.id} and ${out[j]!.id}`).toBe(true);
      }
    }
  });

  it('lets hand adjustments win over automatic placement and safe-area moves', () => {
    const d = landscape();
    d.layouts = { 'instagram-story': { elements: { headline: { x: 40, y: 10, width: 500, height: 200, fontSize: 50 } } } };
    const out = adaptDesign(d, { width: 1080, height: 1920 }, 'instagram-story');
    const h = el(out, 'headline') as TextElement;
    expect([h.x, h.y, h.width, h.height, h.fontSize]).toEqual([40, 10, 500, 200, 50]);
  });

  it('at its own size, moves only what sits under the platform\'s bars and leaves the rest as the author laid it out', () => {
    const d = createDesign({ width: 1080, height: 1920 });
    d.elements = [
      createTextElement({ id: 'top', x: 80, y: 40, width: 920, height: 100, text: 'Under the bar', fontSize: 60 }),
      createTextElement({ id: 'middle', x: 80, y: 800, width: 920, height: 200, text: 'In the middle', fontSize: 90 }),
      createShapeElement({ id: 'dot', shape: 'ellipse', x: 400, y: 1100, width: 200, height: 200 }),
    ];
    const preset = getPreset('instagram-story')!;
    const out = adaptDesign(d, { width: 1080, height: 1920 }, preset.id);
    expect(el(out, 'middle')).toEqual(d.elements[1]);
    expect(el(out, 'dot')).toEqual(d.elements[2]);
    const top = el(out, 'top');
    expect(isSafe(placementIn(safeZoneFor(preset, 1080, 1920), outlinePoints(top)))).toBe(true);
    expect(top.width).toBeLessThanOrEqual(920);
  });

  it('keeps the design exactly as drawn at its own size when its content is already safe', () => {
    const d = landscape();
    expect(adaptDesign(d, { width: 1200, height: 630 }, 'facebook-post-landscape').elements).toEqual(d.elements);
  });
});

describe('keepInside', () => {
  it('pulls a rotated element into a circular crop, shrinking it when the center is not enough', () => {
    const zone = safeZoneFor(getPreset('x-profile')!, 400, 400);
    const near = createTextElement({ id: 't', x: 250, y: 40, width: 120, height: 40, text: 'x', rotation: 20 });
    const moved = keepInside(near, zone);
    expect(isSafe(placementIn(zone, outlinePoints(moved)))).toBe(true);
    expect(moved.width).toBe(120);
    const huge = createTextElement({ id: 'h', x: 0, y: 150, width: 400, height: 100, text: 'x', fontSize: 50 });
    const fitted = keepInside(huge, zone) as TextElement;
    expect(isSafe(placementIn(zone, outlinePoints(fitted)))).toBe(true);
    expect(fitted.width).toBeLessThan(400);
    expect(fitted.fontSize).toBeLessThan(50);
  });

  it('slides an element off an overlay', () => {
    const zone = safeZoneFor(getPreset('youtube-thumbnail')!, 1280, 720);
    const badge = createTextElement({ id: 'b', x: 1100, y: 600, width: 150, height: 60, text: 'x' });
    expect(isSafe(placementIn(zone, outlinePoints(badge)))).toBe(false);
    const moved = keepInside(badge, zone);
    expect(isSafe(placementIn(zone, outlinePoints(moved)))).toBe(true);
    expect(moved.width).toBe(150);
  });
});
