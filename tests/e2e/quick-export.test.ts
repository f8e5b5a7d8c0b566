// Quick exports draw what the canvas shows: with no size previewed, the design's own size; with a
// size chosen under "Preview size", that size with its adaptation. The File menu and the buttons
// say which size they will draw, and the PNGs on disk and on the clipboard have it.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng, launchApp, readPng, recordWorkerMessages, snap, workerMessages, type PlacardApp, type QueuedDialogs } from './harness';

describe('quick exports (Export PNG, Copy image)', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-quick-'));
    app = await launchApp({ prepare: recordWorkerMessages });
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
    await app.page.locator('[data-testid=toolbar] [data-action="insert.rect"]').click();
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it("export the design's own size when no size is previewed, and say so in the File menu", async () => {
    const { page, dialogs } = app;
    await page.getByTestId('file-menu').click();
    await expect.poll(() => page.getByTestId('menu-detail-file.exportPng').textContent()).toBe('1080 × 1080');
    await snap(page, 'quick-export-file-menu-en');
    const target = join(scratch, 'own.png');
    dialogs.nextSave(target);
    await page.getByTestId('menu-file.exportPng').click();
    await expect.poll(() => existsSync(target), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('status-message').textContent(), { timeout: 20_000 }).toContain(target);
    const png = readPng(target);
    expect([png.width, png.height]).toEqual([1080, 1080]);
    expect(dialogs.saveCalls.at(-1)?.suggestedName).toMatch(/-1080x1080\.png$/);
    // The first one-off export draws on the page (starting the export workers would cost more than
    // drawing), starts them with the faces for the next export, and encodes in one.
    const told = await workerMessages(page, true);
    expect(told).toContain('placard-encode:face');
    expect(told).toContain('placard-encode:encode');
    expect(told).not.toContain('placard-encode:draw');
  });

  it('export and copy the previewed size, adapted, once one is chosen', async () => {
    const { page, dialogs } = app;
    await page.getByTestId('size-select').selectOption('instagram-story');
    await page.getByTestId('file-menu').click();
    await expect.poll(() => page.getByTestId('menu-detail-file.exportPng').textContent()).toBe('1080 × 1920');
    const target = join(scratch, 'story.png');
    dialogs.nextSave(target);
    await page.getByTestId('menu-file.exportPng').click();
    await expect.poll(() => existsSync(target), { timeout: 20_000 }).toBe(true);
    expect([readPng(target).width, readPng(target).height]).toEqual([1080, 1920]);
    // The workers are running now: this one was drawn in a worker.
    expect(await workerMessages(page)).toContain('placard-encode:draw');
    // The export has finished (not only written its file) before the next command runs.
    await expect.poll(() => page.getByTestId('status-message').textContent(), { timeout: 20_000 }).toContain(target);

    const before = app.clipboardWrites.length;
    await app.menu('edit.copyImage');
    await expect.poll(() => app.clipboardWrites.length, { timeout: 20_000 }).toBe(before + 1);
    const copied = decodePng(app.clipboardWrites.at(-1)!);
    expect([copied.width, copied.height]).toEqual([1080, 1920]);
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('1080');

    // The same command is one click away on the toolbar, its tooltip naming the size and shortcut.
    const button = page.locator('[data-testid=toolbar] [data-action="edit.copyImage"]');
    expect(await button.getAttribute('title')).toMatch(/^Copy image: 1080 × 1920 \((Ctrl|⌘|Cmd)\+?(Shift|⇧)\+?C\)$/);
    const beforeClick = app.clipboardWrites.length;
    await button.click();
    await expect.poll(() => app.clipboardWrites.length, { timeout: 20_000 }).toBe(beforeClick + 1);
    const clicked = decodePng(app.clipboardWrites.at(-1)!);
    expect([clicked.width, clicked.height]).toEqual([1080, 1920]);
    await snap(page, 'toolbar-copy-image-en');
  });
});
