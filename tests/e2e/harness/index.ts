// The e2e harness: launch the app with real handlers, fake dialogs, read PNGs, take screenshots.
export { launchApp, CHROMIUM_ARGS, CHROMIUM_PATH, RENDERER_DIST, REPO_ROOT, type LaunchOptions, type PlacardApp } from './app';
export { QueuedDialogs } from './dialogs';
export { colorDistance, decodePng, hexColor, readPng, solidPng, type DecodedPng, type Rgba } from './png';
export { CONTENT_SECURITY_POLICY, startRendererServer, type RendererServer } from './server';
export { snap, SCREENSHOT_DIR } from './snap';
export { sharedApp } from './shared-app';
export { finishFillIn, openTemplate } from './fill-in';
export { foldWords, ocrWords } from './ocr';
export { dismissUnsaved, dragOnCanvas, toScreen } from './canvas';
export { choosePresets, openExportDialog } from './export';
export { recordWorkerMessages, workerMessages } from './workers';
export { bundleForPage } from './bundle';
