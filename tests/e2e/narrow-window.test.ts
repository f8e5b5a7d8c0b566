// The smallest window (electron/main.ts: minWidth 800, minHeight 560, a window beside a
// spreadsheet) still shows everything a volunteer needs: the whole toolbar with Export, the whole
// fill-in form, a canvas of useful size, and the export dialog's Export button without scrolling.
// The left panel floats over the canvas there and gets out of the way; in a wide window it sits
// beside the canvas and can be hidden to give the canvas its room.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, snap, type PlacardApp, type QueuedDialogs } from './harness';
import { openTemplate } from './harness/fill-in';

type Box = { left: number; right: number; top: number; bottom: number; width: number };

const box = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
  }, selector) as Promise<Box | null>;

/** Whether the whole box is inside the window. */
const inView = (page: Page, b: Box | null) => {
  const { width, height } = page.viewportSize()!;
  return !!b && b.left >= 0 && b.top >= 0 && b.right <= width + 0.5 && b.bottom <= height + 0.5;
};

describe('a narrow window', () => {
  let app: PlacardApp<QueuedDialogs> | null = null;
  afterAll(async () => {
    await app?.close();
  });

  it('shows the toolbar, the form and the canvas whole at 800 x 560, with the left panel floating over the canvas', async () => {
    app = await launchApp({ viewport: { width: 800, height: 560 } });
    const { page } = app;
    await page.getByTestId('toolbar').waitFor();
    // The window starts with the canvas clear: the rail is there, its panel closed.
    await page.getByTestId('tab-templates').waitFor();
    expect(await page.getByTestId('left-panel').count()).toBe(0);
    // Nothing is pushed past the window's edge: the toolbar fits, Export and the language are in view.
    expect(await page.evaluate(() => document.querySelector('[data-testid="toolbar"]')!.scrollWidth)).toBeLessThanOrEqual(800);
    expect(inView(page, await box(page, '[data-testid="toolbar"] [data-action="file.export"]'))).toBe(true);
    expect(inView(page, await box(page, '[data-testid="language-select"]'))).toBe(true);
    // Copy image, whose button gives way, is in the File menu.
    await page.getByTestId('file-menu').click();
    await expect.poll(() => page.getByTestId('menu-edit.copyImage').isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    // An element added from the floating panel closes it, so the new element shows.
    await page.getByTestId('tab-design').click();
    await page.getByTestId('left-panel').waitFor();
    await page.getByTestId('left-panel').locator('[data-action="insert.text"]').first().click();
    await expect.poll(() => page.getByTestId('left-panel').count()).toBe(0);
    await page.keyboard.press('Control+z');
    // The undone text leaves the selection with the design (renderer/state/selection-sync.ts).
    await expect.poll(() => page.getByTestId('status-bar').textContent()).toContain('Nothing selected');

    // The templates float over the canvas: the canvas keeps its width.
    const canvasBefore = (await box(page, '.canvas-area'))!;
    await page.getByTestId('tab-templates').click();
    await page.getByTestId('left-panel').waitFor();
    expect((await box(page, '.canvas-area'))!.width).toBe(canvasBefore.width);
    expect(inView(page, await box(page, '[data-testid="left-panel"]'))).toBe(true);
    await snap(page, 'narrow-window-templates');

    // Opening one closes them: the canvas and the whole form show.
    await openTemplate(page, 'event-rally-cover');
    await expect.poll(() => page.getByTestId('left-panel').count()).toBe(0);
    const form = await box(page, '[data-testid="right-panel"]');
    expect(inView(page, form)).toBe(true);
    expect(form!.right).toBe(800);
    expect((await box(page, '.canvas-area'))!.width).toBeGreaterThanOrEqual(400);
    // The template bar's buttons fit on the canvas's width.
    const bar = (await box(page, '[data-testid="template-bar"]'))!;
    const edit = (await box(page, '[data-testid="template-bar"] [data-action="template.editCopy"]'))!;
    expect(edit.right).toBeLessThanOrEqual(bar.right);
    expect(edit.bottom - edit.top).toBeLessThanOrEqual(32);
    await snap(page, 'narrow-window-fill-in');

    // The size bar under the canvas fits too when a platform size is shown, in Spanish's longer
    // words: its controls sit side by side inside it, none over another.
    await page.getByTestId('language-select').selectOption('es');
    await expect.poll(() => page.getByTestId('size-overview-open').textContent()).toBe('Todos los tamaños');
    await page.getByTestId('size-select').selectOption('instagram-story');
    await page.getByTestId('size-reset').waitFor();
    const sizeBar = (await box(page, '[data-testid="size-bar"]'))!;
    const parts = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="size-bar"] > *')]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => ({ left: r.left, right: r.right })),
    );
    expect(parts.length).toBeGreaterThanOrEqual(5);
    for (const [i, part] of parts.entries()) {
      expect(part.left).toBeGreaterThanOrEqual(sizeBar.left);
      expect(part.right).toBeLessThanOrEqual(sizeBar.right);
      if (i > 0) expect(part.left).toBeGreaterThanOrEqual(parts[i - 1]!.right);
    }
    expect((await box(page, '[data-testid="size-select"]'))!.width).toBeGreaterThanOrEqual(110);
    await snap(page, 'narrow-window-size');

    // A press on the canvas closes the floating panel again.
    await page.getByTestId('tab-templates').click();
    await page.getByTestId('left-panel').waitFor();
    const canvas = (await box(page, '.canvas-area'))!;
    await page.mouse.click(canvas.right - 20, canvas.top + 120);
    await expect.poll(() => page.getByTestId('left-panel').count()).toBe(0);

    // Escape inside it closes it as well, and the focus stays on its tab.
    await page.getByTestId('tab-templates').click();
    await page.getByTestId('left-panel').waitFor();
    await page.getByTestId('left-panel').locator('input').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('left-panel').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-templates');

    // The export dialog's Export button is in view without scrolling, however long the checks run.
    await page.locator('[data-testid=toolbar] [data-action="file.export"]').click();
    await page.getByTestId('export-dialog').waitFor();
    await expect.poll(async () => inView(page, await box(page, '[data-testid="export-start"]'))).toBe(true);
    expect(await page.evaluate(() => document.querySelector('dialog[open]')!.scrollHeight > document.querySelector('dialog[open]')!.clientHeight)).toBe(true);
    // The language choice keeps one line, as the format choice does: "EN + ES" where the words do not fit.
    const height = async (sel: string) => (await page.locator(sel).boundingBox())!.height;
    expect(await height('[data-testid=langs-current]')).toBe(await height('[data-testid=format-png]'));
    expect(await height('[data-testid=langs-both]')).toBe(await height('[data-testid=format-png]'));
    expect(await page.getByTestId('langs-both').innerText()).toBe('EN + ES');
    expect(await page.getByTestId('langs-both').getAttribute('aria-label')).toBe('Inglés y español');
    await snap(page, 'narrow-window-export');
    expect(app.pageErrors).toEqual([]);
    await app.close();
    app = null;
  });

  it('keeps the left panel beside the canvas in a wide window, and hides and shows it', async () => {
    app = await launchApp({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await openTemplate(page, 'event-rally-cover');
    // Opening a template leaves the docked panel as it was.
    await page.getByTestId('left-panel').waitFor();
    const docked = (await box(page, '.canvas-area'))!;
    const panel = (await box(page, '[data-testid="left-panel"]'))!;
    expect(docked.left).toBeGreaterThanOrEqual(panel.right - 1);
    // The template bar's hint shows only where a few words of it fit (never "Su a…").
    const hint = page.locator('.template-bar-text');
    expect(await hint.isVisible()).toBe(false);
    expect(await page.getByTestId('mode-badge').getAttribute('title')).toBeTruthy();
    await page.getByTestId('left-panel-toggle').click();
    await expect.poll(() => page.getByTestId('left-panel').count()).toBe(0);
    const wider = (await box(page, '.canvas-area'))!;
    expect(wider.width).toBeGreaterThan(docked.width + 200);
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect((await hint.boundingBox())!.width).toBeGreaterThan(160);
    expect(await page.getByTestId('left-panel-toggle').getAttribute('aria-label')).toBe('Show the panel');
    // Any tab shows it again, on that tab.
    await page.getByTestId('tab-brand').click();
    await page.getByTestId('left-panel').waitFor();
    expect(await page.getByTestId('tab-brand').getAttribute('aria-selected')).toBe('true');
    expect((await box(page, '.canvas-area'))!.width).toBe(docked.width);
    expect(app.pageErrors).toEqual([]);
  });
});
