// The renderer's `qrcode`. vite.config.ts resolves the bare specifier "qrcode" to this module, so
// the encoder (about 8 kB gzip) is a chunk of its own, not part of the first screen's script, fetched
// once the first screen has shown (after-paint.ts; in a worker at once) or when a design with a code
// asks for it sooner. Until it arrives, create() throws QR_ENCODER_LOADING and qrMatrix reports
// the code as pending (core/elements/qr/matrix.ts): the canvas draws its light box, checks claim
// nothing, and loadDrawingNeeds waits for the encoder before a design with codes is drawn or exported,
// then the canvas redraws. Node code (main, CLI, tests) imports the real package.
import type QRCodeType from 'qrcode';
import { QR_ENCODER_LOADING } from '../core/elements/qr/encoder-loading';
import { loadOnceSoon } from './after-paint';

type Create = typeof QRCodeType.create;
let create: Create | undefined;

/** Fetches the encoder if nothing has asked for it yet; resolves once it has arrived. Unasked, it arrives once the first screen has shown. */
export const loadQrEncoder: () => Promise<void> = loadOnceSoon(() =>
  import('qrcode/lib/core/qrcode.js').then((m) => {
    create = m.create;
  }),
);

export function qrEncoderLoaded(): boolean {
  return create !== undefined;
}

const deferred = {
  create: ((...args: Parameters<Create>) => {
    if (!create) throw Object.assign(new Error('the QR encoder has not loaded yet'), { name: QR_ENCODER_LOADING });
    return create(...args);
  }) as Create,
};

export default deferred;
