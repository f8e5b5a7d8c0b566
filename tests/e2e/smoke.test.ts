// Smoke test of the production renderer in Chromium with window.placard bound to the real
// main-process handlers: the shell loads cleanly, the bridge carries calls, bytes, errors and
// menu clicks like Electron's IPC would, and the language switch translates and persists.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, apiErrorInfo } from '../../core/api';
import { CONTENT_SECURITY_POLICY, REPO_ROOT, launchApp, readPng, snap, solidPng, type PlacardApp, type QueuedDialogs } from './harness';

const REGIONS = ['toolbar', 'left-panel', 'canvas', 'right-panel', 'status-bar'] as const;

type Box = { x: number; y: number; width: number; height: number };

/** A raw GET (browsers normalize "../" away before sending; this does not). */
function rawGet(origin: string, rawPath: string): Promise<{ status: number; csp: string | undefined }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path: rawPath }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, csp: res.headers['content-security-policy'] as string | undefined });
    }).on('error', reject);
  });
}

function flatten(json: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else if (v && typeof v === 'object') Object.assign(out, flatten(v, key));
  }
  return out;
}

describe('app shell smoke test', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-smoke-'));
    app = await launchApp();
    await app.page.getByTestId('canvas').waitFor({ state: 'visible' });
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('shows toolbar, left panel, canvas, right panel and status bar in a desktop layout', async () => {
    const boxes = {} as Record<(typeof REGIONS)[number], Box>;
    for (const id of REGIONS) {
      const region = app.page.getByTestId(id);
      await region.waitFor({ state: 'visible' });
      const box = await region.boundingBox();
      expect(box, `${id} has no layout box`).not.toBeNull();
      expect(box!.width * box!.height, `${id} is empty`).toBeGreaterThan(0);
      boxes[id] = box!;
    }
    const bottom = (b: Box) => b.y + b.height;
    const right = (b: Box) => b.x + b.width;
    expect(bottom(boxes.toolbar)).toBeLessThanOrEqual(boxes.canvas.y + 1);
    expect(right(boxes['left-panel'])).toBeLessThanOrEqual(boxes.canvas.x + 1);
    expect(right(boxes.canvas)).toBeLessThanOrEqual(boxes['right-panel'].x + 1);
    expect(boxes['status-bar'].y).toBeGreaterThanOrEqual(bottom(boxes.canvas) - 1);
    // The Konva stage inside the canvas region actually rendered.
    expect(await app.page.locator('[data-testid="canvas"] canvas').count()).toBeGreaterThan(0);
    await snap(app.page, 'shell-en');
  });

  it('loads without console errors, page errors or refused requests', async () => {
    await app.page.waitForLoadState('networkidle');
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it("loads only the interface language's messages: Spanish when asked, and English not at all when the setting says Spanish", async () => {
    const { page } = app;
    const chunk = (language: string) => page.evaluate((l) => performance.getEntriesByType('resource').filter((e) => new RegExp(`/assets/${l}-[^/]+\\.js$`).test(e.name)).length, language);
    expect(await chunk('en')).toBe(1);
    expect(await chunk('es')).toBe(0);
    await page.getByTestId('language-select').selectOption('es');
    await expect.poll(() => page.getByTestId('file-menu').textContent()).toContain('Archivo');
    expect(await chunk('es')).toBe(1);
    // The setting is saved (the page saves it after switching): the next start is Spanish from its
    // first frame, without the English chunk.
    await expect.poll(() => page.evaluate(() => window.placard!.getSettings().then((s) => s.language))).toBe('es');
    await page.reload();
    await page.getByTestId('canvas').locator('canvas').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.getByTestId('file-menu').textContent()).toContain('Archivo');
    expect(await chunk('es')).toBe(1);
    expect(await chunk('en')).toBe(0);
    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.getByTestId('file-menu').textContent()).toContain('File');
    expect(await chunk('en')).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  it('starts in the language the window showed last, and follows the settings when they name another', async () => {
    const { page } = app;
    // The window last showed English; the settings say Spanish (changed while it was closed).
    await page.evaluate(() => localStorage.setItem('placard.uiLanguage', 'en'));
    await writeFile(join(app.userDataDir, 'settings.json'), JSON.stringify({ language: 'es' }));
    await page.reload();
    await page.getByTestId('canvas').locator('canvas').first().waitFor();
    await expect.poll(() => page.getByTestId('file-menu').textContent()).toContain('Archivo');
    expect(await page.getByTestId('language-select').inputValue()).toBe('es');
    expect(await page.evaluate(() => [document.documentElement.lang, localStorage.getItem('placard.uiLanguage')])).toEqual(['es', 'es']);
    // The untouched blank design follows too: its text is Spanish.
    expect(await page.getByTestId('doc-language').inputValue()).toBe('es');
    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.getByTestId('file-menu').textContent()).toContain('File');
    expect(app.pageErrors).toEqual([]);
  });

  it('fetches the dialogs, the other tabs and the PDF writer once idle, without running them, and opens a dialog from its chunk', async () => {
    const { page } = app;
    // Once idle, every lazy chunk is asked for with modulepreload (fetched and compiled, not run).
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname)), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/assets\/pdf-[\w-]+\.js$/), expect.stringMatching(/^\/assets\/ExportDialog-[\w-]+\.js$/), expect.stringMatching(/^\/assets\/TemplatesPanel-[\w-]+\.js$/)]),
    );
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    await expect.poll(async () => (await fetched()).some((p) => /^\/assets\/pdf-/.test(p)), { timeout: 10_000 }).toBe(true);
    // A dialog from its chunk gets the focus, so its own keys work: Escape closes it.
    await app.menu('file.export');
    await page.getByTestId('export-dialog').waitFor();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid=export-dialog]'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it('serves the build with the production CSP and the app:// path rules', async () => {
    const index = await rawGet(app.url, '/');
    expect(index).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY });
    for (const escape of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/missing.js'])
      expect((await rawGet(app.url, escape)).status, escape).toBe(404);
  });

  it('exposes exactly the API methods plus onMenuAction on window.placard, backed by the real handlers', async () => {
    const keys = await app.page.evaluate(() => Object.keys(window.placard ?? {}).sort());
    expect(keys).toEqual([...API_METHODS, 'onMenuAction', 'onOpenFile', 'onCloseRequested'].sort());
    const info = await app.page.evaluate(() => window.placard!.getAppInfo());
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(info).toEqual({ version: pkg.version, platform: process.platform, shell: 'electron' });
  });

  it('carries image bytes both ways between the page and the handlers', async () => {
    const source = join(scratch, 'photo.png');
    const pngBytes = solidPng(3, 2, { r: 200, g: 30, b: 40, a: 255 });
    await writeFile(source, pngBytes);
    app.dialogs.nextOpen(source);
    const opened = await app.page.evaluate(async () => {
      const image = await window.placard!.openImage();
      return image && { name: image.name, mime: image.mime, isBytes: image.bytes instanceof Uint8Array, bytes: Array.from(image.bytes) };
    });
    expect(opened).toEqual({ name: 'photo.png', mime: 'image/png', isBytes: true, bytes: Array.from(pngBytes) });

    const target = join(scratch, 'out.png');
    app.dialogs.nextSave(target);
    const saved = await app.page.evaluate(
      (bytes) => window.placard!.saveExport({ suggestedName: 'poster.png', mime: 'image/png', bytes: new Uint8Array(bytes) }),
      Array.from(pngBytes),
    );
    expect(saved).toEqual({ status: 'saved', path: target });
    expect(app.dialogs.saveCalls.at(-1)?.suggestedName).toBe('poster.png');
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array(pngBytes));
    const decoded = readPng(target);
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    expect(decoded.pixel(2, 1)).toEqual({ r: 200, g: 30, b: 40, a: 255 });
  });

  it('refuses invalid arguments with a coded error, as the IPC layer does', async () => {
    const message = await app.page.evaluate(async () => {
      try {
        await window.placard!.saveExport({ suggestedName: '../escape.png', mime: 'image/png', bytes: new Uint8Array(4) });
        return 'resolved';
      } catch (err) {
        return (err as Error).message;
      }
    });
    expect(message).toContain("Error invoking remote method 'export:save'");
    expect(apiErrorInfo(new Error(message))?.code).toBe('ipc.invalid-args');
    expect(app.dialogs.pending()).toEqual({ open: 0, save: 0, folder: 0 });
  });

  it('delivers native menu choices to onMenuAction listeners and to the app', async () => {
    const layers = app.page.locator('[data-testid^="layer-"]');
    const before = await layers.count();
    const listeners = await app.menu('insert.text');
    expect(listeners).toBeGreaterThanOrEqual(1);
    await expect.poll(() => layers.count()).toBe(before + 1);

    // A listener the page adds receives the id, and stops receiving it once unsubscribed.
    const received = await app.page.evaluate(() => {
      const got: string[] = [];
      const off = window.placard!.onMenuAction((id) => got.push(id));
      (window as unknown as { __menuProbe: { got: string[]; off(): void } }).__menuProbe = { got, off };
      return got.length;
    });
    expect(received).toBe(0);
    await app.menu('view.fit');
    await app.page.evaluate(() => (window as unknown as { __menuProbe: { off(): void } }).__menuProbe.off());
    await app.menu('view.fit');
    expect(await app.page.evaluate(() => (window as unknown as { __menuProbe: { got: string[] } }).__menuProbe.got)).toEqual(['view.fit']);
  });

  it('switches the interface to Spanish, and remembers it across a reload', async () => {
    const en = flatten(JSON.parse(readFileSync(join(REPO_ROOT, 'renderer/i18n/en.json'), 'utf8')));
    const es = flatten(JSON.parse(readFileSync(join(REPO_ROOT, 'renderer/i18n/es.json'), 'utf8')));
    // Messages whose Spanish text differs from every English message, without placeholders.
    const englishTexts = new Set(Object.values(en));
    const spanishOnly = Object.values(es).filter((text) => !englishTexts.has(text) && !text.includes('{{') && text.length >= 4);
    const visibleSpanish = async () => {
      const text = await app.page.locator('body').innerText();
      return spanishOnly.filter((s) => text.includes(s));
    };

    const select = app.page.getByTestId('language-select');
    expect(await select.inputValue()).toBe('en');
    const englishText = await app.page.locator('body').innerText();
    expect(await visibleSpanish()).toEqual([]);

    await select.selectOption('es');
    await expect.poll(async () => (await visibleSpanish()).length).toBeGreaterThanOrEqual(3);
    expect(await app.page.locator('body').innerText()).not.toBe(englishText);
    await snap(app.page, 'shell-es');

    // The choice went through the real settings handler to disk, and the app starts in it.
    await expect.poll(() => app.page.evaluate(() => window.placard!.getSettings().then((s) => s.language))).toBe('es');
    await app.page.reload({ waitUntil: 'load' });
    await app.page.getByTestId('toolbar').waitFor({ state: 'visible' });
    expect(await app.page.getByTestId('language-select').inputValue()).toBe('es');
    expect((await visibleSpanish()).length).toBeGreaterThanOrEqual(3);

    await app.page.getByTestId('language-select').selectOption('en');
    await expect.poll(async () => (await visibleSpanish()).length).toBe(0);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it("a first start speaks the system's language: Spanish from the first frame on a Spanish system, with only its messages", async () => {
    const es = await launchApp({ locale: 'es-MX' });
    try {
      const { page } = es;
      await page.getByTestId('canvas').locator('canvas').first().waitFor();
      expect(await page.getByTestId('file-menu').textContent()).toContain('Archivo');
      expect(await page.getByTestId('language-select').inputValue()).toBe('es');
      // The blank design it opens with is written in Spanish.
      expect(await page.getByTestId('doc-language').inputValue()).toBe('es');
      // The first render already was Spanish: the English messages were never fetched.
      const chunks = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/assets\/(en|es)-[^/]+\.js$/.test(n)));
      expect(chunks.map((n) => n.replace(/^.*\/assets\/(en|es)-.*$/, '$1'))).toEqual(['es']);
      // The settings say so too (the system's language is their default), so the menus are Spanish.
      expect(await page.evaluate(() => window.placard!.getSettings().then((s) => s.language))).toBe('es');
      await page.waitForTimeout(300);
      expect(await page.getByTestId('language-select').inputValue()).toBe('es');
      expect(es.pageErrors).toEqual([]);
    } finally {
      await es.close();
    }
  });
});
