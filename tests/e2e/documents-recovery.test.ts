// Crash recovery end to end: the editor autosaves a recovery copy through the real handler, the
// app dies without saving, the next start on the same user-data folder offers to restore it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandlers } from '../../electron/handlers';
import { launchApp, snap } from './harness';

describe('recovery after a crash', () => {
  let userDataDir: string;
  beforeAll(async () => {
    userDataDir = await mkdtemp(join(tmpdir(), 'placard-recovery-e2e-'));
  });
  afterAll(async () => {
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  const handlers = () => createApiHandlers({ dialogs: { openImage: async () => null, saveFile: async () => null }, userDataDir, appVersion: '0.0.0', platform: 'linux' });
  const layerCount = (page: import('playwright-core').Page) =>
    page.locator('[data-testid^="layer-"]:not([data-testid^="layer-visible-"]):not([data-testid^="layer-lock-"])').count();

  it('autosaves, is offered after a simulated crash, and restores as unsaved work (EN)', async () => {
    const first = await launchApp({ userDataDir });
    let designName: string;
    try {
      const { page } = first;
      await page.getByTestId('canvas').waitFor({ state: 'visible' });
      await page.locator('[data-testid=toolbar] [data-action="insert.text"]').click();
      await page.locator('[data-testid=toolbar] [data-action="insert.rect"]').click();
      // The recovery copy lands about two seconds after the last change.
      await expect.poll(async () => (await handlers().listRecoveries()).length, { timeout: 15_000 }).toBe(1);
      designName = (await handlers().listRecoveries())[0]!.designName;
    } finally {
      await first.close(); // killed without saving: nothing asked, the recovery copy stays
    }
    const copy = await handlers().readRecovery((await handlers().listRecoveries())[0]!.docKey);
    expect(copy?.design.elements.map((e) => e.type)).toEqual(['text', 'shape']);

    const second = await launchApp({ userDataDir });
    try {
      const { page } = second;
      await page.getByTestId('confirm-restore').waitFor({ state: 'visible' });
      const text = await page.getByTestId('modal').textContent();
      expect(text).toContain('Restore unsaved work?');
      expect(text).toContain(`“${designName || 'Untitled design'}”`);
      await snap(page, 'documents-restore-prompt-en');
      await page.getByTestId('confirm-restore').click();
      await expect.poll(() => layerCount(page)).toBe(2);
      expect(await page.locator('[data-testid=doc-title] .dirty-dot').count()).toBe(1);
      await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('Restored');
      // Still unsaved, so the copy is kept until the user saves or discards.
      expect(await handlers().listRecoveries()).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('offers it in Spanish too, and Discard deletes the copy', async () => {
    const app = await launchApp({ userDataDir, settings: { language: 'es' } });
    try {
      const { page } = app;
      await page.getByTestId('confirm-discard').waitFor({ state: 'visible' });
      expect(await page.getByTestId('modal').textContent()).toContain('¿Recuperar el trabajo sin guardar?');
      await snap(page, 'documents-restore-prompt-es');
      await page.getByTestId('confirm-discard').click();
      await expect.poll(async () => (await handlers().listRecoveries()).length).toBe(0);
      expect(await layerCount(page)).toBe(0);
    } finally {
      await app.close();
    }
  });
});
