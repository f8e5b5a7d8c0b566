// Native Edit menu items while typing: they act on the text field (Electron's accelerators would
// otherwise take Ctrl+Z, Ctrl+A and Delete from it); elsewhere they act on the design.
import { describe, expect, it } from 'vitest';
import { sharedApp } from './harness';

describe('Edit menu in text fields', () => {
  const getApp = sharedApp();

  it('Select All and Delete from the menu edit the focused field, not the design', async () => {
    const app = getApp();
    const { page } = app;
    await page.locator('[data-testid=toolbar] [data-action="insert.text"]').click();
    const field = page.getByTestId('prop-text');
    await field.fill('Rent strike now');
    await field.focus();
    await app.menu('edit.selectAll');
    expect(await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 'Rent strike now'.length]);
    await app.menu('edit.delete');
    await expect.poll(() => field.inputValue()).toBe('');
    // The text element itself was not deleted from the design.
    expect(await page.locator('[data-testid^="layer-"]').count()).toBeGreaterThan(0);
  });

  it('Undo from the menu undoes the design when no field has focus', async () => {
    const app = getApp();
    const { page } = app;
    await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    const before = await page.locator('[data-testid^="layer-"]').count();
    await app.menu('edit.undo');
    await app.menu('edit.undo');
    await app.menu('edit.undo');
    await expect.poll(() => page.locator('[data-testid^="layer-"]').count()).toBeLessThan(before);
  });

  it('copies and pastes elements through the clipboard events that the native menu roles fire', async () => {
    const app = getApp();
    const { page } = app;
    await page.locator('[data-testid=toolbar] [data-action="insert.rect"]').click();
    const count = () => page.locator('[data-testid^="layer-"]').count();
    const before = await count();
    // What Electron's copy/paste roles do outside a text field: run the document's copy and paste commands.
    const copied = await page.evaluate(() => {
      let text = '';
      // Registered after the app's own listener, so it reads what the app wrote.
      window.addEventListener('copy', (e) => (text = e.clipboardData?.getData('text/plain') ?? ''), { once: true });
      document.body.focus();
      document.execCommand('copy');
      return text;
    });
    expect(copied).toContain('placard/elements@1');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, copied);
    await expect.poll(count).toBe(before + 1);
  });
});
