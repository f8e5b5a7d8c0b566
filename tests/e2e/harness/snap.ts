// Screenshots for humans to review (the shell in each language, states worth eyeballing).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** Saves a screenshot of the page to test-results/screenshots/<name>.png and returns its path. */
export async function snap(page: Page, name: string): Promise<string> {
  if (!/^[\w.-]{1,100}$/.test(name)) throw new Error(`screenshot name must be a plain file name: ${JSON.stringify(name)}`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
