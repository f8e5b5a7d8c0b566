// The command line plays animated WebP stickers with its own decoding (core/motion
// decodeWebpFrames over libwebp in WebAssembly); the app plays them with Chromium's ImageDecoder.
// Both must show the same pictures. The fixture (ffmpeg's testsrc2, 96x64, 10 frames, lossy with
// an alpha channel: transparent left stripe) is made of sub-frames at offsets, alpha-blended over
// the frame before, as encoders write them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWebpFrames } from '../../core/motion';
import { decodeStillWebp } from '../../cli/webp-node';
import { sharedApp } from './harness';

const fixture = new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'motion', 'testsrc-alpha.webp')));

describe('animated WebP frames', () => {
  const app = sharedApp();

  it('come out of the command line exactly as Chromium decodes them', async () => {
    const mine = await decodeWebpFrames(fixture, decodeStillWebp);
    const theirs = await app().page.evaluate(async (b64) => {
      const decoder = new ImageDecoder({ data: Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)), type: 'image/webp' });
      await decoder.tracks.ready;
      const frames: string[] = [];
      const delays: number[] = [];
      for (let i = 0; i < decoder.tracks.selectedTrack!.frameCount; i++) {
        const { image } = await decoder.decode({ frameIndex: i });
        const canvas = new OffscreenCanvas(image.displayWidth, image.displayHeight);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        frames.push(Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data).join(','));
        delays.push((image.duration ?? 0) / 1000);
        image.close();
      }
      decoder.close();
      return { frames, delays };
    }, Buffer.from(fixture).toString('base64'));
    expect([mine.width, mine.height, mine.frames.length]).toEqual([96, 64, 10]);
    expect(mine.delays).toEqual(theirs.delays);
    mine.frames.forEach((frame, i) => expect(Array.from(frame).join(','), `frame ${i}`).toBe(theirs.frames[i]));
    // The picture moves, and its left stripe stays see-through.
    expect(new Set(mine.frames.map((f) => f.join(','))).size).toBe(10);
    expect(mine.frames.every((f) => f[3] === 0 && f[(40 * 96 + 60) * 4 + 3] === 255)).toBe(true);
  });
});
