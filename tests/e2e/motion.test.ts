// Moving memes end to end in the real renderer: an animated GIF opened as the meme photo plays on
// the canvas and the scrubber shows any frame; a caption sits on it, the bottom line enters word
// by word, a blur box follows the moving square by two keyframes; the export writes an animated
// GIF per platform within each one's limit (read back with ImageMagick: frames, delays, size; the
// caption read by OCR on the first, a middle and the last frame; the square hidden under the box
// on every frame) and a video (ffprobe: duration, frame rate, size), in English and Spanish.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { choosePresets, launchApp, openExportDialog, readPng, snap, SCREENSHOT_DIR, type PlacardApp, type QueuedDialogs } from './harness';
import { ocrWords } from './harness/ocr';
import { CLIP, squareGif, squareX } from '../helpers/motion-fixture';

async function setNumber(page: Page, testId: string, value: number) {
  const input = page.getByTestId(testId);
  await input.fill(String(value));
  await input.press('Tab');
}

async function layers(page: Page, prefix: string): Promise<string[]> {
  await page.getByTestId('tab-design').click();
  await page.locator('[data-testid^="layer-"]').first().waitFor();
  const ids = await page.locator('[data-testid^="layer-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
  return ids.filter((id) => id.startsWith(`layer-${prefix}_`)).map((id) => id.slice('layer-'.length));
}

async function select(page: Page, id: string) {
  await page.getByTestId('tab-design').click();
  await page.getByTestId(`layer-${id}`).click();
}

async function scrubTo(page: Page, t: number) {
  await page.getByTestId('timeline-scrubber').fill(String(t));
}

/** Every frame of a GIF as PNG files, with each frame's delay (hundredths of a second) and size. */
function gifFrames(file: string, dir: string): { delays: number[]; sizes: string[]; pngs: string[] } {
  const info = execFileSync('identify', ['-format', '%T %wx%h\n', file], { encoding: 'utf8' }).trim().split('\n');
  execFileSync('convert', [file, '-coalesce', join(dir, 'frame-%03d.png')]);
  return {
    delays: info.map((l) => Number(l.split(' ')[0])),
    sizes: info.map((l) => l.split(' ')[1]!),
    pngs: info.map((_, i) => join(dir, `frame-${String(i).padStart(3, '0')}.png`)),
  };
}

function ffprobe(file: string): { width: number; height: number; fps: number; duration: number; codec: string; frames: number } {
  const out = JSON.parse(
    execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-count_frames', '-show_entries', 'stream=width,height,avg_frame_rate,codec_name,nb_read_frames:format=duration', '-of', 'json', file], { encoding: 'utf8' }),
  ) as { streams: { width: number; height: number; avg_frame_rate: string; codec_name: string; nb_read_frames: string }[]; format: { duration: string } };
  const s = out.streams[0]!;
  const [n, d] = s.avg_frame_rate.split('/').map(Number);
  return { width: s.width, height: s.height, fps: n! / d!, duration: Number(out.format.duration), codec: s.codec_name, frames: Number(s.nb_read_frames) };
}

/** The words on a frame: its white letters (the meme fill) kept, the rest dropped, then read by Tesseract. */
function frameWords(png: string): string {
  const bw = png.replace(/\.png$/, '-bw.png');
  execFileSync('convert', [png, '-colorspace', 'gray', '-threshold', '60%', '-resize', '50%', bw]);
  return ocrWords(bw, 'en');
}

/** A new classic meme from `bytes` saved as `name`, through the Meme panel and the open dialog. */
async function newMeme(app: PlacardApp<QueuedDialogs>, dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  app.dialogs.nextOpen(file);
  await app.page.getByTestId('tab-meme').click();
  await app.page.locator('[data-testid="meme-panel"] [data-action="meme.newClassic"]').click();
  const replace = app.page.getByTestId('confirm-replace');
  if (await replace.waitFor({ state: 'visible', timeout: 1500 }).then(() => true, () => false)) await replace.click();
}

const isWhite = (p: { r: number; g: number; b: number }) => p.r > 235 && p.g > 235 && p.b > 235;

describe('moving memes', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-motion-'));
    app = await launchApp();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('captions a GIF, animates a line, keyframes a blur box, and exports GIF and video within each platform limit', async () => {
    const { page, dialogs } = app;
    await newMeme(app, scratch, 'square.gif', squareGif());
    await expect.poll(() => page.getByTestId('status-message').textContent(), { timeout: 60_000 }).toContain('square.gif');

    // The GIF makes the design move: the timeline appears, at the still design.
    await page.getByTestId('timeline-bar').waitFor();
    expect(await page.getByTestId('timeline-time').textContent()).toBe('Editing the still');
    // The scrubber shows any frame: the square is on the left at 0 s and on the right at 0.9 s.
    const canvasSquareX = async (t: number) => {
      await scrubTo(page, t);
      const shot = readPng(await page.locator('.canvas-host').screenshot({ path: join(scratch, `canvas-${t}.png`) }).then(() => join(scratch, `canvas-${t}.png`)));
      let sum = 0;
      let n = 0;
      for (let y = Math.round(shot.height * 0.3); y < shot.height * 0.7; y += 2)
        for (let x = 0; x < shot.width; x += 2)
          if (Object.values(shot.pixel(x, y)).every((c) => c > 250)) {
            sum += x;
            n++;
          }
      return { x: n ? sum / n : -1, width: shot.width };
    };
    const early = await canvasSquareX(0);
    const late = await canvasSquareX(0.9);
    expect(early.x).toBeGreaterThan(0);
    expect(late.x - early.x).toBeGreaterThan(100);

    const texts = await layers(page, 'text');
    expect(texts).toHaveLength(2);
    // The bottom line (listed first: the layers panel lists the front first) enters word by word, from 0.2 s for half a second.
    await select(page, texts[0]!);
    await page.getByTestId('animation-effect').selectOption('words');
    await setNumber(page, 'animation-delay', 0.2);
    await setNumber(page, 'animation-duration', 0.5);
    await snap(page, 'motion-inspector-en');

    // A pixelating box over the square, following it: keyframes at the first and the last frame.
    const [photo] = await layers(page, 'img');
    await select(page, photo!);
    // The meme is at least 600 px wide: the GIF's pixels are scaled by k.
    const k = Number(await page.getByTestId('prop-width').inputValue()) / CLIP.width;
    const at = (n: number) => Math.round(n * k);
    await page.locator('[data-testid="image-section"] [data-action="insert.redact"]').click();
    const [box] = await layers(page, 'redact');
    await select(page, box!);
    await page.getByTestId('prop-redact-mode').selectOption('pixelate');
    await page.getByTestId('prop-redact-shape').selectOption('rect');
    await setNumber(page, 'prop-redact-strength', at(80));
    await setNumber(page, 'prop-width', at(80));
    await setNumber(page, 'prop-height', at(80));
    await scrubTo(page, 0);
    await setNumber(page, 'prop-x', at(squareX(0) - 20));
    await setNumber(page, 'prop-y', at(CLIP.y - 20));
    await page.getByTestId('keyframe-add').click();
    const last = (CLIP.frames - 1) / 10;
    await scrubTo(page, last);
    // At another moment, moving the keyframed box sets its keyframe there.
    await setNumber(page, 'prop-x', at(squareX(CLIP.frames - 1) - 20));
    await expect.poll(() => page.getByTestId('keyframe-row').count()).toBe(2);
    await setNumber(page, 'timeline-duration', 1);

    // Scrubbing shows that moment: the square has moved and the box with it.
    await scrubTo(page, 0.5);
    expect(await page.getByTestId('timeline-time').textContent()).toBe('0.5 s of 1.0 s');
    await snap(page, 'motion-scrub-en');
    await page.getByTestId('timeline-play').click();
    await page.waitForTimeout(400);
    await snap(page, 'motion-playing-en');
    await page.getByTestId('timeline-play').click();

    // Export: an animated GIF for X (15 MB) and Bluesky (1 MB); Instagram takes none.
    const out = join(scratch, 'gif-out');
    await mkdir(out);
    await openExportDialog(page);
    await choosePresets(page, ['x-post', 'bluesky-post', 'instagram-square']);
    await page.getByTestId('format-gif').click();
    await page.getByTestId('export-fps').selectOption('10');
    expect(await page.getByTestId('export-motion-skipped').textContent()).toContain('Instagram');
    // The skipped size is not counted: two GIFs will be made.
    expect(await page.getByTestId('export-start').textContent()).toContain('2');
    dialogs.nextFolder(out);
    await page.getByTestId('export-choose-folder').click();
    await snap(page, 'motion-export-dialog-en');
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-done').waitFor({ timeout: 240_000 });
    await snap(page, 'motion-export-summary-en');
    const files = (await readdir(out)).filter((f) => f.endsWith('.gif')).sort();
    expect(files).toHaveLength(2);
    expect(await page.locator('[data-testid=summary-row][data-preset="x-post"]').textContent()).toContain('10 frames at 10 fps');

    for (const file of files) {
      const path = join(out, file);
      const limit = file.includes('bluesky') ? 1_000_000 : 15_000_000;
      expect((await stat(path)).size).toBeLessThanOrEqual(limit);
      const dir = await mkdtemp(join(scratch, 'frames-'));
      const frames = gifFrames(path, dir);
      expect(frames.delays).toEqual(Array(10).fill(10));
      expect(new Set(frames.sizes).size).toBe(1);
      const [w, h] = frames.sizes[0]!.split('x').map(Number);
      // Kept for review beside the screenshots.
      for (const k of [0, 5, 9]) await copyFile(frames.pngs[k]!, join(SCREENSHOT_DIR, `motion-${file.replace(/\.gif$/, '')}-frame-${k}.png`));
      // The top caption on the first, a middle and the last frame; the bottom line only once it entered.
      for (const k of [0, 5, 9]) expect(frameWords(frames.pngs[k]!), `${file} frame ${k}`).toContain('top text');
      expect(frameWords(frames.pngs[0]!)).not.toContain('bottom');
      expect(frameWords(frames.pngs[9]!)).toContain('bottom text');
      if (file.includes('bluesky')) {
        // Bluesky keeps the square design's proportions: the square is hidden under the box on every frame.
        expect(w).toBe(h);
        const kk = w! / CLIP.width;
        for (let f = 0; f < 10; f++) {
          const png = readPng(frames.pngs[f]!);
          let white = 0;
          for (let y = Math.ceil(CLIP.y * kk) + 2; y < Math.floor((CLIP.y + CLIP.square) * kk) - 2; y++)
            for (let x = Math.ceil(squareX(f) * kk) + 2; x < Math.floor((squareX(f) + CLIP.square) * kk) - 2; x++) if (isWhite(png.pixel(x, y))) white++;
          expect(white, `${file}: square hidden on frame ${f}`).toBe(0);
        }
      }
    }

    // A still of one moment: at 0.1 s the bottom line has not entered yet; the still design has it.
    const stills = join(scratch, 'stills');
    await mkdir(stills);
    await openExportDialog(page);
    await choosePresets(page, ['x-post']);
    await page.getByTestId('format-png').click();
    await page.getByTestId('export-moment-mode').selectOption('moment');
    await setNumber(page, 'export-moment', 0.1);
    await page.getByTestId('export-pattern').fill('moment');
    dialogs.nextFolder(stills);
    await page.getByTestId('export-choose-folder').click();
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-done').waitFor({ timeout: 120_000 });
    await openExportDialog(page);
    await page.getByTestId('export-moment-mode').selectOption('still');
    await page.getByTestId('export-pattern').fill('still');
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-done').waitFor({ timeout: 120_000 });
    expect(frameWords(join(stills, 'moment.png'))).not.toContain('bottom');
    expect(frameWords(join(stills, 'still.png'))).toContain('bottom text');

    // Video: MP4 (H.264) and WebM (VP9), each offered where this Chromium encodes it; one of them always is.
    let videos = 0;
    for (const videoFormat of ['mp4', 'webm'] as const) {
      await openExportDialog(page);
      await choosePresets(page, ['x-post']);
      if (!(await page.getByTestId(`format-${videoFormat}`).count())) continue;
      await page.getByTestId(`format-${videoFormat}`).click();
      const vout = join(scratch, `video-${videoFormat}`);
      await mkdir(vout);
      dialogs.nextFolder(vout);
      await page.getByTestId('export-choose-folder').click();
      await page.getByTestId('export-start').click();
      await page.getByTestId('export-done').waitFor({ timeout: 240_000 });
      expect(await page.locator('[data-testid=summary-row][data-preset="x-post"]').textContent()).toContain('30 frames at 30 fps');
      const [video] = (await readdir(vout)).filter((f) => f.endsWith(`.${videoFormat}`));
      expect(video).toBeTruthy();
      const probe = ffprobe(join(vout, video!));
      expect([probe.width, probe.height]).toEqual([1600, 900]);
      expect(probe.fps).toBeCloseTo(30, 3);
      expect(probe.frames).toBe(30);
      expect(probe.duration).toBeGreaterThan(0.95);
      expect(probe.duration).toBeLessThan(1.1);
      expect(probe.codec).toBe(videoFormat === 'mp4' ? 'h264' : 'vp9');
      expect((await stat(join(vout, video!))).size).toBeLessThanOrEqual(512_000_000);
      // The middle frame, taken out by ffmpeg, shows the caption (and is kept for review).
      const still = join(SCREENSHOT_DIR, `motion-video-${videoFormat}-frame-15.png`);
      execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', join(vout, video!), '-vf', 'select=eq(n\\,15)', '-frames:v', '1', still]);
      expect(frameWords(still)).toContain('top text');
      videos++;
    }
    expect(videos).toBeGreaterThan(0);
    await page.getByTestId('export-done').click();
  }, 600_000);
});

describe('moving memes in Spanish, from an animated WebP', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-motion-es-'));
    app = await launchApp({ locale: 'es-ES', settings: { language: 'es' }, viewport: { width: 1180, height: 760 } });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('plays an animated WebP, exports its frames as a GIF, and refuses a GIF over the frame limit, in Spanish', async () => {
    const { page, dialogs } = app;
    // An over-long GIF (600 one-pixel frames) is refused, named, and nothing changes.
    const { GIFEncoder } = (await import('../../core/motion/gif-encode')).gifenc;
    const long = GIFEncoder();
    for (let i = 0; i < 600; i++) long.writeFrame(new Uint8Array([i % 2]), 1, 1, { palette: [[0, 0, 0], [255, 255, 255]], delay: 20 });
    long.finish();
    await newMeme(app, scratch, 'largo.gif', long.bytes());
    await expect.poll(() => page.getByTestId('status-message').textContent(), { timeout: 60_000 }).toContain('«largo.gif» tiene 600 fotogramas');

    const webp = await sharp(Buffer.from(squareGif()), { animated: true }).webp({ lossless: true }).toBuffer();
    await newMeme(app, scratch, 'cuadrado.webp', webp);
    await expect.poll(() => page.getByTestId('status-message').textContent(), { timeout: 60_000 }).toContain('cuadrado.webp');
    await page.getByTestId('timeline-bar').waitFor();
    expect(await page.getByTestId('timeline-time').textContent()).toBe('Editando la imagen fija');
    await scrubTo(page, 0.95);
    expect(await page.getByTestId('timeline-time').textContent()).toBe('1,0 s de 1,0 s');
    await snap(page, 'motion-webp-es');

    const out = join(scratch, 'gif');
    await mkdir(out);
    await openExportDialog(page);
    await choosePresets(page, ['x-post']);
    await page.getByTestId('format-gif').click();
    dialogs.nextFolder(out);
    await page.getByTestId('export-choose-folder').click();
    await page.getByTestId('export-start').click();
    await page.getByTestId('export-done').waitFor({ timeout: 240_000 });
    expect(await page.locator('[data-testid=summary-row][data-preset="x-post"]').textContent()).toContain('15 fotogramas a 15 fps');
    // The frames were quantised and compressed in the GIF workers, off the page's thread.
    expect(page.workers().some((w) => w.url().includes('gif-worker'))).toBe(true);
    await snap(page, 'motion-export-summary-es');
    const [file] = (await readdir(out)).filter((f) => f.endsWith('.gif'));
    const dir = await mkdtemp(join(scratch, 'frames-'));
    const frames = gifFrames(join(out, file!), dir);
    expect(frames.pngs).toHaveLength(15);
    expect(frames.delays.reduce((a, b) => a + b, 0)).toBe(100);
    // The WebP's frames move the square: it is elsewhere on the last frame than on the first.
    const whiteCentre = (png: ReturnType<typeof readPng>) => {
      let sum = 0;
      let n = 0;
      for (let y = 0; y < png.height; y += 2)
        for (let x = 0; x < png.width; x += 2)
          if (isWhite(png.pixel(x, y)) && y > png.height * 0.3 && y < png.height * 0.7) {
            sum += x;
            n++;
          }
      return n ? sum / n : -1;
    };
    const first = whiteCentre(readPng(frames.pngs[0]!));
    const lastX = whiteCentre(readPng(frames.pngs[14]!));
    expect(first).toBeGreaterThan(0);
    expect(lastX - first).toBeGreaterThan(frames.sizes[0]!.split('x').map(Number)[0]! * 0.4);
    await page.getByTestId('export-done').click();
  }, 600_000);
});
