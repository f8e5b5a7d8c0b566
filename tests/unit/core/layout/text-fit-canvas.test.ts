// The fitting code must wrap exactly like Konva draws, or fitted text would still be cut off.
// Compare against a real Konva.Text measured by @napi-rs/canvas with the bundled fonts.
import { beforeAll, describe, expect, it } from 'vitest';
import Konva from 'konva';
import { installNodeCanvas } from '../../../../cli/konva-node';
import { createNodeMeasurer } from '../../../../cli/fonts-node';
import { fitText, wrapText, type FontSpec, type Measure } from '../../../../core/layout/text-fit';
import { fontFamilyOf } from '../../../../core/scene/attributes';

let measure: Measure;
beforeAll(() => {
  installNodeCanvas();
  measure = createNodeMeasurer();
});

function konvaLines(text: string, width: number, font: FontSpec): string[] {
  const node = new Konva.Text({
    text,
    width,
    fontFamily: fontFamilyOf(font.family),
    fontSize: font.size,
    fontStyle: font.weight === 'bold' ? 'bold' : 'normal',
    letterSpacing: font.letterSpacing,
    wrap: 'word',
  });
  const lines = node.textArr.map((l) => l.text);
  node.destroy();
  return lines;
}

const samples = [
  'Cuando el casero vuelve a subir la renta, nos organizamos: ¡así ganamos!',
  'Riverside nurses vote 94% to authorize a strike',
  'Knock doors with us. Saturdays, 10 AM–1 PM. No experience needed: we train you and pair you with a buddy.',
  'Supercalifragilisticexpialidocious solidarity forever',
  'well-known long-term state-by-state',
];
const fonts: FontSpec[] = [
  { family: 'Anton', size: 96, weight: 'normal', italic: false, letterSpacing: 0 },
  { family: 'Inter', size: 38, weight: 'bold', italic: false, letterSpacing: 0 },
  { family: 'Oswald', size: 52, weight: 'normal', italic: false, letterSpacing: 3 },
  { family: 'Bebas Neue', size: 70, weight: 'normal', italic: false, letterSpacing: 0 },
];

describe('wrapText with @napi-rs/canvas', () => {
  for (const font of fonts) {
    it(`wraps like Konva.Text in ${font.family}`, () => {
      for (const text of samples) {
        for (const width of [280, 520, 900]) {
          expect(wrapText(text, width, font, measure).map((l) => l.text), `${text} @${width}`).toEqual(konvaLines(text, width, font));
        }
      }
    });
  }

  it('measures real glyphs: a bold face is wider and a wider size scales', () => {
    const regular = measure('Fair wages now', { family: 'Inter', size: 40, weight: 'normal', italic: false, letterSpacing: 0 });
    const bold = measure('Fair wages now', { family: 'Inter', size: 40, weight: 'bold', italic: false, letterSpacing: 0 });
    const double = measure('Fair wages now', { family: 'Inter', size: 80, weight: 'normal', italic: false, letterSpacing: 0 });
    expect(bold).toBeGreaterThan(regular);
    expect(double).toBeCloseTo(regular * 2, 0);
    // Anton is condensed: the same text is much narrower than in Inter.
    expect(measure('Fair wages now', { family: 'Anton', size: 40, weight: 'normal', italic: false, letterSpacing: 0 })).toBeLessThan(regular * 0.85);
  });

  it('a shrunk meme caption fits when Konva lays it out', () => {
    const font: FontSpec = { family: 'Anton', size: 140, weight: 'normal', italic: false, letterSpacing: 0 };
    const text = 'ASÍ QUE FORMAMOS UN SINDICATO DE INQUILINOS';
    const r = fitText({ text, box: { width: 980, height: 280 }, font, lineHeight: 1.08, mode: 'shrink' }, measure);
    expect(r.overflow).toBe(false);
    expect(r.fontSize).toBeLessThan(140);
    const konva = konvaLines(text, 980, { ...font, size: r.fontSize });
    expect(konva).toEqual(r.lines.map((l) => l.text));
    expect(konva.length * r.fontSize * 1.08).toBeLessThanOrEqual(280);
  });
});
