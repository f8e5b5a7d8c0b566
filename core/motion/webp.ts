// Animated WebP, from its RIFF chunks: whether it animates, its canvas size and how many frames
// it holds, so the frame limits are checked before anything is decoded; and, for the command line
// (the app has the browser's ImageDecoder), its frames composed from still frames a decoder makes.
// Hand-written: a few bytes of a documented container, read where no decoder may run yet.
export interface WebpAnimation {
  width: number;
  height: number;
  frameCount: number;
}

const tag = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
const u24 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The animation of an animated WebP, or null for a still WebP or anything else. */
export function webpAnimation(bytes: Uint8Array): WebpAnimation | null {
  if (bytes.length < 30 || tag(bytes, 0) !== 'RIFF' || tag(bytes, 8) !== 'WEBP' || tag(bytes, 12) !== 'VP8X') return null;
  // VP8X flags: bit 1 is "animation".
  if ((bytes[20]! & 0x02) === 0) return null;
  const width = u24(bytes, 24) + 1;
  const height = u24(bytes, 27) + 1;
  let frameCount = 0;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = u32(bytes, at + 4);
    if (tag(bytes, at) === 'ANMF') frameCount++;
    at += 8 + size + (size & 1);
  }
  return frameCount > 1 ? { width, height, frameCount } : null;
}

/** How long a frame of `durationMs` shows: a frame without one shows for 100 ms, as browsers do. */
export function webpFrameDelay(durationMs: number): number {
  return durationMs > 0 ? Math.max(20, durationMs) : 100;
}

/** A still WebP's decoded pixels (RGBA, not premultiplied). */
export interface DecodedStill {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Every frame of an animated WebP as whole canvases (RGBA), with how long each shows in ms. */
export interface WebpFrames {
  width: number;
  height: number;
  frames: Uint8ClampedArray[];
  delays: number[];
}

const chunk = (name: string, payload: Uint8Array) => {
  const out = new Uint8Array(8 + payload.length + (payload.length & 1));
  out.set([...name].map((c) => c.charCodeAt(0)), 0);
  new DataView(out.buffer).setUint32(4, payload.length, true);
  out.set(payload, 8);
  return out;
};

/** One ANMF frame's image as a still WebP file a decoder takes: its chunks, with VP8X when it has an alpha chunk. */
function stillOf(frameChunks: Uint8Array[], alpha: boolean, width: number, height: number): Uint8Array {
  const parts: Uint8Array[] = [];
  if (alpha) {
    const vp8x = new Uint8Array(10);
    vp8x[0] = 0x10;
    vp8x.set([(width - 1) & 0xff, ((width - 1) >> 8) & 0xff, ((width - 1) >> 16) & 0xff, (height - 1) & 0xff, ((height - 1) >> 8) & 0xff, ((height - 1) >> 16) & 0xff], 4);
    parts.push(chunk('VP8X', vp8x));
  }
  parts.push(...frameChunks);
  const body = parts.reduce((n, p) => n + p.length, 4);
  const out = new Uint8Array(8 + body);
  out.set([0x52, 0x49, 0x46, 0x46], 0);
  new DataView(out.buffer).setUint32(4, body, true);
  out.set([0x57, 0x45, 0x42, 0x50], 8);
  let at = 12;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The size a lossless (VP8L) bitstream declares: after its signature byte, 14 bits each. */
function vp8lSize(b: Uint8Array, at: number, size: number): { width: number; height: number } {
  if (size < 5 || b[at] !== 0x2f) throw new Error('an animation frame holds no lossless picture');
  const bits = u32(b, at + 1);
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
}

/** The size a lossy (VP8) key frame declares: after its 3-byte tag and start code, 14 bits each. */
function vp8Size(b: Uint8Array, at: number, size: number): { width: number; height: number } {
  if (size < 10 || b[at + 3] !== 0x9d || b[at + 4] !== 0x01 || b[at + 5] !== 0x2a) throw new Error('an animation frame holds no lossy key frame');
  return { width: (b[at + 6]! | (b[at + 7]! << 8)) & 0x3fff, height: (b[at + 8]! | (b[at + 9]! << 8)) & 0x3fff };
}

/**
 * Decodes an animated WebP frame by frame with `decode` (a still-WebP decoder), composing each
 * frame onto the canvas as the container says: at its offset, blended over what is there or
 * replacing it, and cleared to transparent afterwards when it asks to be disposed (as browsers
 * do, the background colour is not used). The caller checks the frame budget first.
 * Hand-written: the container is a few documented chunks, and the decoder only takes stills.
 */
export async function decodeWebpFrames(bytes: Uint8Array, decode: (still: Uint8Array) => Promise<DecodedStill>): Promise<WebpFrames> {
  const animation = webpAnimation(bytes);
  if (!animation) throw new Error('not an animated WebP');
  const { width, height } = animation;
  const canvas = new Uint8ClampedArray(width * height * 4);
  const frames: Uint8ClampedArray[] = [];
  const delays: number[] = [];
  let dispose: { x: number; y: number; w: number; h: number } | null = null;
  const end = Math.min(bytes.length, 8 + u32(bytes, 4));
  for (let at = 12; at + 8 <= end; ) {
    const size = u32(bytes, at + 4);
    const next = at + 8 + size + (size & 1);
    if (at + 8 + size > end) throw new Error('the animated WebP is cut short');
    if (tag(bytes, at) === 'ANMF') {
      if (size < 16) throw new Error('an animation frame is cut short');
      const p = at + 8;
      const x = u24(bytes, p) * 2;
      const y = u24(bytes, p + 3) * 2;
      const w = u24(bytes, p + 6) + 1;
      const h = u24(bytes, p + 9) + 1;
      const duration = u24(bytes, p + 12);
      const flags = bytes[p + 15]!;
      if (x + w > width || y + h > height) throw new Error('an animation frame lies outside the canvas');
      // The frame's own chunks (ALPH, VP8 or VP8L), whole.
      const inner: Uint8Array[] = [];
      let alpha = false;
      for (let c = p + 16; c + 8 <= at + 8 + size; ) {
        const s = u32(bytes, c + 4);
        const name = tag(bytes, c);
        if (c + 8 + s > at + 8 + size) throw new Error('an animation frame is cut short');
        if (name === 'ALPH') alpha = true;
        // A picture that says it is bigger than its frame is refused before a decoder sizes memory for it.
        const declared = name === 'VP8L' ? vp8lSize(bytes, c + 8, s) : name === 'VP8 ' ? vp8Size(bytes, c + 8, s) : null;
        if (declared && (declared.width !== w || declared.height !== h)) throw new Error(`a ${w}x${h} animation frame holds a ${declared.width}x${declared.height} picture`);
        if (name === 'ALPH' || name === 'VP8 ' || name === 'VP8L') inner.push(bytes.subarray(c, c + 8 + s + (s & 1)));
        c += 8 + s + (s & 1);
      }
      const still = await decode(stillOf(inner, alpha, w, h));
      if (still.width !== w || still.height !== h) throw new Error('an animation frame decoded to another size');
      if (dispose) for (let row = dispose.y; row < dispose.y + dispose.h; row++) canvas.fill(0, (row * width + dispose.x) * 4, (row * width + dispose.x + dispose.w) * 4);
      const blend = (flags & 0x02) === 0;
      for (let row = 0; row < h; row++) {
        for (let col = 0; col < w; col++) {
          const s = (row * w + col) * 4;
          const d = ((y + row) * width + x + col) * 4;
          const a = still.data[s + 3]!;
          if (!blend || a === 255 || canvas[d + 3] === 0) {
            canvas.set(still.data.subarray(s, s + 4), d);
            continue;
          }
          // Source over, on straight (not premultiplied) colours.
          const da = canvas[d + 3]! * (255 - a) / 255;
          const oa = a + da;
          for (let k = 0; k < 3; k++) canvas[d + k] = oa === 0 ? 0 : (still.data[s + k]! * a + canvas[d + k]! * da) / oa;
          canvas[d + 3] = oa;
        }
      }
      frames.push(canvas.slice());
      delays.push(webpFrameDelay(duration));
      dispose = flags & 0x01 ? { x, y, w, h } : null;
    }
    at = next;
  }
  return { width, height, frames, delays };
}
