// What can stop a QR code from scanning, apart from its printed size (core/print/checks): no
// data, data too long for the code, colors too close, or light modules on a dark code (many
// phone scanners read only dark-on-light codes).
import { contrastRatio, parseHexColor, relativeLuminance } from '../../layout/contrast';
import { qrMatrix } from './matrix';
import type { QrErrorCorrection } from './model';

/** Scanners want a strong difference; 4:1 keeps brand colors usable while staying reliable. */
export const QR_MIN_CONTRAST = 4;

export type QrProblem =
  | { code: 'qr.empty' }
  | { code: 'qr.too-long'; length: number }
  | { code: 'qr.low-contrast'; ratio: number; required: number }
  | { code: 'qr.inverted' };

/** Problems of a code with these (resolved, hex) colors. */
export function qrProblems(data: string, errorCorrection: QrErrorCorrection, dark: string, light: string): QrProblem[] {
  const out: QrProblem[] = [];
  if (!data.trim()) out.push({ code: 'qr.empty' });
  // undefined: the encoder is still loading, which says nothing about the data.
  else if (qrMatrix(data, errorCorrection) === null) out.push({ code: 'qr.too-long', length: data.length });
  try {
    const ratio = contrastRatio(dark, light);
    if (ratio < QR_MIN_CONTRAST) out.push({ code: 'qr.low-contrast', ratio: Math.floor(ratio * 10) / 10, required: QR_MIN_CONTRAST });
    const d = parseHexColor(dark);
    const l = parseHexColor(light);
    if (relativeLuminance(d.r, d.g, d.b) > relativeLuminance(l.r, l.g, l.b)) out.push({ code: 'qr.inverted' });
  } catch {
    // Colors that are not plain hex (never stored by the app) are not judged here.
  }
  return out;
}
