// Documents end to end: the real renderer in Chromium, window.placard bound to the real main
// handlers on a temporary user-data folder, native dialogs answered by QueuedDialogs.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocument } from '../../electron/services/documents';
import { launchApp, snap, solidPng, type PlacardApp, type QueuedDialogs } from './harness';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

describe('documents: new, edit, save, reopen, save as, recent, unsaved prompt', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-docs-e2e-'));
    app = await launchApp();
    await app.page.getByTestId('canvas').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  const status = () => app.page.getByTestId('status-message').textContent();
  const title = () => app.page.getByTestId('doc-title').textContent();
  const dirtyDots = () => app.page.locator('[data-testid=doc-title] .dirty-dot').count();
  const fileMenu = async (entry: string) => {
    await app.page.getByTestId('file-menu').click();
    await app.page.getByTestId(entry).click();
  };

  it('saves a design with an image, reopens it deep-equal, saves it as another file', async () => {
    const { page, dialogs } = app;
    await page.locator('[data-testid=toolbar] [data-action="insert.text"]').click();
    const png = join(scratch, 'red.png');
    await writeFile(png, solidPng(40, 30, { r: 220, g: 30, b: 40, a: 255 }));
    dialogs.nextOpen(png);
    await page.locator('[data-testid=toolbar] [data-action="insert.image"]').click();
    await expect.poll(status).toContain('red.png');
    expect(await dirtyDots()).toBe(1);

    const first = join(scratch, 'flyer');
    dialogs.nextSaveDocument(first);
    await page.locator('[data-testid=canvas]').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(`${MOD}+S`);
    await expect.poll(status).toContain('flyer.placard');
    expect(await title()).toBe('flyer.placard');
    expect(await dirtyDots()).toBe(0);
    const saved = await openDocument(`${first}.placard`);
    expect(saved.design.elements.map((e) => e.type)).toEqual(['text', 'image']);
    expect(saved.assets.size).toBe(1);

    // Change it, then open the saved file again: the unsaved prompt comes first.
    await page.locator('[data-testid=toolbar] [data-action="insert.rect"]').click();
    expect(await dirtyDots()).toBe(1);
    dialogs.nextOpenDocument(`${first}.placard`);
    await fileMenu('menu-file.open');
    await page.getByTestId('confirm-discard').click();
    await expect.poll(status).toContain('Opened');
    expect(await dirtyDots()).toBe(0);

    // Save as another file: what the editor holds after reopening is exactly what was saved.
    const second = join(scratch, 'copy.placard');
    dialogs.nextSaveDocument(second);
    await page.keyboard.press(`${MOD}+Shift+S`);
    await expect.poll(title).toBe('copy.placard');
    const copy = await openDocument(second);
    expect(copy.design).toEqual(saved.design);
    expect(copy.assets).toEqual(saved.assets);
    expect(dialogs.fileCalls.map((c) => c.kind)).toEqual(['saveDocument', 'openDocument', 'saveDocument']);
  });

  it('lists recent files newest first, opens one, and prunes a deleted one with a notice', async () => {
    const { page } = app;
    await page.getByTestId('file-menu').click();
    await expect.poll(() => page.getByTestId('recent-0').textContent()).toBe('copy.placard');
    expect(await page.getByTestId('recent-1').textContent()).toBe('flyer.placard');
    await snap(page, 'documents-file-menu-en');
    await page.getByTestId('recent-1').click();
    await expect.poll(title).toBe('flyer.placard');
    await rm(join(scratch, 'copy.placard'));
    await page.getByTestId('file-menu').click();
    await expect.poll(status).toContain('copy.placard');
    expect(await status()).toContain('not found');
    expect(await page.getByTestId('recent-0').textContent()).toBe('flyer.placard');
    expect(await page.getByTestId('recent-1').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('asks before New throws away unsaved changes (cancel keeps them, discard clears)', async () => {
    const { page } = app;
    await page.locator('[data-testid=toolbar] [data-action="insert.ellipse"]').click();
    const layers = () => page.locator('[data-testid^="layer-"]:not([data-testid^="layer-visible-"]):not([data-testid^="layer-lock-"])').count();
    const before = await layers();
    await fileMenu('menu-file.new');
    await page.getByTestId('confirm-cancel').waitFor({ state: 'visible' });
    await snap(page, 'documents-unsaved-prompt-en');
    expect(await page.getByTestId('modal').textContent()).toContain('Save changes to “flyer.placard”?');
    await page.getByTestId('confirm-cancel').click();
    expect(await layers()).toBe(before);
    await fileMenu('menu-file.new');
    await page.getByTestId('confirm-discard').click();
    await expect.poll(layers).toBe(0);
    expect(await title()).not.toBe('flyer.placard');
  });

  it('answers the window close request: Cancel keeps the window, Don\'t save closes it', async () => {
    const { page } = app;
    await page.locator('[data-testid=toolbar] [data-action="insert.text"]').click();
    expect(await app.emit('closeRequested')).toBe(1);
    await page.getByTestId('confirm-cancel').click();
    await expect.poll(() => app.closeAnswers).toEqual([false]);
    await app.emit('closeRequested');
    await page.getByTestId('confirm-discard').click();
    await expect.poll(() => app.closeAnswers).toEqual([false, true]);
  });
});

describe('documents in Spanish', () => {
  it('shows the unsaved prompt in Spanish', async () => {
    const app = await launchApp({ settings: { language: 'es' } });
    try {
      const { page } = app;
      await page.getByTestId('canvas').waitFor({ state: 'visible' });
      await page.locator('[data-testid=toolbar] [data-action="insert.text"]').click();
      await page.getByTestId('file-menu').click();
      await page.getByTestId('menu-file.new').click();
      await page.getByTestId('confirm-discard').waitFor({ state: 'visible' });
      expect(await page.getByTestId('modal').textContent()).toContain('¿Guardar los cambios');
      expect(await page.getByTestId('confirm-discard').textContent()).toBe('No guardar');
      await snap(page, 'documents-unsaved-prompt-es');
    } finally {
      await app.close();
    }
  });
});

describe('file association', () => {
  it('opens a .placard and installs a .placardpack the OS passed at start', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'placard-assoc-e2e-'));
    const { saveDocument } = await import('../../electron/services/documents');
    const { writePack } = await import('../../core/bundle');
    const { pngBytes, sampleDesign, samplePackInput } = await import('../helpers/hostile-corpus');
    const doc = join(scratch, 'from-os.placard');
    await saveDocument(doc, sampleDesign('doc_os'), new Map([['logo', pngBytes()]]));
    const pack = join(scratch, 'from-os.placardpack');
    await writeFile(pack, writePack(samplePackInput('1.0.0', 'org.example.os')));
    const app = await launchApp({ openFiles: [doc, pack] });
    try {
      const { page } = app;
      await expect.poll(() => page.getByTestId('doc-title').textContent(), { timeout: 15_000 }).toBe('from-os.placard');
      await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('Installed “Rally pack” 1.0.0');
      await page.getByTestId('tab-design').click();
      expect(await page.locator('[data-testid^="layer-"]:not([data-testid^="layer-visible-"]):not([data-testid^="layer-lock-"])').count()).toBe(2);
    } finally {
      await app.close();
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
