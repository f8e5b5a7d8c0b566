// Where the main window was: its size, position and whether it was maximized, kept in the
// user-data folder between runs. A saved place that no longer fits on any screen (a monitor was
// unplugged) is not used. Plain Node: main passes the displays in.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export const WINDOW_BOUNDS_FILE = 'window-state.json';
const MAX_FILE_BYTES = 4096;

const side = z.number().int().min(200).max(20_000);
const coordinate = z.number().int().min(-50_000).max(50_000);
export const windowBoundsSchema = z.object({ x: coordinate, y: coordinate, width: side, height: side, maximized: z.boolean() }).strict();
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The saved bounds, or null when there are none or they are damaged. */
export async function loadWindowBounds(userDataDir: string): Promise<WindowBounds | null> {
  try {
    const text = await readFile(path.join(userDataDir, WINDOW_BOUNDS_FILE), 'utf8');
    if (text.length > MAX_FILE_BYTES) return null;
    const parsed = windowBoundsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveWindowBounds(userDataDir: string, bounds: WindowBounds): Promise<void> {
  const parsed = windowBoundsSchema.safeParse({ ...bounds, x: Math.round(bounds.x), y: Math.round(bounds.y), width: Math.round(bounds.width), height: Math.round(bounds.height) });
  if (!parsed.success) return;
  await mkdir(userDataDir, { recursive: true });
  await writeFileAtomic(path.join(userDataDir, WINDOW_BOUNDS_FILE), JSON.stringify(parsed.data) + '\n');
}

/** The saved bounds when at least a usable part of the window (100 x 50 px) lies on a screen. */
export function placeOnScreen(saved: WindowBounds | null, workAreas: readonly Rect[]): WindowBounds | null {
  if (!saved) return null;
  const visible = workAreas.some((a) => {
    const w = Math.min(saved.x + saved.width, a.x + a.width) - Math.max(saved.x, a.x);
    const h = Math.min(saved.y + saved.height, a.y + a.height) - Math.max(saved.y, a.y);
    return w >= 100 && h >= 50;
  });
  return visible ? saved : null;
}
