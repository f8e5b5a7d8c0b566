// `placard render --format gif`: a captioned GIF meme drawn in Node and read back by omggif and
// ImageMagick; video formats refused with a message naming GIF; a still frame at --time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GifReader } from 'omggif';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { main } from '../../../cli/placard';
import { writeDocumentBundle } from '../../../core/bundle/document';
import { sha256Hex } from '../../../core/bundle/sha256';
import { captionedClip, squareGif } from '../../helpers/motion-fixture';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
let doc: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'placard-cli-motion-'));
  const gif = squareGif();
  const id = sha256Hex(gif);
  const design = captionedClip();
  const withId = {
    ...design,
    assets: { [id]: design.assets.clip! },
    elements: design.elements.map((e) => (e.type === 'image' ? { ...e, assetId: id } : e)),
  };
  doc = join(dir, 'meme.placard');
  writeFileSync(doc, writeDocumentBundle({ design: withId, assets: new Map([[id, gif]]), fonts: new Map() }));
});

/** The GIF fixture as a lossless animated WebP, as a phone's sticker would come. */
const webpOfGif = async () => new Uint8Array(await sharp(Buffer.from(squareGif()), { animated: true }).webp({ lossless: true }).toBuffer());

/** A captioned-clip document whose photo is `webp`, written to `name` in the test folder. */
function webpDocument(name: string, webp: Uint8Array): string {
  const id = sha256Hex(webp);
  const design = captionedClip();
  const file = join(dir, name);
  writeFileSync(
    file,
    writeDocumentBundle({
      design: { ...design, assets: { [id]: { ...design.assets.clip!, mime: 'image/webp', name: 'clip.webp' } }, elements: design.elements.map((e) => (e.type === 'image' ? { ...e, assetId: id } : e)) },
      assets: new Map([[id, webp]]),
      fonts: new Map(),
    }),
  );
  return file;
}

describe('placard render --format gif', () => {
  it('writes an animated GIF with every frame, for a platform preset, and says how it was made', async () => {
    const out = join(dir, 'gif');
    const r = await run('render', doc, '--format', 'gif', '--preset', 'x-post', '--scale', '0.5', '--out', out, '--name', 'meme');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/15 frames at 15 fps/);
    const bytes = new Uint8Array(readFileSync(join(out, 'meme.gif')));
    const gif = new GifReader(bytes);
    expect([gif.width, gif.height]).toEqual([800, 450]);
    expect(gif.numFrames()).toBe(15);
    expect(bytes.length).toBeLessThanOrEqual(15_000_000);
    if (existsSync('/usr/bin/identify')) {
      const lines = execFileSync('identify', ['-format', '%T\n', join(out, 'meme.gif')], { encoding: 'utf8' }).trim().split('\n');
      expect(lines.map(Number).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('draws one moment as a still with --time', async () => {
    const out = join(dir, 'still');
    expect((await run('render', doc, '--time', '0.9', '--out', out, '--name', 'end')).code).toBe(0);
    expect((await run('render', doc, '--time', '0', '--out', out, '--name', 'start')).code).toBe(0);
    const end = PNG.sync.read(readFileSync(join(out, 'end.png')));
    const start = PNG.sync.read(readFileSync(join(out, 'start.png')));
    expect(Buffer.compare(end.data, start.data)).not.toBe(0);
  });

  it('refuses video with a message that names GIF, in English and Spanish', async () => {
    const en = await run('render', doc, '--format', 'mp4', '--out', join(dir, 'v'));
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/MP4 video cannot be made on the command line.*--format gif/);
    const es = await run('render', doc, '--format', 'webm', '--ui-lang=es', '--out', join(dir, 'v'));
    expect(es.err).toMatch(/No se puede hacer vídeo WEBM.*--format gif/);
    expect(existsSync(join(dir, 'v')) ? readdirSync(join(dir, 'v')) : []).toEqual([]);
  });

  it('plays an animated WebP photo as the app does: the same frames as the GIF it was made from', async () => {
    const file = webpDocument('webp.placard', await webpOfGif());
    const r = await run('render', file, '--format', 'gif', '--preset', 'x-post', '--scale', '0.5', '--out', join(dir, 'webp-out'), '--name', 'meme');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/15 frames at 15 fps/);
    // Frame by frame, the same pictures as the GIF made from the GIF original.
    const frames = (path: string) => {
      const gif = new GifReader(new Uint8Array(readFileSync(path)));
      return Array.from({ length: gif.numFrames() }, (_, i) => {
        const rgba = new Uint8Array(gif.width * gif.height * 4);
        gif.decodeAndBlitFrameRGBA(i, rgba);
        return Buffer.from(rgba).toString('base64');
      });
    };
    const fromWebp = frames(join(dir, 'webp-out', 'meme.gif'));
    expect(fromWebp).toEqual(frames(join(dir, 'gif', 'meme.gif')));
    expect(new Set(fromWebp).size).toBeGreaterThan(1);
  });

  it('refuses a damaged animated WebP, naming the file', async () => {
    const webp = await webpOfGif();
    // The second frame's picture data is overwritten: the container still reads as an animation.
    const frame = Buffer.from(webp).indexOf('ANMF', Buffer.from(webp).indexOf('ANMF') + 4);
    webp.fill(0x5a, frame + 40, frame + 80);
    const file = webpDocument('broken-webp.placard', webp);
    const r = await run('render', file, '--format', 'gif', '--out', join(dir, 'broken-out'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${file}: The animated image “clip.webp” is damaged and could not be read.`);
    const es = await run('render', file, '--format', 'gif', '--out', join(dir, 'broken-out'), '--ui-lang=es');
    expect(es.err).toBe(`${file}: La imagen animada «clip.webp» está dañada y no se pudo leer.`);
    // A sticker damaged so that not even its first frame can be drawn: named by its file name, not its hash.
    const sticker = new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'motion', 'testsrc-alpha.webp')));
    const second = Buffer.from(sticker).indexOf('ANMF', Buffer.from(sticker).indexOf('ANMF') + 4);
    sticker.fill(0x5a, second + 60, second + 200);
    const worse = webpDocument('worse-webp.placard', sticker);
    const r2 = await run('render', worse, '--format', 'gif', '--out', join(dir, 'broken-out'), '--ui-lang=es');
    expect(r2.code).toBe(1);
    expect(r2.err).toMatch(new RegExp(`^${worse.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no se pudo decodificar la imagen «clip\\.webp», así que no se dibujó nada \\([^)"]+\\)\\.$`));
    expect(existsSync(join(dir, 'broken-out'))).toBe(false);
  });

  it('refuses --fps without gif and --time with gif', async () => {
    expect((await run('render', doc, '--fps', '10')).err).toMatch(/--fps applies only to --format gif/);
    expect((await run('render', doc, '--format', 'gif', '--time', '1')).err).toMatch(/--time applies only to still images/);
  });
});
