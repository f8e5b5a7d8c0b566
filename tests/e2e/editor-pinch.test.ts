// Two-finger pinch on a touch screen zooms the canvas about the fingers.
import { describe, expect, it } from 'vitest';
import { sharedApp } from './harness';

describe('touch pinch', () => {
  const getApp = sharedApp();

  it('spreading two fingers zooms in, pinching them zooms out', async () => {
    const app = getApp();
    const { page } = app;
    const canvas = page.getByTestId('canvas');
    const box = (await canvas.boundingBox())!;
    const zoom = async () => Number(await canvas.getAttribute('data-zoom'));
    const cdp = await page.context().newCDPSession(page);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const fingers = (gap: number) => [
      { x: cx - gap, y: cy, id: 1 },
      { x: cx + gap, y: cy, id: 2 },
    ];
    const gesture = async (from: number, to: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
      for (let i = 1; i <= 6; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(from + ((to - from) * i) / 6) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const start = await zoom();
    await gesture(40, 120);
    await expect.poll(zoom).toBeGreaterThan(start * 2.5);
    const zoomed = await zoom();
    await gesture(120, 60);
    await expect.poll(zoom).toBeLessThan(zoomed * 0.6);
  });
});
