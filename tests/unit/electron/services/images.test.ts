import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageFile } from '../../../../electron/services/images';
import { sniffImageMime as sniffImageType } from '../../../../core/bundle/image-sniff';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 16];
const GIF89 = [...Buffer.from('GIF89a'), 1, 0];
const GIF87 = [...Buffer.from('GIF87a'), 1, 0];
const WEBP = [...Buffer.from('RIFF'), 0x24, 0, 0, 0, ...Buffer.from('WEBPVP8 ')];
const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('sniffImageType', () => {
  it('recognizes each accepted type by its bytes', () => {
    expect(sniffImageType(new Uint8Array(PNG))).toBe('image/png');
    expect(sniffImageType(new Uint8Array(JPEG))).toBe('image/jpeg');
    expect(sniffImageType(new Uint8Array(GIF89))).toBe('image/gif');
    expect(sniffImageType(new Uint8Array(GIF87))).toBe('image/gif');
    expect(sniffImageType(new Uint8Array(WEBP))).toBe('image/webp');
    expect(sniffImageType(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('image/svg+xml');
    expect(sniffImageType(text('\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg viewBox="0 0 1 1"></svg>'))).toBe('image/svg+xml');
  });

  it('refuses everything else, including look-alikes', () => {
    const refused = [
      new Uint8Array([]),
      new Uint8Array(PNG.slice(0, 7)),
      new Uint8Array([0xff, 0xd8]),
      text('GIF88a'),
      new Uint8Array([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WAVE')]),
      text('<html><svg></svg></html>'),
      text('<?xml version="1.0"?><svgfoo/>'),
      text('hello <svg>'),
      text('%PDF-1.7'),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      new Uint8Array([0xff, 0xfe, 0x3c, 0x00]),
    ];
    for (const bytes of refused) expect(sniffImageType(bytes), Buffer.from(bytes).toString('latin1')).toBeNull();
  });
});

describe('readImageFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'placard-images-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads an image and names its real type even when the extension lies', async () => {
    const file = path.join(dir, 'photo.gif');
    await writeFile(file, new Uint8Array(PNG));
    const image = await readImageFile(file);
    expect(image.name).toBe('photo.gif');
    expect(image.mime).toBe('image/png');
    expect([...image.bytes]).toEqual(PNG);
    expect(image.bytes).toBeInstanceOf(Uint8Array);
  });

  it('refuses files that are not images with a coded error', async () => {
    const file = path.join(dir, 'evil.png');
    await writeFile(file, '#!/bin/sh\nrm -rf /\n');
    await expect(readImageFile(file)).rejects.toMatchObject({ code: 'image.unsupported', params: { name: 'evil.png' } });
  });

  it('refuses files over the limit before reading them', async () => {
    const file = path.join(dir, 'big.png');
    await writeFile(file, new Uint8Array([...PNG, ...new Array(100).fill(0)]));
    await expect(readImageFile(file, 64)).rejects.toMatchObject({ code: 'image.too-large' });
    expect((await readImageFile(file, 112)).bytes.byteLength).toBe(112);
  });

  it('refuses empty files, folders and missing files', async () => {
    const empty = path.join(dir, 'empty.png');
    await writeFile(empty, '');
    await expect(readImageFile(empty)).rejects.toMatchObject({ code: 'image.empty' });
    await mkdir(path.join(dir, 'folder.png'));
    await expect(readImageFile(path.join(dir, 'folder.png'))).rejects.toMatchObject({ code: 'image.unreadable' });
    await expect(readImageFile(path.join(dir, 'missing.png'))).rejects.toMatchObject({ code: 'image.unreadable', params: { reason: 'ENOENT' } });
  });
});
