// Pointer helpers over the editor canvas, in design coordinates (what the inspector shows).
import type { Page } from 'playwright-core';

/** The screen point of a design point, from the canvas's zoom and offset. */
export async function toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  const zoom = Number(await canvas.getAttribute('data-zoom'));
  const [ox, oy] = (await canvas.getAttribute('data-offset'))!.split(',').map(Number);
  return { x: box.x + ox! + x * zoom, y: box.y + oy! + y * zoom };
}

/** A mouse drag in six steps from a design point, by (dx, dy) screen pixels. */
export async function dragOnCanvas(page: Page, from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
  const a = await toScreen(page, from.x, from.y);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(a.x + (dx * i) / 6, a.y + (dy * i) / 6);
  await page.mouse.up();
}

/** Answers "Don't save" when replacing the document asks about unsaved work (it asks only then). */
export async function dismissUnsaved(page: Page): Promise<void> {
  const discard = page.getByTestId('confirm-discard');
  if (await discard.waitFor({ timeout: 1500 }).then(() => true, () => false)) await discard.click();
}
