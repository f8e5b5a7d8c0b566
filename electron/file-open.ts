// Files the operating system asks Placard to open (command line, second instance, macOS
// open-file, file URLs from Linux file managers). No electron import: main.ts wires it to the
// app's events; what happens to them then is the window's life (window-life.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const OPENABLE_EXTENSIONS = ['.placard', '.placardpack'] as const;

/**
 * A path from a file URL (Linux file managers pass `file:///home/u/My%20Flyer.placard` through
 * the desktop entry's %U), or the argument itself; null for other URLs or a broken one.
 */
function pathOf(arg: string): string | null {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return arg;
  if (!/^file:\/\//i.test(arg)) return null;
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/** The .placard / .placardpack paths in a command line, resolved against `cwd`. Flags are skipped. */
export function openableFiles(argv: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const raw of argv) {
    if (typeof raw !== 'string' || raw.startsWith('-') || raw.length > 4096) continue;
    const arg = pathOf(raw);
    if (arg === null) continue;
    const lower = arg.toLowerCase();
    if (!OPENABLE_EXTENSIONS.some((ext) => lower.endsWith(ext))) continue;
    const resolved = path.resolve(cwd, arg);
    if (!out.includes(resolved)) out.push(resolved);
  }
  return out;
}
