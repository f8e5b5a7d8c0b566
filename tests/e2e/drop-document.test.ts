// A .placard dropped on the window opens (checked like any untrusted file); a damaged one is
// refused with a message, and the open design stays as it was.
import { describe, expect, it } from 'vitest';
import { writeDocumentBundle } from '../../core/bundle';
import { createDesign, createShapeElement, createTextElement } from '../../core/model';
import { sharedApp, type PlacardApp, type QueuedDialogs } from './harness';

async function drop(app: PlacardApp<QueuedDialogs>, bytes: Uint8Array, name: string): Promise<void> {
  await app.page.evaluate(
    ({ data, fileName }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: 'application/octet-stream' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { data: [...bytes], fileName: name },
  );
}

describe('dropping a .placard on the window', () => {
  const getApp = sharedApp();

  it('opens it as the current design', async () => {
    const app = getApp();
    const design = { ...createDesign({ width: 1200, height: 630, name: 'Dropped flyer' }) };
    design.elements = [createShapeElement({ shape: 'rect', x: 0, y: 0, width: 600, height: 630, fill: '#2a9d8f' }), createTextElement({ x: 640, y: 200, width: 500, height: 120, text: 'Tenants unite', fontSize: 64 })];
    await drop(app, writeDocumentBundle({ design, assets: new Map(), fonts: new Map() }), 'flyer.placard');
    await expect.poll(() => app.page.getByTestId('status-bar').textContent()).toContain('1200 × 630');
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toContain('Dropped flyer');
  });

  it('refuses a damaged file with a message and keeps the open design', async () => {
    const app = getApp();
    await drop(app, new TextEncoder().encode('PK not really a zip'), 'broken.placard');
    await expect.poll(() => app.page.getByTestId('status-message').textContent()).toMatch(/Could not open/);
    expect(await app.page.getByTestId('status-bar').textContent()).toContain('1200 × 630');
  });
});
