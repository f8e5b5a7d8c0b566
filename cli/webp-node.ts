// Still WebP images decoded in Node by libwebp compiled to WebAssembly (@jsquash/webp): the frames
// of animated WebP stickers, which @napi-rs/canvas only draws as their first frame.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import decode, { init } from '@jsquash/webp/decode.js';
import type { DecodedStill } from '../core/motion';

let ready: Promise<void> | null = null;

/** Decodes one still WebP file to RGBA. */
export async function decodeStillWebp(bytes: Uint8Array): Promise<DecodedStill> {
  // The module's bytes are read from the package's own file: its loader would fetch them by URL.
  ready ??= init({ wasmBinary: readFileSync(createRequire(import.meta.url).resolve('@jsquash/webp/codec/dec/webp_dec.wasm')) });
  await ready;
  const image = await decode(bytes.slice().buffer);
  return { data: image.data, width: image.width, height: image.height };
}
