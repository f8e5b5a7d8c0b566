// npm ci refuses a lock that lacks any optional platform package of @napi-rs/canvas, but this
// machine's registry mirror lacks some of them, so 'npm install' leaves them out. This restores
// their entries (metadata only; npm skips them on other platforms). Run after 'npm install':
//   node scripts/fix-lock.mjs package-lock.json
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2];
const lock = JSON.parse(readFileSync(file, 'utf8'));
const p = lock.packages;
const platform = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'linux-arm-gnueabihf': { os: ['linux'], cpu: ['arm'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'linux-riscv64-gnu': { os: ['linux'], cpu: ['riscv64'], libc: ['glibc'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};
const parent = p['node_modules/@napi-rs/canvas'];
for (const [name, version] of Object.entries(parent.optionalDependencies)) {
  const key = 'node_modules/' + name;
  if (p[key]) continue;
  const suffix = name.replace('@napi-rs/canvas-', '');
  const plat = platform[suffix];
  if (!plat) throw new Error('unknown ' + name);
  p[key] = { version, ...(plat.cpu && { cpu: plat.cpu }), ...(plat.libc && { libc: plat.libc }), license: 'MIT', optional: true, os: plat.os, engines: { node: '>= 10' } };
}
lock.packages = Object.fromEntries(Object.entries(p).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
