import { describe, expect, it } from 'vitest';
import { checkFont } from '../../../../core/bundle/font-check';
import { readImageSize } from '../../../../core/bundle/image-header';
import { compareSemver, parseSemver } from '../../../../core/bundle/semver';
import { checkSvg } from '../../../../core/bundle/svg-check';
import { checkEntryName } from '../../../../core/bundle/entry-names';
import { PLACARD_VERSION } from '../../../../core/bundle/version';
import { SAFE_SVG, jpegBytes, pngBytes, ttfBytes } from '../../../helpers/hostile-corpus';
import { readFileSync } from 'node:fs';

describe('image headers', () => {
  it('reads PNG and JPEG sizes without decoding', () => {
    expect(readImageSize(pngBytes(7, 5))).toEqual({ format: 'png', width: 7, height: 5 });
    expect(readImageSize(jpegBytes(16, 9))).toEqual({ format: 'jpeg', width: 16, height: 9 });
  });
  it('reads GIF and WebP (VP8X) sizes', () => {
    const gif = new Uint8Array(16);
    gif.set(new TextEncoder().encode('GIF89a'));
    gif.set([0x2c, 0x01, 0xc8, 0x00], 6);
    expect(readImageSize(gif)).toEqual({ format: 'gif', width: 300, height: 200 });
    const webp = new Uint8Array(32);
    webp.set(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8X'));
    webp.set([0x3f, 0x01, 0x00, 0xef, 0x00, 0x00], 24); // 320 x 240
    expect(readImageSize(webp)).toEqual({ format: 'webp', width: 320, height: 240 });
  });
  it('returns null for truncated or foreign data', () => {
    expect(readImageSize(pngBytes().subarray(0, 20))).toBeNull();
    expect(readImageSize(new TextEncoder().encode('definitely not an image'))).toBeNull();
  });
});

describe('SVG checks', () => {
  it('accepts a self-contained SVG with internal references', () => {
    expect(checkSvg(SAFE_SVG)).toBeNull();
  });
  it.each([
    ['<svg><script>x()</script></svg>', 'script'],
    ['<svg><set onbegin="x()"/></svg>', 'script'],
    ['<svg><a href="java\nscript:x()"/></svg>', 'script'],
    ['<svg><a href="&#106;avascript:x()"/></svg>', 'script'],
    ['<svg><image xlink:href="file:///etc/passwd"/></svg>', 'external-ref'],
    ["<svg><use href='http://x/y.svg#a'/></svg>", 'external-ref'],
    ['<svg><rect fill="url(https://x/p)"/></svg>', 'external-ref'],
    ['<svg><image href=data:image/png;base64,AAAA /></svg>', 'external-ref'],
  ])('refuses %s', (svg, kind) => {
    expect(checkSvg(svg)?.kind).toBe(kind);
  });
});

describe('font checks', () => {
  it('accepts real WOFF and WOFF2 files and a well-formed TrueType', () => {
    const dir = 'node_modules/@fontsource/inter/files/';
    expect(checkFont(new Uint8Array(readFileSync(dir + 'inter-latin-400-normal.woff2')))).toEqual({ ok: true, flavor: 'woff2' });
    expect(checkFont(new Uint8Array(readFileSync(dir + 'inter-latin-400-normal.woff')))).toEqual({ ok: true, flavor: 'woff' });
    expect(checkFont(ttfBytes())).toEqual({ ok: true, flavor: 'truetype' });
  });
  it('refuses a truncated WOFF2', () => {
    const woff2 = new Uint8Array(readFileSync('node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2'));
    expect(checkFont(woff2.subarray(0, woff2.length - 10)).ok).toBe(false);
  });
});

describe('entry names', () => {
  it.each([
    ['templates/a.json', null],
    ['a/../b', 'bundle.path-traversal'],
    ['/abs', 'bundle.absolute-path'],
    ['c:evil', 'bundle.drive-path'],
    ['a\\b', 'bundle.backslash-path'],
    ['a//b', 'bundle.bad-path'],
    ['./a', 'bundle.bad-path'],
    ['caf\u00e9.json', 'bundle.bad-path'],
    ['x.tar', 'bundle.nested-archive'],
  ])('%s -> %s', (name, code) => {
    expect(checkEntryName(name, 200)?.code ?? null).toBe(code);
  });
});

describe('semver', () => {
  it('orders versions by semver precedence', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.10.0', '2.0.0'];
    for (let i = 1; i < ordered.length; i++) expect(compareSemver(ordered[i - 1]!, ordered[i]!), `${ordered[i - 1]} < ${ordered[i]}`).toBeLessThan(0);
    expect(compareSemver('1.2.3+build.5', '1.2.3')).toBe(0);
    expect(parseSemver('1.2')).toBeNull();
    expect(parseSemver('01.2.3')).toBeNull();
  });
});

it('PLACARD_VERSION matches package.json', () => {
  expect(PLACARD_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
