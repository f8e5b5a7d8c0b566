// Generates hostile .placardpack and .placard files at test time (no committed binaries), each
// with the error code the reader must refuse it with. fflate builds the well-formed archives;
// a small hand-written zip writer builds what fflate cannot express: lying sizes, symlink and
// device attributes, duplicate names, backslashes, mismatched headers, overlapping entries.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync, gzipSync, zipSync, zlibSync } from 'fflate';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { DEFAULT_BRAND_KIT, type BrandKit } from '../../core/brand';
import { crc32, packFiles, documentFiles, sha256Hex, type BundleErrorCode, type PackInput } from '../../core/bundle';
import { TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION, type Template } from '../../core/templates';
import { createDesign, createImageElement, createTextElement, type Design } from '../../core/model';

// ---------------------------------------------------------------- valid building blocks

export function pngBytes(width = 4, height = 3): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([200, (i * 7) % 255, 40, 255], i);
  return new Uint8Array(PNG.sync.write(png));
}

export function jpegBytes(width = 8, height = 8): Uint8Array {
  const data = Buffer.alloc(width * height * 4, 128);
  return new Uint8Array(jpeg.encode({ data, width, height }, 80).data);
}

export const SAFE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>';

/** A minimal but well-formed TrueType file: header, a table directory and a "head" table. */
export function ttfBytes(): Uint8Array {
  const out = new Uint8Array(12 + 16 + 54);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x00010000);
  v.setUint16(4, 1);
  out.set([0x68, 0x65, 0x61, 0x64], 12); // "head"
  v.setUint32(20, 28); // offset
  v.setUint32(24, 54); // length
  v.setUint32(28 + 12, 0x5f0f3cf5); // magic number
  return out;
}

export function sampleDesign(id = 'tpl_rally', assetId = 'logo'): Design {
  const design = createDesign({ name: 'Rally flyer', width: 1080, height: 1350 });
  design.id = id;
  design.assets[assetId] = { mime: 'image/png', name: 'logo.png', width: 4, height: 3 };
  design.elements.push(createTextElement({ id: 'headline', x: 40, y: 40, width: 1000, height: 200, text: 'Rent strike!' }));
  design.elements.push(createImageElement({ id: 'logo_el', x: 40, y: 1000, width: 400, height: 300, assetId }));
  return design;
}

/** A pack template wrapping sampleDesign (template ids are lower-case slugs). */
export function sampleTemplate(id = 'rally-flyer', designId = 'tpl_rally'): Template {
  return {
    format: TEMPLATE_FORMAT,
    formatVersion: TEMPLATE_FORMAT_VERSION,
    id,
    name: { en: 'Rally flyer', es: 'Volante de mitin' },
    category: 'events',
    presetId: 'instagram-portrait',
    tags: ['rally'],
    design: sampleDesign(designId),
  };
}

export function sampleBrandKit(id = 'kit_union'): BrandKit {
  return { ...structuredClone(DEFAULT_BRAND_KIT), id, name: 'Union colors', colors: { ...DEFAULT_BRAND_KIT.colors, primary: '#cc0000' } };
}

export function samplePackInput(version = '1.0.0', id = 'org.example.rally'): PackInput {
  return {
    manifest: { id, name: 'Rally pack', version, author: 'Local 42', description: 'Templates for the rally', license: 'CC-BY-4.0' },
    templates: [sampleTemplate()],
    brandKits: [sampleBrandKit()],
    assets: new Map([['logo', pngBytes()]]),
    fonts: new Map([['Test-Regular.ttf', ttfBytes()]]),
  };
}

/** The files of a valid pack, to be mutated into hostile variants. */
export function validPackFileMap(): Map<string, Uint8Array> {
  return packFiles(samplePackInput());
}

export function validDocumentFileMap(): Map<string, Uint8Array> {
  return documentFiles({ design: sampleDesign('doc_1'), assets: new Map([['logo', pngBytes()]]), fonts: new Map() });
}

/** A 1-bit greyscale PNG holding the given filtered rows (interlaced or not), with honest CRCs. */
export function bilevelPngFromRows(width: number, height: number, raw: Uint8Array, interlace: 0 | 1 = 0): Uint8Array {
  const chunk = (type: string, body: Uint8Array) => {
    const out = new Uint8Array(12 + body.length);
    const v = new DataView(out.buffer);
    v.setUint32(0, body.length);
    out.set(enc(type), 4);
    out.set(body, 8);
    v.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([1, 0, 0, 0, interlace], 8); // 1 bit, greyscale, deflate, adaptive filters
  return concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/**
 * A real, complete PNG of width x height at one bit per pixel: a 7000x7000 image is a few KB on
 * disk and 196 MB for whoever decodes it. `seed` varies one pixel so each copy hashes differently.
 */
export function bilevelPng(width: number, height: number, seed = 0): Uint8Array {
  const raw = new Uint8Array((1 + Math.ceil(width / 8)) * height);
  raw[1] = seed & 0xff;
  return bilevelPngFromRows(width, height, raw);
}

/** An SVG whose <use> elements reference the level below `width` times, `depth` levels deep (10 x 9 is 10^9 nodes). */
export function svgUseBomb(width = 10, depth = 9): Uint8Array {
  let body = '<g id="l0"><rect width="1" height="1"/></g>';
  for (let level = 1; level <= depth; level++) {
    body += `<g id="l${level}">${Array.from({ length: width }, () => `<use href="#l${level - 1}"/>`).join('')}</g>`;
  }
  return enc(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs>${body}</defs><use href="#l${depth}"/></svg>`);
}

/** A document whose design holds the given images, one image element each. */
export function documentWithImages(images: readonly { id: string; bytes: Uint8Array; mime: 'image/png' | 'image/jpeg' | 'image/svg+xml'; width: number; height: number }[]): Uint8Array {
  const design = createDesign({ name: 'Images', width: 1080, height: 1080 });
  design.id = 'doc_images';
  for (const [i, image] of images.entries()) {
    design.assets[image.id] = { mime: image.mime, name: `${image.id}`, width: image.width, height: image.height };
    design.elements.push(createImageElement({ id: `img_${i}`, x: 0, y: 0, width: 100, height: 100, assetId: image.id }));
  }
  return zipFiles(documentFiles({ design, assets: new Map(images.map((im) => [im.id, im.bytes])), fonts: new Map() }));
}

/** Letters and spaces that do not compress far (so the zip ratio check does not refuse them first). */
function noiseText(length: number, seed: number): string {
  let state = seed * 2654435761 + 1;
  let out = '';
  while (out.length < length) {
    state = (state * 1103515245 + 12345) >>> 0;
    out += 'abcdefghijklmnopqrstuvwxyz      '[state >>> 27];
  }
  return out;
}

/** A document with `count` text elements of `length` characters each (written without the schema's checks). */
export function documentWithTexts(count: number, length: number): Uint8Array {
  const files = validDocumentFileMap();
  const design = parse(files.get('design.json')!);
  const template = (design.elements as Record<string, unknown>[])[0]!;
  design.elements = Array.from({ length: count }, (_, i) => ({ ...template, id: `t${i}`, fit: 'shrink', text: noiseText(length, i) }));
  files.set('design.json', json(design));
  return zipFiles(files);
}

// ---------------------------------------------------------------- hand-built zip writer

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** 0 = stored, 8 = deflate (default), anything else is written as given with raw data. */
  method?: number;
  /** Lie about the uncompressed size in both headers. */
  declaredSize?: number;
  crc?: number;
  flags?: number;
  externalAttributes?: number;
  /** A different name in the local header than in the central directory. */
  localName?: string;
  /** Bytes to write as the compressed payload instead of compressing `data` (which still sets size and CRC). */
  raw?: Uint8Array;
}

const enc = (s: string) => new TextEncoder().encode(s);

export function buildZip(entries: RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const payload = e.raw ?? (method === 8 ? deflateSync(e.data) : e.data);
    const crc = e.crc ?? crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const name = enc(e.name);
    const localName = enc(e.localName ?? e.name);
    const local = new Uint8Array(30 + localName.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, payload.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, localName.length, true);
    local.set(localName, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, (3 << 8) | 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, e.flags ?? 0, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, payload.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(38, e.externalAttributes ?? (0o100644 << 16) >>> 0, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, payload);
    centrals.push(central);
    offset += local.length + payload.length;
  }
  return finish(locals, centrals, offset, entries.length);
}

function finish(locals: Uint8Array[], centrals: Uint8Array[], cdOffset: number, count: number): Uint8Array {
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const v = new DataView(eocd.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, cdSize, true);
  v.setUint32(16, cdOffset, true);
  return concat([...locals, ...centrals, eocd]);
}

/** Two entries whose byte ranges overlap: the first (stored) entry's data contains the second's header. */
export function overlappingZip(): Uint8Array {
  const inner = buildZip([{ name: 'templates/b.json', data: enc('{}'), method: 0 }]);
  const innerLocal = inner.subarray(0, 30 + 'templates/b.json'.length + 2);
  const outer = buildZip([{ name: 'templates/a.json', data: innerLocal, method: 0 }]);
  // Re-point: central directory with both entries, the second starting inside the first's data.
  const aLocalLen = 30 + 'templates/a.json'.length;
  const centralA = outer.subarray(aLocalLen + innerLocal.length, outer.length - 22);
  const centralB = new Uint8Array(inner.subarray(innerLocal.length, inner.length - 22));
  new DataView(centralB.buffer).setUint32(42, aLocalLen, true);
  return finish([outer.subarray(0, aLocalLen + innerLocal.length)], [centralA, centralB], aLocalLen + innerLocal.length, 2);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** A well-formed zip (via fflate) of the given files. */
export function zipFiles(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(files));
}

/** Files as raw entries for buildZip. */
export function rawEntries(files: ReadonlyMap<string, Uint8Array>): RawEntry[] {
  return [...files].map(([name, data]) => ({ name, data }));
}

// ---------------------------------------------------------------- the corpus

export interface HostileCase {
  name: string;
  kind: 'pack' | 'document';
  code: BundleErrorCode;
  /** The JSON field path the error must name, when it is about a field. */
  field?: string;
  bytes: Uint8Array;
}

const json = (v: unknown) => enc(JSON.stringify(v));
const parse = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>;

function withFiles(base: Map<string, Uint8Array>, change: (files: Map<string, Uint8Array>) => void): Map<string, Uint8Array> {
  const files = new Map(base);
  change(files);
  return files;
}

/** Adds an asset file under its correct hash name and indexes it as `id` in the manifest. */
function withAsset(files: Map<string, Uint8Array>, id: string, data: Uint8Array, ext: string): void {
  const name = `${sha256Hex(data)}.${ext}`;
  files.set(`assets/${name}`, data);
  const manifest = parse(files.get('manifest.json')!);
  (manifest.assets as Record<string, string>)[id] = name;
  files.set('manifest.json', json(manifest));
}

function editJson(files: Map<string, Uint8Array>, entry: string, edit: (value: Record<string, unknown>) => void): void {
  const value = parse(files.get(entry)!);
  edit(value);
  files.set(entry, json(value));
}

function pngDeclaring(width: number, height: number): Uint8Array {
  const bytes = pngBytes();
  const v = new DataView(bytes.buffer, bytes.byteOffset);
  v.setUint32(16, width);
  v.setUint32(20, height);
  return bytes;
}

function jpegDeclaring(width: number, height: number): Uint8Array {
  const bytes = jpegBytes();
  for (let i = 2; i < bytes.length - 9; i++) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xc0) {
      new DataView(bytes.buffer, bytes.byteOffset).setUint16(i + 5, height);
      new DataView(bytes.buffer, bytes.byteOffset).setUint16(i + 7, width);
      return bytes;
    }
  }
  throw new Error('no SOF0 marker in generated JPEG');
}

function webpDeclaring(width: number, height: number): Uint8Array {
  const out = new Uint8Array(40);
  out.set(enc('RIFF'), 0);
  new DataView(out.buffer).setUint32(4, 32, true);
  out.set(enc('WEBPVP8X'), 8);
  new DataView(out.buffer).setUint32(16, 10, true);
  const w = width - 1;
  const h = height - 1;
  out.set([w & 0xff, (w >> 8) & 0xff, (w >> 16) & 0xff, h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff], 24);
  return out;
}

function gifDeclaring(width: number, height: number): Uint8Array {
  const out = new Uint8Array(32);
  out.set(enc('GIF89a'), 0);
  out.set([width & 0xff, width >> 8, height & 0xff, height >> 8], 6);
  return out;
}

export function buildHostileCorpus(): HostileCase[] {
  const pack = validPackFileMap();
  const doc = validDocumentFileMap();
  const cases: HostileCase[] = [];
  const add = (name: string, code: BundleErrorCode, bytes: Uint8Array, kind: 'pack' | 'document' = 'pack', field?: string) =>
    cases.push({ name, kind, code, bytes, ...(field !== undefined ? { field } : {}) });
  const packWith = (change: (f: Map<string, Uint8Array>) => void) => zipFiles(withFiles(pack, change));
  const rawPackWith = (...extra: RawEntry[]) => buildZip([...rawEntries(pack), ...extra]);
  const evil = json({ id: 'evil' });

  // Paths
  add('parent traversal', 'bundle.path-traversal', rawPackWith({ name: '../evil.json', data: evil }));
  add('nested traversal', 'bundle.path-traversal', rawPackWith({ name: 'templates/../../evil.json', data: evil }));
  add('absolute path', 'bundle.absolute-path', rawPackWith({ name: '/etc/cron.d/evil', data: evil }));
  add('drive letter', 'bundle.drive-path', rawPackWith({ name: 'C:/Windows/evil.json', data: evil }));
  add('backslash', 'bundle.backslash-path', rawPackWith({ name: 'templates\\evil.json', data: evil }));
  add('backslash traversal', 'bundle.backslash-path', rawPackWith({ name: '..\\..\\evil.json', data: evil }));
  add('control character in name', 'bundle.bad-path', rawPackWith({ name: 'templates/a\u0001.json', data: evil }));
  add('Windows device name', 'bundle.reserved-name', rawPackWith({ name: 'fonts/CON.ttf', data: ttfBytes() }));
  add('Windows device name in a folder', 'bundle.reserved-name', rawPackWith({ name: 'assets/nul/x.png', data: evil }));
  add('Windows device name, lower case with extensions', 'bundle.reserved-name', rawPackWith({ name: 'templates/com1.tar.json', data: evil }));
  add('trailing dot', 'bundle.reserved-name', rawPackWith({ name: 'templates/evil.json.', data: evil }));
  add('Windows device name with a space before the extension', 'bundle.reserved-name', rawPackWith({ name: 'templates/aux .json', data: evil }));
  add('Windows console device name', 'bundle.reserved-name', rawPackWith({ name: 'fonts/CONIN$.ttf', data: ttfBytes() }));
  add('trailing space', 'bundle.bad-path', rawPackWith({ name: 'templates/evil.json ', data: evil }));
  add('name too long', 'bundle.path-too-long', rawPackWith({ name: `fonts/${'a'.repeat(250)}.ttf`, data: ttfBytes() }));
  add('symlink entry', 'bundle.symlink', rawPackWith({ name: 'fonts/link.ttf', data: enc('/etc/passwd'), method: 0, externalAttributes: (0o120777 << 16) >>> 0 }));
  add('fifo entry', 'bundle.special-entry', rawPackWith({ name: 'fonts/pipe.ttf', data: new Uint8Array(0), method: 0, externalAttributes: (0o010644 << 16) >>> 0 }));
  add('duplicate name', 'bundle.duplicate-entry', rawPackWith({ name: 'manifest.json', data: pack.get('manifest.json')! }));
  add('duplicate name ignoring case', 'bundle.duplicate-entry', rawPackWith({ name: 'MANIFEST.JSON', data: pack.get('manifest.json')! }));

  // Sizes and bombs
  add('too many entries', 'bundle.too-many-entries', buildZip([...rawEntries(pack), ...Array.from({ length: 1000 }, (_, i) => ({ name: `fonts/f${i}.ttf`, data: new Uint8Array(1), method: 0 }))]));
  add('declares a huge entry', 'bundle.entry-too-large', rawPackWith({ name: 'fonts/big.ttf', data: ttfBytes(), declaredSize: 100 * 1024 * 1024 }));
  // Incompressible payloads keep each entry's declared ratio (60 MiB / 700 KiB) under the ratio limit.
  const noise = deflateSync(randomBytes(700 * 1024), { level: 0 });
  add('declares a huge total', 'bundle.total-too-large', buildZip([...rawEntries(pack), ...Array.from({ length: 9 }, (_, i) => ({ name: `fonts/big${i}.ttf`, data: ttfBytes(), raw: noise, declaredSize: 60 * 1024 * 1024 }))]));
  add('zip bomb (honest sizes)', 'bundle.ratio-too-high', rawPackWith({ name: 'fonts/bomb.ttf', data: new Uint8Array(20 * 1024 * 1024) }));
  add('lying size: inflates past its declared size', 'bundle.size-mismatch', rawPackWith({ name: 'fonts/liar.ttf', data: new Uint8Array(8 * 1024 * 1024), declaredSize: 1000 }));
  add('lying size: inflates to less', 'bundle.size-mismatch', rawPackWith({ name: 'fonts/short.ttf', data: ttfBytes(), declaredSize: 5000 }));
  add('stored entry with unequal sizes', 'bundle.size-mismatch', rawPackWith({ name: 'fonts/stored.ttf', data: ttfBytes(), method: 0, declaredSize: 10 }));
  add('JSON over the JSON limit', 'bundle.json-too-large', buildZip(rawEntries(withFiles(pack, (f) => f.set('brandkits/kit_big.json', enc(`{"id":"kit_big","pad":"${'x'.repeat(4 * 1024 * 1024)}"}`)))).map((e) => ({ ...e, method: 0 }))));

  // Archive structure
  add('not a zip', 'bundle.not-a-zip', enc('this is not a zip file at all, just text pretending'));
  add('encrypted entry', 'bundle.encrypted-entry', rawPackWith({ name: 'fonts/secret.ttf', data: ttfBytes(), flags: 1 }));
  add('unsupported compression', 'bundle.unsupported-compression', rawPackWith({ name: 'fonts/bz.ttf', data: ttfBytes(), method: 12 }));
  add('local header disagrees', 'bundle.header-mismatch', rawPackWith({ name: 'fonts/a.ttf', localName: 'fonts/b.ttf', data: ttfBytes() }));
  add('overlapping entries', 'bundle.overlapping-entries', overlappingZip());
  add('bad checksum', 'bundle.corrupt-entry', rawPackWith({ name: 'fonts/crc.ttf', data: ttfBytes(), crc: 0x12345678 }));
  add('damaged deflate stream', 'bundle.corrupt-entry', rawPackWith({ name: 'fonts/junk.ttf', data: ttfBytes(), raw: new Uint8Array(64).fill(0xff) }));

  // Nested archives
  add('nested zip by extension', 'bundle.nested-archive', packWith((f) => f.set('assets/inner.zip', zipSync({ a: enc('a') }))));
  add('nested zip hidden in a template', 'bundle.nested-archive', packWith((f) => f.set('templates/t.json', zipSync({ a: enc('a') }))));
  add('gzip hidden in a font', 'bundle.nested-archive', packWith((f) => f.set('fonts/x.woff2', gzipSync(enc('hello')))));

  // Layout and JSON
  add('unexpected entry', 'bundle.unexpected-entry', packWith((f) => f.set('scripts/run.sh', enc('rm -rf /'))));
  add('template is not JSON', 'bundle.bad-json', packWith((f) => f.set('templates/rally-flyer.json', enc('{"version": 1,'))));
  add('__proto__ key in manifest', 'bundle.forbidden-key', packWith((f) => f.set('manifest.json', enc(new TextDecoder().decode(f.get('manifest.json')!).replace('{', '{"__proto__": {"polluted": true},')))), 'pack', '__proto__');
  add('constructor key deep in a template', 'bundle.forbidden-key', packWith((f) => editJson(f, 'templates/rally-flyer.json', (d) => Reflect.set(((d.design as Record<string, unknown>).elements as object[])[0]!, 'constructor', { prototype: { polluted: true } }))), 'pack', 'design.elements.0.constructor');
  add('template fails the schema', 'bundle.invalid-design', packWith((f) => editJson(f, 'templates/rally-flyer.json', (d) => (((d.design as Record<string, unknown>).elements as Record<string, unknown>[])[0]!.fontSize = 'huge'))), 'pack', 'design.elements.0.fontSize');
  add('template from a newer Placard', 'bundle.newer-version', packWith((f) => editJson(f, 'templates/rally-flyer.json', (d) => ((d.design as Record<string, unknown>).version = 99))), 'pack', 'design.version');
  add('manifest without version', 'bundle.invalid-manifest', packWith((f) => editJson(f, 'manifest.json', (m) => delete m.version)), 'pack', 'version');
  add('manifest with a bad semver', 'bundle.invalid-manifest', packWith((f) => editJson(f, 'manifest.json', (m) => (m.version = '1.0'))), 'pack', 'version');
  add('manifest with a path as pack id', 'bundle.invalid-manifest', packWith((f) => editJson(f, 'manifest.json', (m) => (m.id = '../../evil'))), 'pack', 'id');
  add('newer archive format', 'bundle.newer-format', packWith((f) => editJson(f, 'manifest.json', (m) => (m.formatVersion = 7))), 'pack', 'formatVersion');
  add('document imported as a pack', 'bundle.wrong-kind', zipFiles(doc), 'pack', 'format');
  add('template with an unknown category', 'bundle.invalid-template', packWith((f) => editJson(f, 'templates/rally-flyer.json', (t) => (t.category = 'malware'))), 'pack', 'category');
  add('brand kit logo not in the pack', 'bundle.missing-asset', packWith((f) => editJson(f, 'brandkits/kit_union.json', (k) => (k.logos = ['nowhere']))), 'pack', 'logos.0');
  add('brand kit without id', 'bundle.invalid-brandkit', packWith((f) => f.set('brandkits/kit_union.json', json({ name: 'no id' }))), 'pack', 'id');
  add('template file named for another id', 'bundle.id-mismatch', packWith((f) => {
    f.set('templates/other.json', f.get('templates/rally-flyer.json')!);
    f.delete('templates/rally-flyer.json');
  }), 'pack', 'id');
  add('template uses an asset not in the pack', 'bundle.missing-asset', packWith((f) => {
    editJson(f, 'manifest.json', (m) => (m.assets = {}));
    for (const name of [...f.keys()]) if (name.startsWith('assets/')) f.delete(name);
  }), 'pack', 'assets.logo');
  add('empty pack', 'bundle.empty-pack', packWith((f) => {
    f.delete('templates/rally-flyer.json');
    f.delete('brandkits/kit_union.json');
  }));

  // Assets
  add('asset content does not match its hash', 'bundle.hash-mismatch', packWith((f) => f.set(`assets/${'0'.repeat(64)}.png`, pngBytes())));
  add('PNG named .jpg', 'bundle.asset-type-mismatch', packWith((f) => withAsset(f, 'fake_jpg', pngBytes(2, 2), 'jpg')));
  add('not an image at all', 'bundle.bad-image', packWith((f) => withAsset(f, 'text', enc('hello, not a png at all'), 'png')));
  add('PNG declaring 20000x20000', 'bundle.image-too-large', packWith((f) => withAsset(f, 'huge_png', pngDeclaring(20_000, 20_000), 'png')));
  add('JPEG declaring 60000x60000', 'bundle.image-too-large', packWith((f) => withAsset(f, 'huge_jpg', jpegDeclaring(60_000, 60_000), 'jpg')));
  add('WebP declaring 16000x16000', 'bundle.image-too-large', packWith((f) => withAsset(f, 'huge_webp', webpDeclaring(16_000, 16_000), 'webp')));
  add('GIF declaring 65535x65535', 'bundle.image-too-large', packWith((f) => withAsset(f, 'huge_gif', gifDeclaring(65_535, 65_535), 'gif')));
  const svg = (body: string) => enc(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${body}</svg>`);
  add('SVG with a script', 'bundle.svg-script', packWith((f) => withAsset(f, 's1', svg('<script>alert(1)</script>'), 'svg')));
  add('SVG with an onload handler', 'bundle.svg-script', packWith((f) => withAsset(f, 's2', enc('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'svg')));
  add('SVG with an escaped javascript: link', 'bundle.svg-script', packWith((f) => withAsset(f, 's3', svg('<a xlink:href="jav&#x61;script:alert(1)"><rect/></a>'), 'svg')));
  add('SVG with foreignObject', 'bundle.svg-script', packWith((f) => withAsset(f, 's4', svg('<foreignObject><iframe src="#"/></foreignObject>'), 'svg')));
  add('SVG with an entity declaration', 'bundle.svg-script', packWith((f) => withAsset(f, 's5', enc('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'), 'svg')));
  add('SVG linking an external image', 'bundle.svg-external-ref', packWith((f) => withAsset(f, 's6', svg('<image href="https://tracker.example/pixel.png"/>'), 'svg')));
  add('SVG with an external url()', 'bundle.svg-external-ref', packWith((f) => withAsset(f, 's7', svg('<rect style="fill: url(http://evil.example/x.svg#p)"/>'), 'svg')));
  add('SVG with an @import', 'bundle.svg-external-ref', packWith((f) => withAsset(f, 's8', svg('<style>@import "//evil.example/a.css";</style>'), 'svg')));

  // Fonts
  add('font with random bytes', 'bundle.bad-font', packWith((f) => f.set('fonts/Noise.woff2', new Uint8Array(200).fill(7))));
  add('truncated TrueType', 'bundle.bad-font', packWith((f) => f.set('fonts/Cut.ttf', ttfBytes().subarray(0, 30))));
  add('font table outside the file', 'bundle.bad-font', packWith((f) => {
    const font = ttfBytes();
    new DataView(font.buffer).setUint32(24, 1_000_000);
    f.set('fonts/Bad.ttf', font);
  }));
  add('font without a head table', 'bundle.bad-font', packWith((f) => {
    const font = ttfBytes();
    font.set([0x67, 0x6c, 0x79, 0x66], 12); // "glyf"
    f.set('fonts/Headless.otf', font);
  }));
  add('font name with spaces and odd extension', 'bundle.unexpected-entry', packWith((f) => f.set('fonts/My Font.exe', ttfBytes())));

  // Documents
  const docWith = (change: (f: Map<string, Uint8Array>) => void) => zipFiles(withFiles(doc, change));
  add('document: traversal', 'bundle.path-traversal', buildZip([...rawEntries(doc), { name: 'assets/../../../.bashrc', data: enc('evil') }]), 'document');
  add('document: design fails the schema', 'bundle.invalid-design', docWith((f) => editJson(f, 'design.json', (d) => (d.width = -5))), 'document', 'width');
  add('document: __proto__ in design', 'bundle.forbidden-key', docWith((f) => f.set('design.json', enc(new TextDecoder().decode(f.get('design.json')!).replace('{', '{"__proto__":{"x":1},')))), 'document', '__proto__');
  add('document: missing design.json', 'bundle.missing-entry', docWith((f) => f.delete('design.json')), 'document');
  add('document: zip bomb', 'bundle.ratio-too-high', buildZip([...rawEntries(doc), { name: 'fonts/bomb.ttf', data: new Uint8Array(30 * 1024 * 1024) }]), 'document');
  add('document: SVG with script', 'bundle.svg-script', docWith((f) => {
    const data = svg('<script>fetch("x")</script>');
    withAsset(f, 'logo2', data, 'svg');
    editJson(f, 'design.json', (d) => ((d.assets as Record<string, unknown>).logo2 = { mime: 'image/svg+xml', name: '', width: 10, height: 10 }));
  }), 'document');
  add('document: pack opened as document', 'bundle.wrong-kind', zipFiles(pack), 'document', 'format');
  // Complexity budgets: files within every size limit that would still freeze whoever draws them.
  add('SVG <use> expansion bomb (10 wide, 9 deep)', 'bundle.svg-too-complex', packWith((f) => withAsset(f, 'bomb_svg', svgUseBomb(), 'svg')));
  add('SVG <use> referencing itself', 'bundle.svg-too-complex', packWith((f) => withAsset(f, 'loop_svg', svg('<g id="a"><use href="#a"/></g>'), 'svg')));
  add('SVG with too many elements', 'bundle.svg-too-complex', packWith((f) => withAsset(f, 'many_svg', svg(Array.from({ length: 60_000 }, (_, i) => `<rect x="${(i * 7919) % 10007}" y="${(i * 104729) % 997}"/>`).join('')), 'svg')));
  add('document: SVG <use> expansion bomb', 'bundle.svg-too-complex', documentWithImages([{ id: 'bomb', bytes: svgUseBomb(), mime: 'image/svg+xml', width: 10, height: 10 }]), 'document');
  add('document: eight 49-megapixel images', 'bundle.too-many-pixels', documentWithImages(Array.from({ length: 8 }, (_, i) => ({ id: `huge${i}`, bytes: bilevelPng(7000, 7000, i + 1), mime: 'image/png' as const, width: 7000, height: 7000 }))), 'document', 'assets');
  add('document: 190 texts of 10,000 characters', 'bundle.too-much-text', documentWithTexts(190, 10_000), 'document', 'elements');
  add('document: one text of 20,000 characters', 'bundle.invalid-design', documentWithTexts(1, 20_000), 'document', 'elements.0.text');
  // Images that are not what they seem
  add('truncated PNG', 'bundle.bad-image', packWith((f) => withAsset(f, 'cut_png', pngBytes(64, 64).subarray(0, 60), 'png')));
  add('truncated JPEG', 'bundle.bad-image', packWith((f) => withAsset(f, 'cut_jpg', jpegBytes(64, 64).subarray(0, 400), 'jpg')));
  add('PNG with a damaged data chunk', 'bundle.bad-image', packWith((f) => {
    const bytes = pngBytes(32, 32);
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
    withAsset(f, 'flipped_png', bytes, 'png');
  }));
  // Keys that read two ways, and names that look like object members
  add('manifest with a duplicate key', 'bundle.duplicate-key', packWith((f) => f.set('manifest.json', enc(new TextDecoder().decode(f.get('manifest.json')!).replace('{', '{"id": "org.example.decoy",')))), 'pack', 'id');
  add('template with a duplicate key', 'bundle.duplicate-key', packWith((f) => f.set('templates/rally-flyer.json', enc(new TextDecoder().decode(f.get('templates/rally-flyer.json')!).replace('"category"', '"category": "protest", "category"')))), 'pack', 'category');
  for (const member of ['toString', 'constructor', 'valueOf', 'hasOwnProperty']) {
    const field = `assets.${member}`;
    if (member === 'constructor') continue; // refused earlier as a forbidden key
    add(`document: asset named "${member}"`, 'bundle.missing-asset', docWith((f) => editJson(f, 'design.json', (d) => {
      (d.assets as Record<string, unknown>)[member] = { mime: 'image/png', name: 'x.png', width: 4, height: 3 };
      ((d.elements as Record<string, unknown>[])[1]!).assetId = member;
    })), 'document', field);
  }
  add('document: symlink', 'bundle.symlink', buildZip([...rawEntries(doc), { name: 'fonts/x.ttf', data: enc('../../secret'), method: 0, externalAttributes: (0o120755 << 16) >>> 0 }]), 'document');
  return cases;
}

/** Writes the corpus into `dir` (one file per case) and returns the cases with their paths. */
export async function writeHostileCorpus(dir: string): Promise<(HostileCase & { file: string })[]> {
  await mkdir(dir, { recursive: true });
  const cases = buildHostileCorpus();
  const out: (HostileCase & { file: string })[] = [];
  for (const [i, c] of cases.entries()) {
    const slug = c.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
    const file = path.join(dir, `${String(i).padStart(3, '0')}-${slug}.${c.kind === 'pack' ? 'placardpack' : 'placard'}`);
    await writeFile(file, c.bytes);
    out.push({ ...c, file });
  }
  return out;
}
