// electron-builder afterPack hook: flips Electron's fuses in the packaged app's binary, so the
// shipped app cannot be run as plain Node, ignores NODE_OPTIONS and --inspect, encrypts its
// cookies, and only loads its own app.asar, checked against the integrity hash in the binary.
// CommonJS because electron-builder requires the hook; tested by tests/unit/build/package.test.ts.
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** The fuses of the packaged app: true = on. */
const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

/** The Electron binary in a packed app folder, per platform. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  const binary = electronBinary(context);
  // On macOS the binary is re-signed after this change (electron-builder signs later; ad-hoc otherwise).
  await flipFuses(binary, { version: FuseVersion.V1, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin', ...FUSES });
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.electronBinary = electronBinary;
