/** The name of the error the renderer's deferred QR encoder throws before it has loaded (renderer/qrcode-deferred.ts). */
export const QR_ENCODER_LOADING = 'QrEncoderLoading';
