// Benchmark (issue 18): refusing the worst hostile file of each class, against opening a normal
// file of the same kind (a document, or a pack to import) and the same size, with the readers every room shares (core/bundle: what the app's
// open and import, `placard validate` and `placard render` run). "The same size" counts the bytes
// the readers handle, the archive's entries once unzipped (capped at the archive limit): every
// check reads unzipped bytes, and a hostile file of text unzips to five times its archive size
// while a normal document's photos do not unzip smaller, so matching archive bytes would compare
// compression, not checks. Both sizes are printed. Each measurement runs in a process of its
// own, so its peak memory is its own. Prints one line on stdout:
//   BENCH hostile <worst refusal ms> ms ratio=<worst refusal / normal open of its size> vs=<that normal open ms>
// where "worst" is the case with the highest time ratio; every case's time, ratio and peak
// memory (the whole process's peak resident size, Node included) go to stderr.
// Targets: no refusal over 2x its normal open, none over 300 MB.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { readDocumentBundle, readPack, writePack } from '../core/bundle';
import { buildHostileCorpus, documentWithImages, samplePackInput } from '../tests/helpers/hostile-corpus';

/** The worst case of each class of attack the corpus holds. */
const WORST_OF_EACH_CLASS = [
  'zip bomb (honest sizes)',
  'declares a huge total',
  'lying size: inflates past its declared size',
  'too many entries',
  'JSON over the JSON limit',
  'PNG declaring 20000x20000',
  'truncated JPEG',
  'SVG <use> expansion bomb (10 wide, 9 deep)',
  'SVG with too many elements',
  'document: eight 49-megapixel images',
  'document: 190 texts of 10,000 characters',
  'manifest with a duplicate key',
  'document: asset named "toString"',
  'constructor key deep in a template',
  'nested zip hidden in a template',
  'overlapping entries',
];
const WARM_UP = 3;
const MIN_RUNS = 7;
const MAX_RUNS = 200;
const MIN_MS = 400;
const MB = 1024 * 1024;
/** Largest normal document built for a comparison. */
const MAX_NORMAL_BYTES = 64 * MB;

interface Sample {
  ms: number;
  peakMb: number;
  refused: string | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Child: read one file RUNS times after a warm-up; report the median time and the peak memory above the start. */
function child(kind: 'pack' | 'document', file: string): void {
  const bytes = new Uint8Array(readFileSync(file));
  const read = () => (kind === 'pack' ? readPack(bytes) : readDocumentBundle(bytes));
  const first = read();
  // The whole process's peak (Node and the module loader included, so it errs high), taken
  // after one read, before the timing loop's garbage piles up.
  const peak = peakResidentBytes();
  for (let i = 0; i < WARM_UP; i++) read();
  const times: number[] = [];
  const began = performance.now();
  // At least MIN_RUNS, and for quick reads as many as fit in MIN_MS, so tiny files are timed warm.
  while (times.length < MIN_RUNS || (performance.now() - began < MIN_MS && times.length < MAX_RUNS)) {
    const t = performance.now();
    read();
    times.push(performance.now() - t);
  }
  const sample: Sample = { ms: median(times), peakMb: Math.max(0, peak) / MB, refused: first.ok ? null : first.error.code };
  process.stdout.write(JSON.stringify(sample));
}

/**
 * This process's peak resident size. On Linux VmHWM, which starts afresh at exec (maxRSS from
 * getrusage keeps the parent's peak across fork and exec, so a child would report its parent's).
 */
function peakResidentBytes(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

function measure(kind: 'pack' | 'document', file: string): Sample {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', kind, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`measuring ${file} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Sample;
}

/** A photo of noise (incompressible, so sizes hold) of about `bytes` bytes. */
function noisePng(bytes: number): { data: Uint8Array; side: number } {
  const side = Math.max(8, Math.ceil(Math.sqrt(Math.max(0, bytes - 900) / 4)));
  const png = new PNG({ width: side, height: side });
  png.data.set(randomBytes(png.data.length));
  return { data: new Uint8Array(PNG.sync.write(png, { deflateLevel: 1 })), side };
}

/** A valid file of the same kind holding about `bytes` bytes: a document, or a pack whose template has that photo. */
function normalFile(kind: 'pack' | 'document', bytes: number): Uint8Array {
  const { data, side } = noisePng(bytes);
  if (kind === 'document') return documentWithImages([{ id: 'photo', bytes: data, mime: 'image/png', width: side, height: side }]);
  const input = samplePackInput('1.0.0', 'org.example.normal');
  input.assets = new Map([['logo', data]]);
  return writePack(input);
}

/** What the archive's entries hold once unzipped, as far as they really unzip; our own corpus, so fflate may read it. */
function unzippedBytes(bytes: Uint8Array): number {
  try {
    let total = 0;
    for (const data of Object.values(unzipSync(bytes))) total += data.length;
    return Math.min(Math.max(total, bytes.length), MAX_NORMAL_BYTES);
  } catch {
    return bytes.length; // not a zip fflate can read (a broken archive): its own size
  }
}

function main(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'placard-bench-hostile-'));
  try {
    const corpus = buildHostileCorpus();
    const rows: { name: string; bytes: number; refusal: Sample; normal: Sample; ratio: number }[] = [];
    for (const name of WORST_OF_EACH_CLASS) {
      const c = corpus.find((k) => k.name === name);
      if (!c) throw new Error(`no corpus case "${name}"`);
      const hostileFile = path.join(dir, `hostile-${rows.length}`);
      writeFileSync(hostileFile, c.bytes);
      const normal = normalFile(c.kind, unzippedBytes(c.bytes));
      const normalPath = path.join(dir, `normal-${rows.length}`);
      writeFileSync(normalPath, normal);
      const refusal = measure(c.kind, hostileFile);
      if (refusal.refused !== c.code) throw new Error(`"${name}" was ${refusal.refused ? `refused as ${refusal.refused}` : 'accepted'}, expected ${c.code}`);
      const opened = measure(c.kind, normalPath);
      if (opened.refused) throw new Error(`the normal ${c.kind} for "${name}" was refused (${opened.refused})`);
      const ratio = refusal.ms / Math.max(opened.ms, 0.05);
      rows.push({ name, bytes: c.bytes.length, refusal, normal: opened, ratio });
      console.error(
        `${name.padEnd(46)} ${String(c.bytes.length).padStart(9)} B ${String(normal.length).padStart(9)} B unzipped  refuse ${refusal.ms.toFixed(2).padStart(8)} ms ${refusal.peakMb.toFixed(0).padStart(4)} MB` +
          `  open normal ${opened.ms.toFixed(2).padStart(8)} ms ${opened.peakMb.toFixed(0).padStart(4)} MB  ratio ${ratio.toFixed(2)}`,
      );
    }
    const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    const heaviest = rows.reduce((a, b) => (b.refusal.peakMb > a.refusal.peakMb ? b : a));
    console.error(`worst time ratio: ${worst.name} (${worst.ratio.toFixed(2)}, target <= 2); most memory: ${heaviest.name} (${heaviest.refusal.peakMb.toFixed(0)} MB, target <= 300)`);
    console.log(`BENCH hostile ${worst.refusal.ms.toFixed(2)} ms ratio=${worst.ratio.toFixed(2)} vs=${Math.max(worst.normal.ms, 0.05).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') child(process.argv[3] as 'pack' | 'document', process.argv[4]!);
else main();
