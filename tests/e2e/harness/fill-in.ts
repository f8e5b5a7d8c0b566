// Finishing a template the way a volunteer does before exporting: every placeholder the author
// marked "must replace" gets new words or a new photo (the bundled sample image as a file of the
// user's, so the pixels stay comparable), and the alt text gets words of its own.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './app';
import type { QueuedDialogs } from './dialogs';
import { dismissUnsaved } from './canvas';

/** Opens a built-in template from the gallery, as a volunteer does, letting unsaved work go. */
export async function openTemplate(page: Page, id: string): Promise<void> {
  await page.getByTestId('tab-templates').click();
  await page.getByTestId(`template-card-${id}`).locator('.template-thumb').click();
  await dismissUnsaved(page);
  await page.getByTestId('fill-in-form').waitFor();
}

export async function finishFillIn(page: Page, dialogs: QueuedDialogs, words = 'Riverside Workers United'): Promise<void> {
  const problems = page.locator('[data-testid^="fill-problem-"][data-code="placeholder"]');
  const done = new Set<string>();
  for (let guard = 0; guard < 20; guard++) {
    const ids = await problems.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.replace(/^fill-problem-/, '').replace(/-(en|es)$/, '')));
    const id = ids.find((x) => !done.has(x));
    if (!id) break;
    done.add(id);
    const text = page.getByTestId(`slot-text-${id}`);
    if (await text.count()) {
      await text.fill(words);
      continue;
    }
    dialogs.nextOpen(join(REPO_ROOT, 'assets', 'samples', 'sample-rally.png'));
    await page.getByTestId(`slot-photo-${id}`).click();
    await page.locator(`[data-testid="fill-problem-${id}-en"], [data-testid="fill-problem-${id}-es"]`).first().waitFor({ state: 'detached' });
  }
  await page.getByTestId('fill-alt-text').fill(`A graphic from ${words}`);
}
