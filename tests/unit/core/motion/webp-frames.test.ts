// Animated WebP frames composed as the container says: offsets, blending or replacing, disposal
// to transparent, durations; the still decoder is a stand-in that paints each frame one colour.
import { describe, expect, it } from 'vitest';
import { decodeWebpFrames, webpFrameDelay, type DecodedStill } from '../../../../core/motion';

const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, k) => (n >> (8 * k)) & 0xff);
const chunk = (name: string, payload: number[]) => [...name].map((c) => c.charCodeAt(0)).concat(le(payload.length, 4), payload, payload.length & 1 ? [0] : []);
/** One frame: its place, size, duration, flags, and a colour the stand-in decoder paints it (RGBA). */
type Frame = { x: number; y: number; w: number; h: number; ms: number; blend: boolean; dispose: boolean; rgba: number[]; ph?: number };
function animation(width: number, height: number, frames: Frame[]): Uint8Array {
  const body = [
    ...chunk('VP8X', [0x12, 0, 0, 0, ...le(width - 1, 3), ...le(height - 1, 3)]),
    ...chunk('ANIM', [0, 0, 0, 0, 0, 0]),
    ...frames.flatMap((f) =>
      // A lossless picture's header (signature, then its size) and, for the stand-in, its colour.
      chunk('ANMF', [...le(f.x / 2, 3), ...le(f.y / 2, 3), ...le(f.w - 1, 3), ...le(f.h - 1, 3), ...le(f.ms, 3), (f.blend ? 0 : 2) | (f.dispose ? 1 : 0), ...chunk('VP8L', [0x2f, ...le((((f.ph ?? f.h) - 1) << 14) | (f.w - 1), 4), ...f.rgba])]),
    ),
  ];
  return Uint8Array.from([...chunk('RIFF', []).slice(0, 4), ...le(body.length + 4, 4), 0x57, 0x45, 0x42, 0x50, ...body]);
}
/** Reads the colour back out of the still it is given; the still's VP8X (if any) gives its size. */
async function paint(still: Uint8Array): Promise<DecodedStill> {
  const text = String.fromCharCode(...still);
  const at = text.indexOf('VP8L') + 8 + 5;
  const rgba = [...still.subarray(at, at + 4)];
  const frames = (globalThis as { sizes?: { w: number; h: number }[] }).sizes!;
  const { w, h } = frames.shift()!;
  const data = new Uint8ClampedArray(w * h * 4);
  for (let k = 0; k < w * h; k++) data.set(rgba, k * 4);
  return { data, width: w, height: h };
}
async function decode(width: number, height: number, frames: Frame[]) {
  (globalThis as { sizes?: { w: number; h: number }[] }).sizes = frames.map((f) => ({ w: f.w, h: f.h }));
  return decodeWebpFrames(animation(width, height, frames), paint);
}
const at = (frame: Uint8ClampedArray, width: number, x: number, y: number) => [...frame.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];

describe('decodeWebpFrames', () => {
  it('places each frame at its offset, blends or replaces, and disposes to transparent', async () => {
    const red = [255, 0, 0, 255];
    const halfBlue = [0, 0, 255, 128];
    const r = await decode(8, 6, [
      { x: 0, y: 0, w: 8, h: 6, ms: 80, blend: false, dispose: false, rgba: red },
      // Blended over red: a purple; then disposed, so the next frame sees transparency there.
      { x: 2, y: 2, w: 4, h: 2, ms: 0, blend: true, dispose: true, rgba: halfBlue },
      // Replaces what is under it, alpha and all.
      { x: 6, y: 0, w: 2, h: 2, ms: 5, blend: false, dispose: false, rgba: halfBlue },
    ]);
    expect([r.width, r.height, r.frames.length]).toEqual([8, 6, 3]);
    expect(r.delays).toEqual([80, 100, 20]);
    expect(at(r.frames[0]!, 8, 3, 3)).toEqual(red);
    expect(at(r.frames[1]!, 8, 3, 3)).toEqual([127, 0, 128, 255]);
    expect(at(r.frames[1]!, 8, 0, 0)).toEqual(red);
    expect(at(r.frames[2]!, 8, 3, 3)).toEqual([0, 0, 0, 0]);
    expect(at(r.frames[2]!, 8, 7, 1)).toEqual(halfBlue);
    expect(at(r.frames[2]!, 8, 0, 5)).toEqual(red);
  });

  it('refuses a frame outside the canvas and a file cut short, naming the problem', async () => {
    const inside = { x: 0, y: 0, w: 2, h: 2, ms: 10, blend: true, dispose: false, rgba: [1, 2, 3, 255] };
    await expect(decode(8, 6, [inside, { ...inside, x: 6, w: 4 }])).rejects.toThrow('an animation frame lies outside the canvas');
    // A picture bigger than its frame (a decoder would size memory for it) is refused before decoding.
    await expect(decode(8, 6, [inside, { ...inside, ph: 16000 }])).rejects.toThrow('a 2x2 animation frame holds a 2x16000 picture');
    (globalThis as { sizes?: unknown[] }).sizes = [{ w: 2, h: 2 }];
    const bytes = animation(8, 6, [{ x: 0, y: 0, w: 2, h: 2, ms: 10, blend: true, dispose: false, rgba: [1, 2, 3, 255] }, { x: 0, y: 0, w: 2, h: 2, ms: 10, blend: true, dispose: false, rgba: [1, 2, 3, 255] }]);
    await expect(decodeWebpFrames(bytes.subarray(0, bytes.length - 6), paint)).rejects.toThrow(/cut short/);
  });

  it('shows a frame without a duration for 100 ms and none for less than 20', () => {
    expect([0, 5, 20, 70].map(webpFrameDelay)).toEqual([100, 20, 20, 70]);
  });
});
