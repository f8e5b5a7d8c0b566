// Animated WebP, from its RIFF chunks alone: whether it animates, its canvas size and how many
// frames it holds, so the frame limits are checked before anything is decoded. Hand-written: a
// few bytes of a documented container, read where no decoder may run yet.
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
