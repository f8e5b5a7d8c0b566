#!/usr/bin/env node
// The app icon in every size the installers need, from the one source file assets/icon/placard.svg:
// build/icons/<n>x<n>.png for Linux (16 to 1024), and build/icon.png (1024 px) from which
// electron-builder makes the Windows .ico and the macOS .icns. Run by `npm run dist`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SOURCE = path.join(root, 'assets', 'icon', 'placard.svg');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

export async function renderIcons(outDir = path.join(root, 'build')) {
  const svg = readFileSync(ICON_SOURCE);
  const image = await loadImage(svg);
  mkdirSync(path.join(outDir, 'icons'), { recursive: true });
  const written = [];
  for (const size of ICON_SIZES) {
    const canvas = createCanvas(size, size);
    canvas.getContext('2d').drawImage(image, 0, 0, size, size);
    const file = path.join(outDir, 'icons', `${size}x${size}.png`);
    writeFileSync(file, await canvas.encode('png'));
    written.push(file);
  }
  const big = path.join(outDir, 'icon.png');
  writeFileSync(big, readFileSync(path.join(outDir, 'icons', '1024x1024.png')));
  written.push(big);
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await renderIcons();
  console.log(`icons: wrote ${files.length} files to build/`);
}
