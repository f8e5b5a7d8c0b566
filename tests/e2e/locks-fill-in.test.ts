// Locks hold on every path (issue 12): in fill-in mode a template keeps its elements, order, size,
// background and kit whether the change comes from the menu, the command palette, a shortcut,
// paste, a dropped photo or undo; a locked design without slots from someone else's file is still
// locked; in the user's own work the Layers panel's lock means a locked element cannot be dragged;
// and the rules an author sets on a slot (note, required, limit) are what the volunteer sees.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveDocument } from '../../electron/services/documents';
import { createDesign, createShapeElement, UNLOCKED } from '../../core/model';
import { dismissUnsaved, dragOnCanvas, launchApp, snap, solidPng, type PlacardApp, type QueuedDialogs } from './harness';

const TEMPLATE = 'announce-contract-win';


const layerIds = (page: Page) =>
  page.locator('[data-testid^="layer-"]:not([data-testid^="layer-visible-"]):not([data-testid^="layer-lock-"])').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));

describe('locks hold on every path', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-locks-'));
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url.replace(/\/$/, '') });
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('a template in fill-in mode takes nothing new: menu, palette, shortcut, paste, drop and undo', async () => {
    const { page } = app;
    await page.getByTestId('tab-templates').click();
    await page.getByTestId(`template-card-${TEMPLATE}`).locator('.template-thumb').click();
    await page.getByTestId('fill-in-form').waitFor();
    await page.getByTestId('tab-design').click();
    const before = await layerIds(page);
    const status = page.getByTestId('status-message');

    // The native menu.
    await app.menu('insert.text');
    await expect.poll(() => status.textContent()).toContain('In fill-in mode nothing is added to a template');
    expect(await layerIds(page)).toEqual(before);
    // The command palette.
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+k');
    await page.getByTestId('palette-input').fill('rectangle');
    await page.keyboard.press('Enter');
    expect(await layerIds(page)).toEqual(before);
    // A shortcut.
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('r');
    expect(await layerIds(page)).toEqual(before);
    // Paste of elements copied elsewhere.
    const pasted = createShapeElement({ id: 'pasted', shape: 'star', x: 10, y: 10, width: 80, height: 80, fill: '#00aa55' });
    await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify({ marker: 'placard/elements@1', elements: [pasted], assets: {} }));
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+v');
    await expect.poll(() => status.textContent()).toContain('nothing is added');
    expect(await layerIds(page)).toEqual(before);
    // A photo dropped on the canvas.
    const png = solidPng(64, 64, { r: 0, g: 170, b: 85, a: 255 });
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'green.png', { type: 'image/png' }));
      const target = document.querySelector('[data-testid=canvas]')!;
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: 700, clientY: 400 }));
    }, [...png]);
    await page.waitForTimeout(500);
    expect(await layerIds(page)).toEqual(before);
    // Undo and redo cannot reach the locked parts either.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    expect(await layerIds(page)).toEqual(before);
    // The design-wide parts are not editable here, and there is no switch to author mode.
    await page.keyboard.press('Escape');
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    expect(await page.getByTestId('doc-width').isDisabled()).toBe(true);
    expect(await page.getByTestId('doc-background').isDisabled()).toBe(true);
    expect(await page.getByTestId('author-mode-toggle').count()).toBe(0);
    // The layer order cannot be changed from the Layers panel either.
    expect(await page.locator('[data-testid^="lock-toggle-"]').first().isDisabled()).toBe(true);
    await snap(page, 'locks-fill-in-refused-en');
    expect(app.pageErrors).toEqual([]);
  });

  it('a design with locks and no slots, from someone else’s file, is still locked', async () => {
    const { page, dialogs } = app;
    const band = createShapeElement({ id: 'band', shape: 'rect', x: 0, y: 0, width: 1080, height: 200, fill: '#c8102e', locks: { ...UNLOCKED, move: true, resize: true, delete: true, style: true } });
    const design = { ...createDesign({ width: 1080, height: 1080, name: 'Locked band' }), elements: [band], origin: { templateId: 'band', name: { en: 'Locked band' }, owned: false, texts: {}, photos: {}, altText: {} } };
    const file = join(scratch, 'locked-band.placard');
    await saveDocument(file, design, new Map());
    dialogs.nextOpenDocument(file);
    await app.menu('file.open');
    await dismissUnsaved(page);
    await expect.poll(() => page.getByTestId('mode-badge').textContent()).toBe('Fill-in mode');
    expect(await page.locator('[data-testid=template-bar] [data-action="template.editCopy"]').count()).toBe(1);
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await dragOnCanvas(page, { x: 540, y: 100 }, 0, 300);
    await page.getByTestId('layer-band').click();
    expect(await page.getByTestId('prop-y').inputValue()).toBe('0');
    await page.keyboard.press('Delete');
    expect(await layerIds(page)).toEqual(['layer-band']);
  });

  it('in the user’s own work, the Layers panel’s lock means a locked element cannot be dragged', async () => {
    const { page } = app;
    await app.menu('file.new');
    await dismissUnsaved(page);
    await expect.poll(() => page.getByTestId('template-bar').count()).toBe(0);
    await page.locator('[data-testid=toolbar] [data-action="insert.rect"]').click();
    const id = (await layerIds(page))[0]!.slice('layer-'.length);
    const y0 = Number(await page.getByTestId('prop-y').inputValue());
    const x0 = Number(await page.getByTestId('prop-x').inputValue());
    const w = Number(await page.getByTestId('prop-width').inputValue());
    const h = Number(await page.getByTestId('prop-height').inputValue());
    await page.getByTestId(`lock-toggle-${id}`).click();
    await dragOnCanvas(page, { x: x0 + w / 2, y: y0 + h / 2 }, 0, 150);
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('Unlock it in the Layers panel first');
    expect(Number(await page.getByTestId('prop-y').inputValue())).toBe(y0);
    await page.getByTestId(`lock-toggle-${id}`).click();
    await dragOnCanvas(page, { x: x0 + w / 2, y: y0 + h / 2 }, 0, 150);
    await expect.poll(async () => Number(await page.getByTestId('prop-y').inputValue())).toBeGreaterThan(y0 + 100);
  });

  it('the rules an author sets on a slot are what the volunteer sees, in both UI languages', async () => {
    const { page } = app;
    await page.locator('[data-testid=toolbar] [data-action="insert.text"]').click();
    await page.getByTestId('slot-enabled').check();
    await page.getByTestId('slot-label-en').fill('Headline');
    await page.getByTestId('slot-label-es').fill('Titular');
    await page.getByTestId('slot-hint-en').fill('Say what you won');
    await page.getByTestId('slot-hint-es').fill('Di qué ganaron');
    await page.getByTestId('slot-required').check();
    await page.getByTestId('slot-max-chars').fill('12');
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await page.getByTestId('alt-pattern-insert-en-' + (await page.locator('[data-testid^="alt-pattern-insert-en-"]').first().getAttribute('data-testid'))!.split('-').slice(4).join('-')).click();
    await snap(page, 'locks-author-slot-rules-en');
    // Back to fill-in mode: the form shows the note, the counter and the rules.
    await page.getByTestId('author-mode-toggle-label').click();
    const slot = page.locator('[data-testid^="fill-slot-"]').first();
    await slot.waitFor();
    expect(await slot.textContent()).toContain('Say what you won');
    expect(await slot.textContent()).toContain('Required');
    const field = slot.locator('textarea');
    await field.fill('');
    await expect.poll(() => page.locator('[data-testid^="fill-problem-"][data-code="required"]').count()).toBeGreaterThan(0);
    await field.fill('We won a raise');
    await expect.poll(() => slot.locator('.fill-counter').textContent()).toBe('14 / 12');
    expect(await slot.locator('.fill-counter').getAttribute('class')).toContain('over');
    expect(await page.locator('[data-testid^="fill-problem-"][data-code="too-long"]').first().textContent()).toContain('has 14 characters; the template allows 12');
    // The alt text is written from the field.
    await expect.poll(() => page.getByTestId('fill-alt-text').inputValue()).toBe('We won a raise');
    await page.getByTestId('language-select').selectOption('es');
    await expect.poll(() => slot.textContent()).toContain('Di qué ganaron');
    expect(await slot.textContent()).toContain('Obligatorio');
    expect(await page.locator('[data-testid^="fill-problem-"][data-code="too-long"]').first().textContent()).toContain('la plantilla permite 12');
    await snap(page, 'locks-fill-in-rules-es');
    await page.getByTestId('language-select').selectOption('en');
  });
});
