#!/usr/bin/env node
// Starts the desktop app from the built dist/ (run scripts/build.mjs first). Where Electron's
// runtime was never downloaded, says so in one line and exits normally.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function electronBinary() {
  try {
    // In Node, the electron package exports the path of its downloaded binary (and throws when absent).
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.log('Electron\'s runtime is not installed on this machine (its download is disabled); run "npm run web" to use Placard in a browser.');
  process.exit(0);
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would make the binary act as plain Node
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.on('error', (err) => {
  console.error(`Could not start Electron: ${err.message}`);
  process.exit(1);
});
