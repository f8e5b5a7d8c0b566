// The built-in print templates: at least eight, each at a print size, passing every print check
// at its own size and usual distance, in both languages; their QR codes scan (zbarimg) in both.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeEncoder } from '../../../cli/export-node';
import { DEFAULT_BRAND_KIT, paletteOf, resolveColor, resolveFontFamily } from '../../../core/brand';
import { adaptToPreset, exportDesign } from '../../../core/export';
import { LANGUAGES, createDesign, createQrElement, qrDataFor } from '../../../core/model';
import { getPreset } from '../../../core/presets';
import { checkPrint, defaultDistanceFt, PX_PER_INCH, QR_MIN_SIDE_IN } from '../../../core/print';
import { makeColorResolver } from '../../../core/scene';
import { walkElements } from '../../../core/model';
import { loadBuiltInTemplates } from '../../../scripts/thumbnails';

const templates = loadBuiltInTemplates().filter((t) => t.category === 'print');
const encoder = createNodeEncoder({ color: makeColorResolver(paletteOf(DEFAULT_BRAND_KIT)), fontFamily: (f) => resolveFontFamily(f, DEFAULT_BRAND_KIT) });
const dir = mkdtempSync(join(tmpdir(), 'placard-print-tpl-'));
const color = (v: Parameters<typeof resolveColor>[0]) => resolveColor(v, DEFAULT_BRAND_KIT);

function zbar(png: Uint8Array): string[] {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.png`);
  writeFileSync(file, png);
  return execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
}

describe('built-in print templates', () => {
  it('has the eight pieces organizers print, each at a print size', () => {
    expect(templates.map((t) => t.id).sort()).toEqual(
      ['print-door-hanger', 'print-event-poster', 'print-flyer-signup', 'print-half-page-handout', 'print-know-your-rights-card', 'print-picket-sign', 'print-rally-placard', 'print-vote-yard-sign'].sort(),
    );
    for (const t of templates) expect(getPreset(t.presetId)?.print, t.id).toBeTruthy();
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s passes every print check at its size, in both languages', (_id, t) => {
    const preset = getPreset(t.presetId)!;
    for (const language of LANGUAGES) {
      const design = adaptToPreset({ ...t.design, language }, preset, encoder.context({ ...t.design, language }));
      expect(checkPrint(design, preset, { distanceFt: defaultDistanceFt(preset), color, disclaimer: 'Paid for by Riverside Workers United' }), language).toEqual(
        walkElementsHaveDisclaimer(t.design) ? [] : [{ code: 'print.disclaimer-missing' }],
      );
    }
  });

  it.each(templates.filter((t) => [...walkElements(t.design.elements)].some((e) => e.element.type === 'qr')).map((t) => [t.id, t] as const))(
    '%s: its QR code scans in both languages at 150 dpi',
    async (_id, t) => {
      const preset = getPreset(t.presetId)!;
      for (const language of LANGUAGES) {
        const design = { ...t.design, language };
        const qr = [...walkElements(design.elements)].map((e) => e.element).find((e) => e.type === 'qr')!;
        const png = (await exportDesign(design, preset, { format: 'png' }, encoder)).bytes;
        expect(zbar(png), language).toEqual([qrDataFor(qr as never, language)]);
      }
    },
  );

  it('a QR code at the smallest size the check allows (0.8 in) scans at 150 dpi', async () => {
    const side = QR_MIN_SIDE_IN * PX_PER_INCH;
    const letter = getPreset('print-letter')!;
    const qr = createQrElement({ x: 300, y: 300, width: side, height: side, data: 'https://example.org/sign-up?ref=flyer-2026' });
    const design = { ...createDesign({ width: letter.width, height: letter.height }), elements: [qr] };
    const png = (await exportDesign(design, letter, { format: 'png' }, encoder)).bytes;
    expect(zbar(png)).toEqual(['https://example.org/sign-up?ref=flyer-2026']);
  });
});

function walkElementsHaveDisclaimer(design: (typeof templates)[number]['design']): boolean {
  return [...walkElements(design.elements)].some((e) => e.element.type === 'text' && e.element.role === 'disclaimer');
}
