// Checks an image before anything decodes it: the type from its bytes, the pixel count its header
// declares (refusing decompression bombs cheaply), and SVG content (no scripts, nothing external).
import { checkSvg } from '../../core/bundle/svg-check';
import { MAX_IMAGE_PIXELS } from '../../core/bundle/limits';
import { jpegOrientation, orientedSize } from './exif-orientation';
import { sniffImage, type ImageMime } from '../../core/bundle/image-sniff';

/** Largest image we decode: 50 megapixels (an 8660x5773 photo), about 200 MB once decoded. */
export const MAX_DECODE_PIXELS = MAX_IMAGE_PIXELS;
/** SVG files larger than this are refused (they are drawings, not photos). */
export const MAX_SVG_BYTES = 5 * 1024 * 1024;

export class ImageCheckError extends Error {
  constructor(
    readonly code: 'image.unsupported' | 'image.bad-header' | 'image.too-many-pixels' | 'image.svg-script' | 'image.svg-external' | 'image.svg-too-large',
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ImageCheckError';
  }
}

export interface CheckedImage {
  mime: ImageMime;
  /** Size as displayed (EXIF orientation applied); null for SVG, known only after decoding. */
  size: { width: number; height: number } | null;
}

export function checkImageBytes(bytes: Uint8Array, name: string): CheckedImage {
  const sniffed = sniffImage(bytes);
  if (!sniffed.ok && sniffed.reason === 'unsupported') throw new ImageCheckError('image.unsupported', `${name}: not a PNG, JPEG, WebP, GIF or SVG image`, { name });
  if (sniffed.ok && sniffed.mime === 'image/svg+xml') {
    if (bytes.length > MAX_SVG_BYTES) {
      throw new ImageCheckError('image.svg-too-large', `${name}: SVG is larger than ${MAX_SVG_BYTES} bytes`, { name, maxMb: MAX_SVG_BYTES / 1024 / 1024 });
    }
    const problem = checkSvg(new TextDecoder().decode(bytes));
    if (problem?.kind === 'external-ref') throw new ImageCheckError('image.svg-external', `${name}: SVG refused: ${problem.detail}`, { name });
    if (problem) throw new ImageCheckError('image.svg-script', `${name}: SVG refused: ${problem.detail}`, { name });
    return { mime: sniffed.mime, size: null };
  }
  if (!sniffed.ok) throw new ImageCheckError('image.bad-header', `${name}: the image header is damaged or incomplete`, { name });
  const { mime } = sniffed;
  const header = { width: sniffed.width!, height: sniffed.height! };
  const pixels = header.width * header.height;
  if (pixels > MAX_DECODE_PIXELS) {
    throw new ImageCheckError(
      'image.too-many-pixels',
      `${name}: ${header.width}x${header.height} is ${Math.round(pixels / 1e6)} megapixels, more than the ${MAX_DECODE_PIXELS / 1e6} megapixel limit`,
      { name, width: header.width, height: header.height, max: MAX_DECODE_PIXELS / 1e6 },
    );
  }
  const plain = { width: header.width, height: header.height };
  const size = mime === 'image/jpeg' ? orientedSize(plain, jpegOrientation(bytes)) : plain;
  return { mime, size };
}
