// Benchmark (issue 15): `placard batch` making 100 memes (a photo, two outlined Anton captions that
// fit, PNG at 1080x1080) from a CSV, against sharp compositing the same captions as SVG text over
// the same photo and writing the same PNGs, in the same run. Both run as a user would: the CLI as
// its own process (its start-up counted), sharp in this process with its own thread pool. Where
// ImageMagick is installed, `convert -annotate` making 20 of the same memes is timed too and its
// ratio printed to stderr. Prints one line on stdout:
//   BENCH batch <CLI ms per meme> ms ratio=<CLI / sharp> vs=<sharp ms per meme>
// Target: ratio at most 1.0. Each side runs 3 times; the medians are compared.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROWS = 100;
const RUNS = 3;
const SIDE = 1080;
const root = fileURLToPath(new URL('../', import.meta.url));
const cli = path.join(root, 'dist', 'cli', 'placard.cjs');
const template = path.join(root, 'templates', 'meme-classic-top-bottom.json');

const TOPS = ['When the landlord raises the rent again', 'Me at the union meeting', 'Boss: we are a family', 'When the strike vote passes', 'Nobody:'];
const BOTTOMS = ['So we started a tenant union', 'Bringing snacks and solidarity', 'Also the boss: no raises', 'Ninety-eight percent yes', 'Organizers at 6 a.m.'];
const rows = Array.from({ length: ROWS }, (_, i) => ({ top: `${TOPS[i % TOPS.length]} #${i + 1}`, bottom: BOTTOMS[i % BOTTOMS.length]! }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

function captionSvg(top: string, bottom: string): Buffer {
  const text = (words: string, y: number) =>
    `<text x="${SIDE / 2}" y="${y}" font-family="Anton, Impact, sans-serif" font-size="96" text-anchor="middle" fill="#ffffff" stroke="#111418" stroke-width="8" paint-order="stroke">${escapeXml(words.toUpperCase())}</text>`;
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${SIDE}" height="${SIDE}">${text(top, 150)}${text(bottom, 990)}</svg>`);
}

async function main(): Promise<void> {
  if (!existsSync(cli)) execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const dir = mkdtempSync(path.join(tmpdir(), 'placard-bench-batch-'));
  try {
    const photo = path.join(dir, 'photo.jpg');
    await sharp(path.join(root, 'assets', 'samples', 'sample-rally.png')).resize(SIDE, SIDE, { fit: 'cover' }).jpeg({ quality: 88 }).toFile(photo);
    const csv = path.join(dir, 'memes.csv');
    writeFileSync(csv, ['Top caption,Bottom caption,Photo', ...rows.map((r) => `"${r.top}","${r.bottom}",photo.jpg`)].join('\n'));

    const cliTimes: number[] = [];
    const sharpTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const out = path.join(dir, `cli-${run}`);
      const t0 = performance.now();
      const done = spawnSync(process.execPath, [cli, 'batch', template, '--csv', csv, '--out', out, '--name', 'meme-{row}'], { encoding: 'utf8' });
      cliTimes.push(performance.now() - t0);
      const made = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.png')).length : 0;
      if (done.status !== 0 || made !== ROWS) throw new Error(`placard batch made ${made} of ${ROWS} memes (exit ${done.status}): ${done.stderr}${done.stdout.slice(-2000)}`);

      const sharpOut = path.join(dir, `sharp-${run}`);
      mkdirSync(sharpOut);
      const s0 = performance.now();
      for (const [i, r] of rows.entries()) {
        await sharp(photo)
          .composite([{ input: captionSvg(r.top, r.bottom) }])
          .png()
          .toFile(path.join(sharpOut, `meme-${i + 1}.png`));
      }
      sharpTimes.push(performance.now() - s0);
      console.error(`run ${run + 1}: placard batch ${(cliTimes.at(-1)! / ROWS).toFixed(1)} ms/meme, sharp ${(sharpTimes.at(-1)! / ROWS).toFixed(1)} ms/meme`);
    }
    const cliMs = median(cliTimes) / ROWS;
    const sharpMs = median(sharpTimes) / ROWS;

    const convert = ['/usr/bin/convert', '/usr/local/bin/convert'].find((p) => existsSync(p));
    if (convert) {
      const n = 20;
      const magickOut = path.join(dir, 'magick');
      mkdirSync(magickOut);
      const m0 = performance.now();
      for (const [i, r] of rows.slice(0, n).entries()) {
        const caption = (words: string, gravity: string) => ['-gravity', gravity, '-font', 'DejaVu-Sans-Bold', '-pointsize', '80', '-fill', 'white', '-stroke', '#111418', '-strokewidth', '6', '-annotate', '+0+40', words.toUpperCase()];
        execFileSync(convert, [photo, ...caption(r.top, 'north'), ...caption(r.bottom, 'south'), path.join(magickOut, `meme-${i + 1}.png`)], { stdio: 'ignore' });
      }
      const magickMs = (performance.now() - m0) / n;
      console.error(`ImageMagick convert -annotate: ${magickMs.toFixed(1)} ms/meme; placard batch / ImageMagick ratio=${(cliMs / magickMs).toFixed(2)}`);
    } else console.error('ImageMagick is not installed: its ratio is not measured');

    console.log(`BENCH batch ${cliMs.toFixed(1)} ms ratio=${(cliMs / sharpMs).toFixed(2)} vs=${sharpMs.toFixed(1)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
