// All sizes at once (issue 13): the overview shows the design at every preset, each thumbnail as
// the size exports, with the platform's hidden parts dimmed only where the platform hides
// something, and the size check's findings under each card, in English and Spanish; a card
// opens its size on the canvas for hand adjustment; the export dialog shows the same thumbnails.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveDocument } from '../../electron/services/documents';
import { createDesign, createShapeElement, createTextElement } from '../../core/model';
import { PRESETS } from '../../core/presets';
import { dismissUnsaved, launchApp, snap, type PlacardApp, type QueuedDialogs } from './harness';

const TEMPLATE = 'announce-contract-win';

/** The RGB of one thumbnail pixel, at a share of its width and height. */
function pixel(page: Page, presetId: string, fx: number, fy: number): Promise<number[]> {
  return page.getByTestId(`size-thumb-${presetId}`).evaluate(
    (canvas: HTMLCanvasElement, [x, y]) => [...canvas.getContext('2d')!.getImageData(Math.floor(canvas.width * x), Math.floor(canvas.height * y), 1, 1).data].slice(0, 3),
    [fx, fy] as const,
  );
}

async function allDrawn(page: Page, prefix: string, n: number) {
  await expect.poll(() => page.locator(`[data-testid^="${prefix}"][data-drawn=yes]`).count(), { timeout: 30_000 }).toBe(n);
}

describe('all sizes at once', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-sizes-'));
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('shows a built-in template at every size, each laid out as designed, dimmed only where the platform hides something, with contrast checked per size', async () => {
    const { page } = app;
    await page.getByTestId('tab-templates').click();
    await page.getByTestId(`template-card-${TEMPLATE}`).locator('.template-thumb').click();
    await page.getByTestId('fill-in-form').waitFor();
    await page.getByTestId('size-overview-open').click();
    await page.getByTestId('size-overview').waitFor();
    await allDrawn(page, 'size-thumb-', PRESETS.length);
    expect(await page.locator('[data-testid^="size-card-"][data-issues]').evaluateAll((els) => els.filter((e) => e.getAttribute('data-testid')!.split('-').length > 2 && e.matches('li')).map((e) => e.getAttribute('data-issues')))).toEqual(PRESETS.map(() => '0'));
    // Contrast is measured at every size too, against the pixels behind the text.
    await expect.poll(() => page.locator('li[data-testid^="size-card-"][data-contrast]:not([data-contrast=""])').count(), { timeout: 30_000 }).toBe(PRESETS.length);
    // At 400 x 400 the yellow kicker on red is no longer large text, and 3.7:1 is too little for
    // text that small: that one size says so. Every other size reads well.
    const lowContrast = await page.locator('li[data-testid^="size-card-"]:not([data-contrast="0"])').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(lowContrast).toEqual(['size-card-x-profile']);
    expect(await page.getByTestId('size-card-x-profile').locator('[data-code="contrast.low"]').textContent()).toContain('“Kicker”');
    expect(await page.getByTestId('size-card-status-instagram-story').textContent()).toBe('Looks as designed');
    // The story's top bar is dimmed; the X post, whose whole page shows, is not. The template's red is #C8102E.
    const storyTop = await pixel(page, 'instagram-story', 0.5, 0.03);
    const xTop = await pixel(page, 'x-post', 0.5, 0.03);
    expect(Math.abs(xTop[0]! - 0xc8)).toBeLessThan(12);
    expect(storyTop[0]!).toBeLessThan(0xc8 - 50);
    // The profile picture's corners are outside its circle: dimmed; its middle is not.
    expect((await pixel(page, 'facebook-profile', 0.03, 0.03))[0]!).toBeLessThan(0xc8 - 50);
    await snap(page, 'size-overview-we-won');
    await page.getByTestId('size-overview-platform').selectOption('instagram');
    expect(await page.locator('li[data-testid^="size-card-"]').count()).toBe(PRESETS.filter((p) => p.platform === 'instagram').length);
    await page.getByTestId('size-overview-close').click();
    expect(await page.getByTestId('size-overview').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('lists what broke at a size, and opens that size on the canvas to adjust it', async () => {
    const { page, dialogs } = app;
    // The author pinned the tag to the top-left corner, so it stays under the story's top bar.
    const design = createDesign({ width: 1200, height: 630, name: 'Pinned tag' });
    design.elements.push(
      createShapeElement({ id: 'ring', name: 'Ring', shape: 'ellipse', x: 800, y: 150, width: 300, height: 300, fill: '#ffcc00' }),
      createTextElement({ id: 'tag', name: 'Tag', x: 10, y: 10, width: 300, height: 50, text: 'Local 42', fontSize: 36, anchor: { horizontal: 'left', vertical: 'top' } }),
      createTextElement({ id: 'title', name: 'Title', x: 80, y: 200, width: 640, height: 200, text: 'Fair contract now', fontSize: 80 }),
      createTextElement({ id: 'fine', name: 'Fine print', x: 80, y: 480, width: 640, height: 60, text: 'Paid for by Local 42', fontSize: 30, fill: '#d0d0d0' }),
    );
    const file = join(scratch, 'pinned.placard');
    await saveDocument(file, design, new Map());
    dialogs.nextOpenDocument(file);
    await app.menu('file.open');
    await dismissUnsaved(page);
    await page.getByTestId('tab-design').click();
    await expect.poll(() => page.getByTestId('layer-tag').count()).toBe(1);
    // The inspector shows where the tag goes at other sizes: pinned to the top left.
    await page.getByTestId('layer-tag').click();
    expect(await page.getByTestId('anchor-horizontal').inputValue()).toBe('left');
    expect(await page.getByTestId('anchor-vertical').inputValue()).toBe('top');
    await page.getByTestId('anchor-section').scrollIntoViewIfNeeded();
    await snap(page, 'inspector-anchor');
    await page.getByTestId('layer-ring').click();
    expect(await page.getByTestId('anchor-vertical').inputValue()).toBe('scale');
    await page.keyboard.press('Escape');
    await app.menu('view.allSizes');
    await page.getByTestId('size-overview').waitFor();
    await allDrawn(page, 'size-thumb-', PRESETS.length);
    const card = page.getByTestId('size-card-instagram-story');
    expect(await card.getAttribute('data-issues')).not.toBe('0');
    expect(await card.locator('.size-card-issues').textContent()).toContain('“Tag” is outside the safe area');
    // Light grey on white is too faint at every size, and the card says so.
    await expect.poll(() => page.getByTestId('size-card-x-post').locator('[data-code="contrast.low"]').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('size-card-x-post').locator('[data-code="contrast.low"]').textContent()).toContain('“Fine print”');
    expect(await page.getByTestId('size-card-status-x-post').textContent()).toBe('1 problem');
    // The circle stayed a circle at every size: nothing says "distorted".
    expect(await page.locator('.size-card-issues', { hasText: 'distorted' }).count()).toBe(0);
    await card.scrollIntoViewIfNeeded();
    await snap(page, 'size-overview-problem');
    await page.getByTestId('size-card-open-instagram-story').click();
    expect(await page.getByTestId('size-overview').count()).toBe(0);
    expect(await page.getByTestId('size-select').inputValue()).toBe('instagram-story');
    expect(await page.getByTestId('size-dims').textContent()).toBe('1080 × 1920');
    await page.getByTestId('size-select').selectOption('');
  });

  it('shows the chosen sizes as thumbnails in the export dialog, with their problems', async () => {
    const { page } = app;
    await app.menu('file.export');
    await page.getByTestId('export-dialog').waitFor();
    for (const id of ['x-post', 'instagram-story']) {
      if (!(await page.getByTestId(`preset-${id}`).isChecked())) await page.getByTestId(`preset-${id}`).check();
    }
    const chosen = await page.locator('[data-testid^="preset-"]:checked').count();
    await allDrawn(page, 'export-preview-thumb-', chosen);
    expect(await page.getByTestId('export-preview-x-post').getAttribute('data-issues')).toBe('0');
    expect(await page.getByTestId('export-preview-instagram-story').getAttribute('data-issues')).not.toBe('0');
    expect(await page.getByTestId('export-preview-instagram-story').getAttribute('title')).toContain('“Tag” is outside the safe area');
    await snap(page, 'export-dialog-previews');
    await page.getByTestId('export-close').click();
  });

  it('speaks Spanish', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('es');
    await page.getByTestId('size-overview-open').click();
    await page.getByTestId('size-overview').waitFor();
    expect(await page.locator('.size-overview .modal-title').textContent()).toBe('Todos los tamaños');
    await expect.poll(() => page.getByTestId('size-card-instagram-story').locator('.size-card-issues').textContent(), { timeout: 30_000 }).toContain('“Tag” queda fuera de la zona segura');
    expect(await page.getByTestId('size-card-open-x-post').textContent()).toBe('Ajustar este tamaño');
    await allDrawn(page, 'size-thumb-', PRESETS.length);
    // Drawn, not blank: the yellow ring shows in the X post's thumbnail.
    await expect.poll(async () => (await page.getByTestId('size-thumb-x-post').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let yellow = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! > 230 && d[i + 1]! > 180 && d[i + 2]! < 60) yellow++;
      return yellow;
    })) > 50).toBe(true);
    await snap(page, 'size-overview-es');
    await page.getByTestId('size-overview-close').click();
    // The inspector's section on other sizes, in Spanish.
    await page.getByTestId('layer-tag').click();
    expect(await page.getByTestId('anchor-section').locator('.panel-heading').textContent()).toBe('En otros tamaños');
    expect(await page.getByTestId('anchor-vertical').locator('option:checked').textContent()).toBe('Arriba');
    await page.getByTestId('anchor-section').scrollIntoViewIfNeeded();
    await snap(page, 'inspector-anchor-es');
    await page.keyboard.press('Escape');
    await page.getByTestId('language-select').selectOption('en');
  });
});
