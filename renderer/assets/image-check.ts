// Checks an image before anything decodes it, with the one decision every room shares
// (core/bundle/image-accept.ts): the type from its bytes, the declared pixel count (refusing
// decompression bombs cheaply), a complete file (no partial strip from a truncated photo), and
// SVG content (no scripts, nothing external, cheap to draw).
import { acceptImage, type ImageRefusalCode } from '../../core/bundle/image-accept';
import { MAX_IMAGE_PIXELS } from '../../core/bundle/limits';
import { SVG_BUDGET } from '../../core/bundle/svg-budget';
import { jpegOrientation, orientedSize } from './exif-orientation';
import type { ImageMime } from '../../core/bundle/image-sniff';

/** Largest image we decode: 50 megapixels (an 8660x5773 photo), about 200 MB once decoded. */
export const MAX_DECODE_PIXELS = MAX_IMAGE_PIXELS;
/** SVG files larger than this are refused (they are drawings, not photos). */
export const MAX_SVG_BYTES = SVG_BUDGET.maxBytes;

type ImageCheckCode = 'image.unsupported' | 'image.bad-header' | 'image.damaged' | 'image.too-many-pixels' | 'image.svg-script' | 'image.svg-external' | 'image.svg-too-large' | 'image.svg-too-complex';

const CODE_FOR_REFUSAL: Readonly<Record<ImageRefusalCode, ImageCheckCode>> = {
  unsupported: 'image.unsupported',
  'bad-header': 'image.bad-header',
  'not-svg': 'image.bad-header',
  damaged: 'image.damaged',
  'too-many-pixels': 'image.too-many-pixels',
  'svg-script': 'image.svg-script',
  'svg-external': 'image.svg-external',
  'svg-too-complex': 'image.svg-too-complex',
};

export class ImageCheckError extends Error {
  constructor(
    readonly code: ImageCheckCode,
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
  const accepted = acceptImage(bytes);
  if (!accepted.ok) {
    const { code, detail, params } = accepted.refusal;
    if (code === 'svg-too-complex' && params.limit === 'bytes') {
      throw new ImageCheckError('image.svg-too-large', `${name}: SVG is larger than ${MAX_SVG_BYTES} bytes`, { name, maxMb: MAX_SVG_BYTES / 1024 / 1024 });
    }
    const shown = code === 'too-many-pixels' ? { ...params, max: MAX_DECODE_PIXELS / 1e6 } : params;
    // "context" picks the message naming the limit (errors.image.svg-too-complex_elements, ...).
    const context: Record<string, string> = typeof params.limit === 'string' ? { context: params.limit } : {};
    throw new ImageCheckError(CODE_FOR_REFUSAL[code], `${name}: ${detail}`, { ...shown, ...context, name });
  }
  const { image } = accepted;
  if (image.mime === 'image/svg+xml') return { mime: image.mime, size: null };
  const plain = { width: image.width, height: image.height };
  const size = image.mime === 'image/jpeg' ? orientedSize(plain, jpegOrientation(bytes)) : plain;
  return { mime: image.mime, size };
}
