// The modules of a QR code, from the well-kept `qrcode` encoder. Null when the data cannot be
// encoded (empty, or too long for the chosen error correction); undefined while the encoder is
// still loading (the renderer fetches it after start: renderer/qrcode-deferred.ts).
import QRCode from 'qrcode';
import { QR_QUIET_MODULES, type QrErrorCorrection } from './model';
import { QR_ENCODER_LOADING } from './encoder-loading';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Row-major, 1 = dark. */
  dark: Uint8Array;
}

export function qrMatrix(data: string, errorCorrection: QrErrorCorrection): QrMatrix | null | undefined {
  if (!data) return null;
  try {
    const code = QRCode.create(data, { errorCorrectionLevel: errorCorrection });
    return { size: code.modules.size, dark: Uint8Array.from(code.modules.data as ArrayLike<number>) };
  } catch (error) {
    return error instanceof Error && error.name === QR_ENCODER_LOADING ? undefined : null;
  }
}

/** Modules per side including the quiet zone on both sides. */
export function qrTotalModules(matrix: QrMatrix): number {
  return matrix.size + 2 * QR_QUIET_MODULES;
}

/**
 * Draws the code filling a w x h box (square in practice): the light color everywhere, then each
 * row's runs of dark modules as one rectangle, so no seams show between neighbouring modules.
 */
export function drawQr(ctx: CanvasRenderingContext2D, matrix: QrMatrix | null | undefined, w: number, h: number, dark: string, light: string): void {
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, w, h);
  if (!matrix) return;
  const side = Math.min(w, h);
  const unit = side / qrTotalModules(matrix);
  const ox = (w - side) / 2 + QR_QUIET_MODULES * unit;
  const oy = (h - side) / 2 + QR_QUIET_MODULES * unit;
  ctx.fillStyle = dark;
  ctx.beginPath();
  const n = matrix.size;
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!matrix.dark[r * n + c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && matrix.dark[r * n + c]) c++;
      ctx.rect(ox + start * unit, oy + r * unit, (c - start) * unit, unit);
    }
  }
  ctx.fill();
}
