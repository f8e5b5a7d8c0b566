// Meme mode end to end, in the real renderer: each meme variant is built from a photo through the
// UI and exported, and the exported pixels are checked (outline dark, fill white, text inside its
// box after fitting). Also: crop with handles, flip, filters, the blur box, a photo with GPS EXIF
// (the export carries none), a 6000x4000 photo, a header that declares too many pixels, fonts
// (a good one and damaged ones), and accents, emoji and right-to-left text.
import { openDocument } from '../../electron/services/documents';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPng, snap, SCREENSHOT_DIR, type DecodedPng, type PlacardApp, type QueuedDialogs, launchApp } from './harness';
import { exifWithGps, garbageFont, hollowTrueType, pngClaiming, QUADRANTS, quadrantPhoto, quadrantWebp, twoFrameGif, withExif } from './meme-fixtures';

const require = createRequire(import.meta.url);

type Box = { x: number; y: number; width: number; height: number };

async function setNumber(page: Page, testId: string, value: number) {
  const input = page.getByTestId(testId);
  await input.fill(String(value));
  await input.press('Tab');
}

async function layerIds(page: Page): Promise<string[]> {
  await page.getByTestId('tab-design').click();
  await page.locator('[data-testid^="layer-"]').first().waitFor();
  const ids = await page.locator('[data-testid^="layer-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
  return ids.filter((id) => /^layer-(text|img|shape|redact)_/.test(id)).map((id) => id.slice('layer-'.length));
}

async function selectLayer(page: Page, id: string) {
  await page.getByTestId('tab-design').click();
  await page.getByTestId(`layer-${id}`).click();
}

/** Reads a number from an inspector field. */
async function num(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).inputValue());
}

/** Geometry of the selected element from the inspector. */
async function selectedBox(page: Page): Promise<Box> {
  return { x: await num(page, 'prop-x'), y: await num(page, 'prop-y'), width: await num(page, 'prop-width'), height: await num(page, 'prop-height') };
}

const isWhite = (p: { r: number; g: number; b: number }) => p.r > 235 && p.g > 235 && p.b > 235;
const isDark = (p: { r: number; g: number; b: number }) => p.r < 35 && p.g < 35 && p.b < 35;

/** Pixels matching `test` inside `area`, and the bounding box of all matching pixels in the image. */
function scan(png: DecodedPng, test: (p: { r: number; g: number; b: number }) => boolean, area?: Box) {
  let count = 0;
  let inside = 0;
  const bbox = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      if (!test(png.pixel(x, y))) continue;
      count++;
      if (area && x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height) inside++;
      bbox.x0 = Math.min(bbox.x0, x);
      bbox.y0 = Math.min(bbox.y0, y);
      bbox.x1 = Math.max(bbox.x1, x);
      bbox.y1 = Math.max(bbox.y1, y);
    }
  return { count, inside, bbox };
}

/** White pixels that have a dark pixel within `reach` px: the fill is outlined. */
function outlinedWhiteShare(png: DecodedPng, area: Box, reach: number): { white: number; outlined: number } {
  let white = 0;
  let outlined = 0;
  for (let y = area.y; y < area.y + area.height; y++)
    for (let x = area.x; x < area.x + area.width; x++) {
      if (!isWhite(png.pixel(x, y))) continue;
      white++;
      // An edge pixel of the fill (a non-white neighbour) must meet the dark outline nearby.
      const edge = [[1, 0], [-1, 0], [0, 1], [0, -1]].some(([dx, dy]) => !isWhite(png.pixel(Math.min(png.width - 1, Math.max(0, x + dx!)), Math.min(png.height - 1, Math.max(0, y + dy!)))));
      if (!edge) {
        outlined++;
        continue;
      }
      let found = false;
      for (let r = 1; r <= reach && !found; r++)
        for (const [dx, dy] of [[r, 0], [-r, 0], [0, r], [0, -r]]) {
          const px = png.pixel(Math.min(png.width - 1, Math.max(0, x + dx!)), Math.min(png.height - 1, Math.max(0, y + dy!)));
          if (isDark(px)) found = true;
        }
      if (found) outlined++;
    }
  return { white, outlined };
}

function near(p: { r: number; g: number; b: number }, rgb: readonly number[], tolerance = 30): boolean {
  return Math.abs(p.r - rgb[0]!) <= tolerance && Math.abs(p.g - rgb[1]!) <= tolerance && Math.abs(p.b - rgb[2]!) <= tolerance;
}

describe('meme mode', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;
  let exportCount = 0;

  async function exportPng(name: string): Promise<{ png: DecodedPng; bytes: Buffer }> {
    const target = join(scratch, `${name}-${++exportCount}.png`);
    app.dialogs.nextSave(target);
    // File > Export PNG at design size (also in the native File menu): the design at its own size
    // through the save dialog.
    await app.menu('file.exportPng');
    await expect.poll(() => existsSync(target), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toContain(target);
    // Kept beside the screenshots so a person can look at what was exported.
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await copyFile(target, join(SCREENSHOT_DIR, `export-${name}.png`));
    return { png: readPng(target), bytes: await readFile(target) };
  }

  async function newMeme(action: string, photo: Buffer, name: string) {
    const file = join(scratch, name);
    await writeFile(file, photo);
    app.dialogs.nextOpen(file);
    await app.page.getByTestId('tab-meme').click();
    await app.page.locator(`[data-testid="meme-panel"] [data-action="${action}"]`).click();
    // Unsaved work is only replaced after the user agrees.
    const replace = app.page.getByTestId('confirm-replace');
    const asked = await replace.waitFor({ state: 'visible', timeout: 1500 }).then(() => true, () => false);
    if (asked) await replace.click();
    await expect.poll(() => app.page.getByTestId('status-message').textContent(), { timeout: 60_000 }).toContain(name);
    return { asked };
  }

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-meme-'));
    app = await launchApp();
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('classic meme: top and bottom captions in white with a dark outline, shrunk to fit inside their boxes', async () => {
    const { page } = app;
    await newMeme('meme.newClassic', quadrantPhoto(1200, 800), 'street.jpg');
    const ids = await layerIds(page);
    const texts = ids.filter((id) => id.startsWith('text_'));
    expect(texts).toHaveLength(2);
    expect(ids.filter((id) => id.startsWith('img_'))).toHaveLength(1);

    // The top caption is selected: a long caption must shrink and wrap, not overflow.
    await page.getByTestId('prop-text').fill('when the landlord says the heat is fixed but it is still freezing inside');
    expect(await page.getByTestId('prop-font').inputValue()).toBe('Anton');
    expect(await page.getByTestId('prop-text-fit').inputValue()).toBe('shrink');
    const top = await selectedBox(page);
    const topSize = await num(page, 'prop-font-size');
    expect(await num(page, 'prop-stroke-width')).toBe(Math.round(topSize / 12));
    await snap(page, 'meme-classic-text-inspector-en');

    let bottom: Box | null = null;
    for (const id of texts) {
      await selectLayer(page, id);
      const b = await selectedBox(page);
      if (b.y > top.y) {
        await page.getByTestId('prop-text').fill('¡sí se puede!');
        bottom = b;
      }
    }
    if (!bottom) throw new Error('no bottom caption');
    await page.getByTestId('tab-meme').click();
    await snap(page, 'meme-classic-en');

    const { png } = await exportPng('classic');
    expect([png.width, png.height]).toEqual([1200, 800]);
    // The photo has no pure white or black: every such pixel is caption ink.
    const stroke = Math.round(topSize / 12);
    const pad = stroke + 2;
    const grow = (b: Box): Box => ({ x: b.x - pad, y: b.y - pad, width: b.width + 2 * pad, height: b.height + 2 * pad });
    for (const [box, label] of [[top, 'top'], [bottom, 'bottom']] as const) {
      const white = scan(png, isWhite, box);
      const dark = scan(png, isDark, grow(box));
      expect(white.inside, `${label}: white fill`).toBeGreaterThan(1500);
      expect(dark.inside, `${label}: dark outline`).toBeGreaterThan(1500);
      const outlined = outlinedWhiteShare(png, box, stroke + 3);
      expect(outlined.outlined / outlined.white, `${label}: fill edges meet the outline`).toBeGreaterThan(0.97);
    }
    // Nothing white or dark outside the two caption boxes (text stayed inside after fitting).
    const allInk = (p: { r: number; g: number; b: number }) => isWhite(p) || isDark(p);
    const ink = scan(png, allInk);
    const inTop = scan(png, allInk, grow(top)).inside;
    const inBottom = scan(png, allInk, grow(bottom)).inside;
    expect(inTop + inBottom).toBe(ink.count);
    // The long top caption was shrunk and wrapped onto several lines to fit its box.
    const topInk = scan(png, allInk, grow(top)).bbox;
    expect(topInk.y1 - topInk.y0).toBeGreaterThan(topSize * 1.2);
  });

  it('caption bars: the photo sits between solid bands and dark text stays inside each band', async () => {
    const { page } = app;
    // The classic meme has unsaved edits: starting another asks first.
    const { asked } = await newMeme('meme.newBars', quadrantPhoto(1200, 800, 'png'), 'bars.png');
    expect(asked).toBe(true);
    const ids = await layerIds(page);
    const texts = ids.filter((id) => id.startsWith('text_'));
    expect(texts).toHaveLength(2);
    const boxes: Box[] = [];
    for (const id of texts) {
      await selectLayer(page, id);
      await page.getByTestId('prop-text').fill(boxes.length === 0 ? 'Nobody: Absolutely nobody: The rent increase letter' : 'Organize your building');
      boxes.push(await selectedBox(page));
    }
    await snap(page, 'meme-bars-en');
    const { png } = await exportPng('bars');
    const band = Math.round(800 * 0.24);
    expect([png.width, png.height]).toEqual([1200, 800 + 2 * band]);
    // Bands are white; the photo fills the middle.
    expect(isWhite(png.pixel(5, 5))).toBe(true);
    expect(isWhite(png.pixel(5, png.height - 5))).toBe(true);
    expect(near(png.pixel(100, band + 100), QUADRANTS.tl)).toBe(true);
    expect(near(png.pixel(1100, band + 700), QUADRANTS.br)).toBe(true);
    // Text: dark pixels inside each band, all within the caption boxes.
    for (const b of boxes) {
      const bandArea = b.y < band ? { x: 0, y: 0, width: 1200, height: band } : { x: 0, y: band + 800, width: 1200, height: band };
      const dark = scan(png, isDark, bandArea);
      expect(dark.inside).toBeGreaterThan(800);
      const outsideBox = scan(png, isDark, bandArea).inside - scan(png, isDark, { x: b.x - 2, y: b.y - 2, width: b.width + 4, height: b.height + 4 }).inside;
      expect(outsideBox).toBe(0);
    }
  });

  it('free labels: bold text on rounded white boxes over the photo', async () => {
    const { page } = app;
    await newMeme('meme.newLabels', quadrantPhoto(1200, 800), 'labels.jpg');
    const texts = (await layerIds(page)).filter((id) => id.startsWith('text_'));
    expect(texts).toHaveLength(2);
    await selectLayer(page, texts[0]!);
    await page.getByTestId('prop-text').fill('Us');
    expect(await page.getByTestId('prop-highlight').isChecked()).toBe(true);
    const label = await selectedBox(page);
    await snap(page, 'meme-labels-en');
    const { png } = await exportPng('labels');
    // The highlight box is white around the label's text, and the text on it is dark.
    const area = { x: label.x - 10, y: label.y - 10, width: label.width + 20, height: label.height + 20 };
    expect(scan(png, isWhite, area).inside).toBeGreaterThan(500);
    expect(scan(png, isDark, area).inside).toBeGreaterThan(100);
  });

  it('crops with handles, flips and filters the photo, non-destructively', async () => {
    const { page } = app;
    await newMeme('meme.newClassic', quadrantPhoto(1200, 800), 'crop.jpg');
    const imageId = (await layerIds(page)).find((id) => id.startsWith('img_'))!;
    await selectLayer(page, imageId);
    await page.getByTestId('crop-toggle').click();
    const overlay = page.getByTestId('crop-overlay');
    await overlay.waitFor();
    const o = (await overlay.boundingBox())!;
    // Drag the top-left handle to the middle: keep only the bottom-right quadrant.
    const handle = page.getByTestId('crop-handle-nw');
    const h = (await handle.boundingBox())!;
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(o.x + o.width * 0.52, o.y + o.height * 0.52, { steps: 8 });
    await page.mouse.up();
    await snap(page, 'meme-crop-overlay-en');
    await page.getByTestId('crop-apply').click();
    await expect.poll(() => overlay.count()).toBe(0);
    let { png } = await exportPng('cropped');
    // Cover fit of the cropped quadrant fills the whole image with its color (captions aside).
    expect(near(png.pixel(40, 400), QUADRANTS.br)).toBe(true);
    expect(near(png.pixel(1160, 400), QUADRANTS.br)).toBe(true);

    // Reset the crop, flip horizontally: the top-left now shows the top-right quadrant.
    await page.getByTestId('crop-reset').click();
    await page.getByRole('button', { name: /Flip horizontally/ }).click();
    ({ png } = await exportPng('flipped'));
    expect(near(png.pixel(100, 300), QUADRANTS.tr)).toBe(true);
    expect(near(png.pixel(1100, 300), QUADRANTS.tl)).toBe(true);

    // Grayscale 100% and rounded corners.
    await setNumber(page, 'prop-filter-grayscale', 100);
    await setNumber(page, 'prop-image-radius', 80);
    await snap(page, 'meme-image-inspector-en');
    ({ png } = await exportPng('gray'));
    const p = png.pixel(100, 300);
    expect(Math.abs(p.r - p.g)).toBeLessThan(6);
    expect(Math.abs(p.g - p.b)).toBeLessThan(6);
    // The corner is outside the rounded image: the page background shows.
    expect(isWhite(png.pixel(2, 2))).toBe(true);
  });

  it('blur box: hides the detail beneath it in the export', async () => {
    const { page } = app;
    await newMeme('meme.newClassic', quadrantPhoto(1200, 800), 'faces.jpg');
    const center = { x: 600, y: 400 };
    const contrastAround = (png: DecodedPng) => {
      let max = 0;
      for (let x = center.x - 60; x < center.x + 60; x++) max = Math.max(max, Math.abs(png.pixel(x, center.y).r - png.pixel(x + 1, center.y).r));
      return max;
    };
    const before = await exportPng('before-blur');
    expect(contrastAround(before.png)).toBeGreaterThan(100);
    const imageId = (await layerIds(page)).find((id) => id.startsWith('img_'))!;
    await selectLayer(page, imageId);
    await page.locator('[data-testid="image-section"] [data-action="insert.redact"]').click();
    await page.getByTestId('redact-section').waitFor();
    await snap(page, 'meme-blur-box-en');
    const after = await exportPng('after-blur');
    expect(contrastAround(after.png)).toBeLessThan(40);
    // Outside the box the photo is untouched.
    expect(near(after.png.pixel(100, 300), QUADRANTS.tl, 6)).toBe(true);
  });

  it('a photo with GPS EXIF goes in; the export carries no EXIF, GPS or text metadata', async () => {
    const gpsPhoto = withExif(quadrantPhoto(900, 600), exifWithGps());
    expect(gpsPhoto.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(true);
    expect(gpsPhoto.includes(Buffer.from('PlacardTestCam', 'latin1'))).toBe(true);
    await newMeme('meme.newClassic', gpsPhoto, 'gps.jpg');
    const { bytes } = await exportPng('gps');
    for (const marker of ['Exif', 'PlacardTestCam', 'eXIf', 'tEXt', 'iTXt', 'zTXt']) expect(bytes.includes(Buffer.from(marker, 'latin1')), marker).toBe(false);
    // The GPS IFD tag (0x8825) and the latitude rational 40/1 never appear as EXIF structures.
    expect(bytes.includes(Buffer.from([0x88, 0x25, 0x00, 0x04]))).toBe(false);

    // Nor does the saved document: the photo lost its camera and location when it went in.
    const target = join(scratch, 'gps-document');
    app.dialogs.nextSaveDocument(target);
    await app.menu('file.saveAs');
    await expect.poll(() => existsSync(`${target}.placard`), { timeout: 30_000 }).toBe(true);
    const saved = await openDocument(`${target}.placard`);
    const [photo] = [...saved.assets.values()];
    expect(photo).toBeDefined();
    for (const marker of ['Exif', 'PlacardTestCam']) expect(Buffer.from(photo!).includes(Buffer.from(marker, 'latin1')), marker).toBe(false);
    expect(Buffer.from(photo!).includes(Buffer.from([0x88, 0x25, 0x00, 0x04]))).toBe(false);
    // The picture itself is the one that went in, byte for byte after its metadata.
    const original = quadrantPhoto(900, 600);
    expect(Buffer.from(photo!).subarray(2).equals(original.subarray(2))).toBe(true);
  });

  it('imports a 6000x4000 photo through a downscaled proxy and refuses an image declaring too many pixels before decoding it', async () => {
    const { page } = app;
    const big = quadrantPhoto(6000, 4000);
    const started = Date.now();
    await newMeme('meme.newClassic', big, 'big.jpg');
    console.log(`6000x4000 JPEG (${(big.length / 1e6).toFixed(1)} MB) imported as a meme in ${Date.now() - started} ms`);
    const { png } = await exportPng('big');
    expect([png.width, png.height]).toEqual([1600, 1067]);
    expect(near(png.pixel(200, 600), QUADRANTS.bl)).toBe(true);

    const bomb = join(scratch, 'bomb.png');
    await writeFile(bomb, pngClaiming(20_000, 20_000));
    app.dialogs.nextOpen(bomb);
    await page.locator('[data-testid=toolbar] [data-action="insert.image"]').click();
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('20000×20000');
    expect(await page.getByTestId('status-message').textContent()).toContain('megapixel');
    // Nothing was added.
    expect((await layerIds(page)).filter((id) => id.startsWith('img_'))).toHaveLength(1);

    // A photo cut off in the middle (an interrupted download) is refused, not drawn as a partial strip.
    const cut = join(scratch, 'cut.jpg');
    await writeFile(cut, big.subarray(0, Math.floor(big.length / 2)));
    app.dialogs.nextOpen(cut);
    await page.locator('[data-testid=toolbar] [data-action="insert.image"]').click();
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('“cut.jpg” is damaged or incomplete');
    expect((await layerIds(page)).filter((id) => id.startsWith('img_'))).toHaveLength(1);
  });

  it('imports WebP, a GIF as its first frame, and SVG drawn only as an image; refuses SVG with scripts or outside links', async () => {
    const { page } = app;
    await newMeme('meme.newClassic', quadrantWebp(600, 400), 'photo.webp');
    let { png } = await exportPng('webp');
    expect(near(png.pixel(300, 300), QUADRANTS.tl, 8)).toBe(true);

    await newMeme('meme.newClassic', twoFrameGif(64, [20, 200, 40], [200, 20, 160]), 'anim.gif');
    ({ png } = await exportPng('gif'));
    // First frame (green), never the second (magenta), on the canvas and in the export.
    expect(near(png.pixel(300, 300), [20, 200, 40], 8)).toBe(true);

    const svgFile = async (name: string, body: string) => {
      const file = join(scratch, name);
      await writeFile(file, `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">${body}</svg>`);
      app.dialogs.nextOpen(file);
      await page.locator('[data-testid=toolbar] [data-action="insert.image"]').click();
    };
    const images = async () => (await layerIds(page)).filter((id) => id.startsWith('img_')).length;
    const before = await images();
    await svgFile('evil.svg', '<script>window.__pwned = 1</script><rect width="200" height="100" fill="#ff00ff"/>');
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('scripts');
    await svgFile('remote.svg', '<image href="https://example.org/track.png" width="200" height="100"/>');
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('outside');
    expect(await images()).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await svgFile('logo.svg', '<rect width="200" height="100" fill="#1d4ed8"/>');
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('logo.svg');
    expect(await images()).toBe(before + 1);
    ({ png } = await exportPng('svg'));
    // Inserted centered at its own size (200x100) on the 600x600 page.
    expect(near(png.pixel(300, 300), [0x1d, 0x4e, 0xd8], 8)).toBe(true);
  });

  it('a damaged font gives a clear message, keeps the current font, and nothing else breaks; a good font is added', async () => {
    const { page } = app;
    const textId = (await layerIds(page)).find((id) => id.startsWith('text_'))!;
    await selectLayer(page, textId);
    const importFont = async (name: string, bytes: Buffer) => {
      const file = join(scratch, name);
      await writeFile(file, bytes);
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('import-font').click();
      await (await chooser).setFiles(file);
    };
    await importFont('Broken.ttf', garbageFont());
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('Broken.ttf');
    expect(await page.getByTestId('status-message').textContent()).toContain('TTF, OTF, WOFF or WOFF2');
    await importFont('Hollow Sans.ttf', hollowTrueType());
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('“Hollow Sans.ttf” is damaged');
    expect(await page.getByTestId('prop-font').inputValue()).toBe('Anton');
    const options = await page.getByTestId('prop-font').locator('option').allTextContents();
    expect(options).not.toContain('Hollow Sans');
    await snap(page, 'meme-font-error-en');

    // A real font file (a bundled woff2 under another name) is added and chosen.
    const good = await readFile(require.resolve('@fontsource/oswald/files/oswald-latin-700-normal.woff2'));
    await importFont('Union Display.woff2', good);
    await expect.poll(() => page.getByTestId('prop-font').inputValue()).toBe('Union Display');
    // Editing and exporting still work.
    await page.getByTestId('prop-text').fill('still works');
    const { png } = await exportPng('after-fonts');
    expect(scan(png, isWhite).count).toBeGreaterThan(500);
    expect(app.pageErrors).toEqual([]);
  });

  it('draws Spanish accents, emoji and right-to-left text on the canvas and in exports', async () => {
    const { page } = app;
    await newMeme('meme.newClassic', quadrantPhoto(1200, 800), 'scripts.jpg');
    const texts = (await layerIds(page)).filter((id) => id.startsWith('text_'));
    await selectLayer(page, texts[0]!);
    await page.getByTestId('prop-text').fill('¡Año niño! 😀🎉');
    await selectLayer(page, texts[1]!);
    await page.getByTestId('prop-text').fill('مرحبا بالعالم שלום');
    expect(await page.getByTestId('prop-direction').inputValue()).toBe('auto');
    await page.waitForTimeout(500);
    await snap(page, 'meme-scripts-en');
    const { png } = await exportPng('scripts');
    // Color emoji: the yellow of the smiling face, a color neither the captions (white, black) nor the photo use.
    let emoji = 0;
    for (let y = 0; y < png.height; y++)
      for (let x = 0; x < png.width; x++) {
        const p = png.pixel(x, y);
        if (p.r > 230 && p.g > 150 && p.b < 80) emoji++;
      }
    expect(emoji).toBeGreaterThan(200);
    // Both captions drew glyphs (white fill with outline): the Arabic/Hebrew one as much as the Spanish one.
    expect(scan(png, isWhite, { x: 0, y: 0, width: 1200, height: 300 }).inside).toBeGreaterThan(1000);
    expect(scan(png, isWhite, { x: 0, y: 500, width: 1200, height: 300 }).inside).toBeGreaterThan(1000);
  });

  it('shows meme mode and the inspectors in Spanish', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('es');
    await page.getByTestId('tab-meme').click();
    await expect.poll(() => page.getByTestId('meme-panel').textContent()).toContain('Meme clásico');
    await snap(page, 'meme-mode-es');
    const texts = (await layerIds(page)).filter((id) => id.startsWith('text_'));
    await selectLayer(page, texts[0]!);
    await page.getByTestId('prop-shadow').check();
    await snap(page, 'meme-text-inspector-es');
    const imageId = (await layerIds(page)).find((id) => id.startsWith('img_'))!;
    await selectLayer(page, imageId);
    await expect.poll(() => page.getByTestId('image-section').textContent()).toContain('Recortar');
    await snap(page, 'meme-image-inspector-es');
    await page.getByTestId('language-select').selectOption('en');
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
