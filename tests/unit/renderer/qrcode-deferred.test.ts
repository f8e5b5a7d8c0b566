// The renderer's QR encoder arrives in a chunk after start (renderer/qrcode-deferred.ts). Before it
// has, a code is "pending": drawn as its light box and never reported as too long; once it has, the
// codes are the real encoder's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import QRCode from 'qrcode';

// The encoder's chunk arrives when the test lets it.
function holdEncoderChunk(): () => void {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  vi.doMock('qrcode/lib/core/qrcode.js', async () => {
    await arrived;
    return await vi.importActual('qrcode/lib/core/qrcode.js');
  });
  return release;
}

afterEach(() => {
  vi.doUnmock('qrcode');
  vi.doUnmock('qrcode/lib/core/qrcode.js');
  vi.resetModules();
});

describe('the deferred QR encoder', () => {
  it('throws a named error until its chunk arrives, then encodes exactly as the package does', async () => {
    const release = holdEncoderChunk();
    const deferred = await import('../../../renderer/qrcode-deferred');
    const { QR_ENCODER_LOADING } = await import('../../../core/elements/qr/encoder-loading');
    expect(deferred.qrEncoderLoaded()).toBe(false);
    expect(() => deferred.default.create('https://example.org', { errorCorrectionLevel: 'M' })).toThrow(expect.objectContaining({ name: QR_ENCODER_LOADING }));
    release();
    await deferred.loadQrEncoder();
    expect(deferred.qrEncoderLoaded()).toBe(true);
    const mine = deferred.default.create('https://example.org/rally', { errorCorrectionLevel: 'Q' });
    const real = QRCode.create('https://example.org/rally', { errorCorrectionLevel: 'Q' });
    expect(mine.modules.size).toBe(real.modules.size);
    expect([...mine.modules.data]).toEqual([...real.modules.data]);
  });

  it('makes a code pending (undefined), not too long, while the encoder loads', async () => {
    const release = holdEncoderChunk();
    vi.doMock('qrcode', async () => await import('../../../renderer/qrcode-deferred'));
    const { qrMatrix } = await import('../../../core/elements/qr/matrix');
    const { qrProblems } = await import('../../../core/elements/qr/check');
    const { loadQrEncoder } = await import('../../../renderer/qrcode-deferred');
    expect(qrMatrix('https://example.org', 'M')).toBeUndefined();
    expect(qrProblems('https://example.org', 'M', '#000000', '#ffffff')).toEqual([]);
    // Empty data is known without the encoder.
    expect(qrMatrix('', 'M')).toBeNull();
    release();
    await loadQrEncoder();
    expect(qrMatrix('https://example.org', 'M')?.size).toBe(QRCode.create('https://example.org', { errorCorrectionLevel: 'M' }).modules.size);
    const tooLong = 'x'.repeat(3000);
    expect(qrMatrix(tooLong, 'H')).toBeNull();
    expect(qrProblems(tooLong, 'H', '#000000', '#ffffff')).toEqual([{ code: 'qr.too-long', length: 3000 }]);
  });
});
