// The window's place between runs: saved atomically, read back, damaged files ignored, and not
// used when it no longer fits on any screen.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWindowBounds, placeOnScreen, saveWindowBounds, WINDOW_BOUNDS_FILE } from '../../../../electron/services/window-bounds';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'placard-bounds-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('window bounds', () => {
  it('saves and loads the size, position and maximized state', async () => {
    expect(await loadWindowBounds(dir)).toBeNull();
    await saveWindowBounds(dir, { x: 10.4, y: 20, width: 1200, height: 800, maximized: true });
    expect(await loadWindowBounds(dir)).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
  });

  it('ignores a damaged or hostile file', async () => {
    for (const text of ['not json', '{"x":0,"y":0,"width":5,"height":5,"maximized":false}', JSON.stringify({ x: 0, y: 0, width: 900, height: 700, maximized: false, extra: 1 }), 'x'.repeat(10_000)]) {
      await writeFile(path.join(dir, WINDOW_BOUNDS_FILE), text);
      expect(await loadWindowBounds(dir), text.slice(0, 40)).toBeNull();
    }
  });

  it('uses a saved place only while enough of it lies on a screen', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    const saved = { x: 100, y: 100, width: 1200, height: 800, maximized: false };
    expect(placeOnScreen(saved, screens)).toEqual(saved);
    // On a second monitor that is gone now.
    expect(placeOnScreen({ ...saved, x: 2500 }, screens)).toBeNull();
    expect(placeOnScreen({ ...saved, x: 1870 }, screens)).toBeNull(); // only 50 px visible
    expect(placeOnScreen(null, screens)).toBeNull();
  });
});
