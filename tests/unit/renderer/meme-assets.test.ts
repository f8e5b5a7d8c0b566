// Image checks before decoding (type, declared pixels, SVG safety, EXIF orientation) and the
// family names given to imported fonts.
import { describe, expect, it } from 'vitest';
import { checkImageBytes, ImageCheckError, MAX_DECODE_PIXELS } from '../../../renderer/assets/image-check';
import { jpegOrientation } from '../../../renderer/assets/exif-orientation';
import { familyFromFileName } from '../../../renderer/fonts/user-fonts';
import { exifWithGps, orientationApp1, pngClaiming, quadrantPhoto, withExif } from '../../e2e/meme-fixtures';

function refused(fn: () => unknown): ImageCheckError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImageCheckError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('image checks before decoding', () => {
  it('reads type and size from the header', () => {
    expect(checkImageBytes(quadrantPhoto(300, 200), 'a.jpg')).toEqual({ mime: 'image/jpeg', size: { width: 300, height: 200 } });
    expect(checkImageBytes(quadrantPhoto(40, 30, 'png'), 'a.png')).toEqual({ mime: 'image/png', size: { width: 40, height: 30 } });
  });

  it('refuses a header declaring more pixels than the limit, naming the size', () => {
    const e = refused(() => checkImageBytes(pngClaiming(20_000, 20_000), 'bomb.png'));
    expect(e.code).toBe('image.too-many-pixels');
    expect(e.params).toMatchObject({ width: 20_000, height: 20_000, max: MAX_DECODE_PIXELS / 1e6 });
    expect(e.message).toContain('20000x20000');
    // Just under the limit passes the pixel check, and the forged header is then found out: the
    // file holds far fewer pixels than it declares.
    expect(refused(() => checkImageBytes(pngClaiming(7000, 7000), 'ok.png')).code).toBe('image.damaged');
  });

  it('refuses unknown types and damaged headers', () => {
    expect(refused(() => checkImageBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 'x.bin')).code).toBe('image.unsupported');
    const truncated = quadrantPhoto(30, 30).subarray(0, 20);
    expect(refused(() => checkImageBytes(truncated, 't.jpg')).code).toBe('image.bad-header');
  });

  it('refuses SVG with scripts or external references, accepts a plain drawing', () => {
    const svg = (body: string) => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${body}</svg>`);
    expect(checkImageBytes(svg('<rect width="10" height="10" fill="red"/>'), 'ok.svg')).toEqual({ mime: 'image/svg+xml', size: null });
    expect(refused(() => checkImageBytes(svg('<script>alert(1)</script>'), 's.svg')).code).toBe('image.svg-script');
    expect(refused(() => checkImageBytes(svg('<rect onload="x()"/>'), 'h.svg')).code).toBe('image.svg-script');
    expect(refused(() => checkImageBytes(svg('<image href="https://example.org/a.png"/>'), 'e.svg')).code).toBe('image.svg-external');
  });

  it('swaps width and height for photos whose EXIF says they are rotated', () => {
    const photo = quadrantPhoto(300, 200);
    expect(jpegOrientation(photo)).toBe(1);
    expect(jpegOrientation(withExif(photo, orientationApp1(6)))).toBe(6);
    expect(checkImageBytes(withExif(photo, orientationApp1(6)), 'r.jpg').size).toEqual({ width: 200, height: 300 });
    expect(checkImageBytes(withExif(photo, orientationApp1(3)), 'u.jpg').size).toEqual({ width: 300, height: 200 });
    // An EXIF block without an orientation tag (GPS only) means upright.
    expect(jpegOrientation(withExif(photo, exifWithGps()))).toBe(1);
  });
});

describe('imported font names', () => {
  it('derives a clean family from the file name and never shadows a bundled family', () => {
    expect(familyFromFileName('Union-Display_Bold.woff2')).toBe('Union-Display Bold');
    expect(familyFromFileName('<script>.ttf')).toBe('script');
    expect(familyFromFileName('anton.ttf')).toBe('anton (imported)');
    expect(familyFromFileName('.otf')).toBe('Imported font');
  });
});
