// The packaged desktop app, built offline: electron-builder's `dir` target against a folder laid
// out like Electron's (a stand-in binary carrying a real fuse wire), then app.asar and the binary
// are inspected: what is inside, its size, the paths main.ts computes, nothing from
// devDependencies or the CLI, and the fuses the afterPack hook flipped.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../../helpers/build-output';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(archive: string): string[]; statFile(archive: string, file: string): { size?: number } };
const fuses = require('@electron/fuses') as { getCurrentFuseWire(binary: string): Promise<Record<string, number>>; FuseV1Options: Record<string, number> };
const afterPack = require('../../../scripts/after-pack.cjs') as { FUSES: Record<number, boolean>; electronBinary(context: unknown): string };
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 49;
const OFF = 48;
const MAX_ASAR_BYTES = 25 * 1024 * 1024;

let work: string;
let appDir: string;
let archive: string;
let entries: string[];

/** A folder laid out like Electron's release: a binary with a fuse wire (all fuses at Electron's defaults), and its resources. */
function fakeElectron(dir: string): void {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const wire = Buffer.from([1, 8, ON, OFF, ON, ON, OFF, OFF, OFF, ON]);
  writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), wire]));
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'version'), pkg.devDependencies.electron.replace(/^\D*/, ''));
  for (const f of ['LICENSE', 'LICENSES.chromium.html', 'icudtl.dat', 'chrome_100_percent.pak']) writeFileSync(path.join(dir, f), '');
}

beforeAll(async () => {
  ensureBuilt();
  const { renderIcons } = await import('../../../scripts/icons.mjs');
  await renderIcons();
  work = mkdtempSync(path.join(tmpdir(), 'placard-package-'));
  fakeElectron(path.join(work, 'electron-dist'));
  const cli = path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
  const version = pkg.devDependencies.electron.replace(/^\D*/, '');
  const run = spawnSync(
    process.execPath,
    [cli, '--linux', 'dir', '--publish', 'never', `-c.electronDist=${path.join(work, 'electron-dist')}`, `-c.electronVersion=${version}`, `-c.directories.output=${path.join(work, 'out')}`],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}\n${run.stderr}`);
  appDir = path.join(work, 'out', 'linux-unpacked');
  archive = path.join(appDir, 'resources', 'app.asar');
  entries = asar.listPackage(archive).map((e) => e.replace(/\\/g, '/'));
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packaged app (electron-builder dir target, offline)', () => {
  it('carries only what the app runs: dist/electron, dist/renderer and package.json', () => {
    expect(entries).toContain('/package.json');
    expect(entries).toContain('/dist/electron/main.cjs');
    for (const e of entries) expect(e === '/package.json' || e === '/dist' || /^\/dist\/(electron|renderer)(\/|$)/.test(e), e).toBe(true);
  });

  it('is at most 25 MiB', () => {
    expect(statSync(archive).size).toBeLessThanOrEqual(MAX_ASAR_BYTES);
  });

  it('holds every path main.ts computes at run time', () => {
    // package.json "main", builtPath('electron', 'preload.cjs') and builtPath('renderer') (the app:// root and its index.html).
    for (const p of [pkg.main, 'dist/electron/preload.cjs', 'dist/renderer', 'dist/renderer/index.html']) expect(entries, p).toContain(`/${p}`);
  });

  it('holds nothing from node_modules, devDependencies or the CLI', () => {
    expect(entries.filter((e) => e.includes('node_modules'))).toEqual([]);
    expect(entries.filter((e) => e.startsWith('/dist/cli'))).toEqual([]);
    const packed = readFileSync(path.join(appDir, 'resources', 'app.asar')).toString('latin1');
    expect(packed).not.toContain('@napi-rs/canvas/package.json');
    expect(existsSync(path.join(appDir, 'resources', 'app.asar.unpacked'))).toBe(false);
  });

  it('ran the afterPack hook: the fuses are flipped in the packaged binary', async () => {
    const wire = await fuses.getCurrentFuseWire(path.join(appDir, pkg.name));
    const O = fuses.FuseV1Options;
    expect(wire[O.RunAsNode!]).toBe(OFF);
    expect(wire[O.EnableCookieEncryption!]).toBe(ON);
    expect(wire[O.EnableNodeOptionsEnvironmentVariable!]).toBe(OFF);
    expect(wire[O.EnableNodeCliInspectArguments!]).toBe(OFF);
    expect(wire[O.EnableEmbeddedAsarIntegrityValidation!]).toBe(ON);
    expect(wire[O.OnlyLoadAppFromAsar!]).toBe(ON);
  });
});

describe('packaging configuration', () => {
  it('has the metadata the deb, AppImage, NSIS and dmg targets need', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author.email).toMatch(/@/);
    expect(pkg.build.linux.maintainer).toMatch(/<.+@.+>/);
    expect(pkg.desktopName).toBe('placard.desktop');
    expect(pkg.build.artifactName).toContain('${version}');
    expect(pkg.build.linux.target).toEqual(['AppImage', 'deb']);
    expect(pkg.build.win.target).toEqual(['nsis']);
    expect(pkg.build.mac.target).toEqual(['dmg']);
    expect(pkg.build.afterPack).toBe('./scripts/after-pack.cjs');
  });

  it('has the app icon in every size, drawn from one source file', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = PNG.sync.read(readFileSync(path.join(ROOT, 'build', 'icons', `${size}x${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
      // Drawn, not blank: the red square fills the middle.
      const i = ((size >> 1) * size + (size >> 3)) * 4;
      expect(png.data[i + 3]).toBeGreaterThan(200);
    }
    expect(PNG.sync.read(readFileSync(path.join(ROOT, 'build', 'icon.png'))).width).toBe(1024);
  });

  it('the afterPack hook finds the Electron binary on linux, win32 and darwin', () => {
    const context = (electronPlatformName: string) => ({ appOutDir: '/out', electronPlatformName, packager: { appInfo: { productFilename: 'Placard' }, executableName: 'placard' } });
    expect(afterPack.electronBinary(context('linux'))).toBe(path.join('/out', 'placard'));
    expect(afterPack.electronBinary(context('win32'))).toBe(path.join('/out', 'Placard.exe'));
    expect(afterPack.electronBinary(context('darwin'))).toBe(path.join('/out', 'Placard.app'));
  });
});
