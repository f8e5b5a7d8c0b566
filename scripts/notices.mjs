// The notices Help > About shows: Placard's own license, and the name, version, license and full
// license text of every bundled font and every library the app runs, read from the installed
// packages so they stay true as dependencies change. Written to dist/renderer/notices.json by the
// build, so the app serves it from its own files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Libraries bundled into the app's renderer and main process (not the CLI's, not build tools). */
export const APP_LIBRARIES = [
  'react', 'react-dom', 'scheduler', 'konva', 'react-konva', 'zustand', 'zod', 'i18next', 'react-i18next', 'fflate', 'papaparse', '@noble/hashes', 'semver', 'electron',
  'flatbush', 'flatqueue', 'qrcode', 'dijkstrajs', 'pdf-lib', '@pdf-lib/standard-fonts', '@pdf-lib/upng', '@pdf-lib/fontkit', 'pako', 'tslib',
  '@humanwhocodes/momoa', 'saxes', 'xmlchars', 'gifenc', 'omggif', 'mediabunny',
];

const require = createRequire(import.meta.url);

/** The leading comment of a package's main file, when it is the license itself (omggif's is). */
function headerLicense(dir, pkg) {
  const main = path.join(dir, typeof pkg.main === 'string' ? pkg.main : 'index.js');
  if (!existsSync(main)) return '';
  const header = /^(?:\s*\/\/.*\n)+/.exec(readFileSync(main, 'utf8'))?.[0] ?? '';
  if (!/permission is hereby granted|licensed under|permission to use/i.test(header)) return '';
  return header.replace(/^\s*\/\/ ?/gm, '').trim();
}

const personName = (person) => (typeof person === 'string' ? person : (person?.name ?? '')).replace(/\s*[<(].*$/, '').trim();

/**
 * For a package that ships no license text: its copyright holders from package.json, then the
 * standard text of the license it names (spdx-license-list), without the template's own
 * copyright lines.
 */
function standardLicense(pkg) {
  const standard = require('spdx-license-list/full')[pkg.license];
  if (!standard) return '';
  const holders = [pkg.author, ...(Array.isArray(pkg.contributors) ? pkg.contributors : [])].map(personName).filter(Boolean);
  const body = standard.licenseText.replace(/^copyright \(c\).*\n/gim, '').replace(/\n{3,}/g, '\n\n').trim();
  return `${holders.length ? `Copyright (c) ${holders.join(', ')}\n\n` : ''}${body}`;
}

function packageInfo(name) {
  // Read from node_modules directly: some packages' "exports" hide package.json.
  const dir = path.join(root, 'node_modules', ...name.split('/'));
  const manifest = path.join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  const licenseFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying|ofl)(\.(md|txt))?$/i.test(f));
  return {
    name,
    version: pkg.version,
    license: typeof pkg.license === 'string' ? pkg.license : 'see license text',
    text: licenseFile ? readFileSync(path.join(dir, licenseFile), 'utf8').trim() : headerLicense(dir, pkg) || standardLicense(pkg),
  };
}

export function collectNotices() {
  const app = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const fontPackages = [...readFileSync(path.join(root, 'package.json'), 'utf8').matchAll(/"(@fontsource\/[a-z0-9-]+)"/g)].map((m) => m[1]);
  return {
    app: { name: app.productName, version: app.version, license: app.license },
    fonts: [...new Set(fontPackages)].sort().map(packageInfo),
    libraries: APP_LIBRARIES.filter((name) => existsSync(path.join(root, 'node_modules', name, 'package.json'))).map(packageInfo),
  };
}

export function writeNotices(outFile = path.join(root, 'dist', 'renderer', 'notices.json')) {
  const notices = collectNotices();
  writeFileSync(outFile, JSON.stringify(notices));
  return notices;
}
