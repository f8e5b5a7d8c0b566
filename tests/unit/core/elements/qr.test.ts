// QR code elements drawn for real (Konva on @napi-rs/canvas), decoded by independent readers:
// jsQR in process and zbarimg (Debian's zbar-tools) from the PNG file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createNodeEncoder } from '../../../../cli/export-node';
import { exportDesign } from '../../../../core/export/pipeline';
import { createQrElement, elementSchema, QR_QUIET_MODULES } from '../../../../core/elements';
import { qrMatrix, qrProblems, qrTotalModules } from '../../../../core/elements/scene';
import { createDesign } from '../../../../core/model';
import { getPreset } from '../../../../core/presets';
import type { Design } from '../../../../core/model';

const encoder = createNodeEncoder();
const dir = mkdtempSync(join(tmpdir(), 'placard-qr-'));

function zbar(png: Uint8Array): string {
  const file = join(dir, `q${Math.random().toString(36).slice(2)}.png`);
  writeFileSync(file, png);
  return execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim();
}

function qrDesign(data: string, opts: Partial<Parameters<typeof createQrElement>[0]> = {}, side = 600): Design {
  const qr = createQrElement({ x: 100, y: 100, width: side - 200, height: side - 200, data, ...opts });
  return { ...createDesign({ width: side, height: side }), background: { color: '#ffffff' }, elements: [qr] };
}

async function pngOf(design: Design): Promise<Uint8Array> {
  const preset = { ...getPreset('instagram-square')!, width: design.width, height: design.height, minWidth: design.width, minHeight: design.height };
  return (await exportDesign(design, preset, { format: 'png' }, encoder)).bytes;
}

describe('QR code element', () => {
  it('parses with defaults and keeps per-language links', () => {
    const parsed = elementSchema.parse({ id: 'q1', type: 'qr', x: 0, y: 0, width: 10, height: 10, data: 'https://a.example', variants: { es: 'https://a.example/es' } });
    expect(parsed).toMatchObject({ type: 'qr', errorCorrection: 'M', dark: '#000000', light: '#ffffff' });
    expect(() => elementSchema.parse({ id: 'q1', type: 'qr', x: 0, y: 0, width: 10, height: 10, data: 'x'.repeat(501) })).toThrow();
  });

  it.each([
    ['https://example.org/sign-up?campaign=rent-strike', 'M', '#000000', '#ffffff'],
    ['Únete: https://ejemplo.org/únete', 'Q', '#1d3557', '#f1faee'],
    ['https://example.org/h', 'H', '#6a0dad', '#ffffff'],
    ['https://example.org/sign', 'Q', '#1d3557', '#f1faee'],
  ] as const)('decodes "%s" at level %s in brand colors', async (data, level, dark, light) => {
    const png = await pngOf(qrDesign(data, { errorCorrection: level, dark, light }));
    const img = PNG.sync.read(Buffer.from(png));
    const found = jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), img.width, img.height);
    expect(found?.data).toBe(data);
    // zbar guesses Shift-JIS for bytes without an ECI header; phones and jsQR read UTF-8.
    if (/^[\x20-\x7e]*$/.test(data)) expect(zbar(png)).toBe(data);
  });

  it('draws the language variant of the design', async () => {
    const design = { ...qrDesign('https://example.org/en', { variants: { es: 'https://example.org/es' } }), language: 'es' as const };
    expect(zbar(await pngOf(design))).toBe('https://example.org/es');
  });

  it('keeps a quiet zone of four light modules inside its box', async () => {
    const data = 'https://example.org/quiet';
    const design = qrDesign(data, {}, 600);
    const png = PNG.sync.read(Buffer.from(await pngOf(design)));
    const matrix = qrMatrix(data, 'M')!;
    const unit = 400 / qrTotalModules(matrix);
    // The band between the box edge and the first module is light on every side.
    const band = Math.floor(QR_QUIET_MODULES * unit) - 1;
    for (let i = 0; i < band; i++) {
      for (const [x, y] of [[100 + i, 300], [499 - i, 300], [300, 100 + i], [300, 499 - i]] as const) {
        expect(png.data[(y * 600 + x) * 4]!, `${x},${y}`).toBeGreaterThan(200);
      }
    }
    // The finder pattern's corner module is dark just inside the quiet zone.
    const inside = Math.ceil(100 + QR_QUIET_MODULES * unit + 1);
    expect(png.data[(inside * 600 + inside) * 4]!).toBeLessThan(60);
  });

  it('names what stops a code from scanning', () => {
    expect(qrProblems('', 'M', '#000000', '#ffffff').map((p) => p.code)).toEqual(['qr.empty']);
    expect(qrProblems('😀'.repeat(400), 'H', '#000000', '#ffffff').map((p) => p.code)).toEqual(['qr.too-long']);
    expect(qrProblems('https://a.example', 'M', '#777777', '#999999')).toEqual([{ code: 'qr.low-contrast', ratio: 1.5, required: 4 }]);
    expect(qrProblems('https://a.example', 'M', '#ffffff', '#000000').map((p) => p.code)).toEqual(['qr.inverted']);
    expect(qrProblems('https://a.example', 'M', '#1d3557', '#f1faee')).toEqual([]);
  });
});
