// One app for a whole describe block: launched (and its canvas drawn) before the first test,
// closed after the last. Returns a getter, since the app exists only once beforeAll has run.
import { afterAll, beforeAll } from 'vitest';
import { launchApp, type LaunchOptions, type PlacardApp } from './app';
import type { QueuedDialogs } from './dialogs';

export function sharedApp(options: LaunchOptions<QueuedDialogs> = {}): () => PlacardApp<QueuedDialogs> {
  let app: PlacardApp<QueuedDialogs> | undefined;
  beforeAll(async () => {
    app = await launchApp(options);
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('sharedApp(): the app is not launched yet (use it inside a test)');
    return app;
  };
}
