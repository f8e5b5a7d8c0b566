// The Export dialog as a test drives it: opened from the toolbar, sizes chosen from nothing.
import type { Page } from 'playwright-core';

/** Opens the Export dialog from the toolbar, closing one an earlier failure left open. */
export async function openExportDialog(page: Page): Promise<void> {
  for (const id of ['export-cancel', 'export-done', 'export-close']) {
    const button = page.getByTestId(id);
    if (await button.count()) await button.click();
  }
  await page.getByTestId('export-dialog').waitFor({ state: 'detached', timeout: 60_000 });
  await page.locator('[data-testid=toolbar] [data-action="file.export"]').click();
  await page.getByTestId('export-dialog').waitFor();
}

/** Chooses exactly these sizes, whatever the dialog remembered. */
export async function choosePresets(page: Page, ids: string[]): Promise<void> {
  const dialog = page.getByTestId('export-dialog');
  const checked = dialog.locator('input[type=checkbox][data-testid^="preset-"]:checked');
  while ((await checked.count()) > 0) await checked.first().uncheck();
  for (const id of ids) await dialog.getByTestId(`preset-${id}`).check();
}
