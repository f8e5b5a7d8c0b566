// Lock enforcement lives in the model so every command path (UI, paste, undo, keyboard) obeys it.
import type { Element, Locks } from './schema';

const GEOMETRY_MOVE = ['x', 'y'] as const;
const GEOMETRY_RESIZE = ['width', 'height', 'rotation'] as const;
const CONTENT_KEYS = ['text', 'variants', 'assetId'] as const;
/** Keys that never count as style: identity, geometry, content, visibility of the element in the editor. */
const NON_STYLE = new Set<string>(['id', 'type', 'name', 'locks', 'visible', 'children', ...GEOMETRY_MOVE, ...GEOMETRY_RESIZE, ...CONTENT_KEYS]);

export type LockKind = keyof Locks;

/** Which lock (if any) forbids changing `key`. */
export function lockForKey(key: string): LockKind | null {
  if ((GEOMETRY_MOVE as readonly string[]).includes(key)) return 'move';
  if ((GEOMETRY_RESIZE as readonly string[]).includes(key)) return 'resize';
  if ((CONTENT_KEYS as readonly string[]).includes(key)) return 'content';
  if (NON_STYLE.has(key)) return null;
  return 'style';
}

/**
 * Removes from `patch` every key the element's locks forbid; `authorMode` (template authors)
 * bypasses locks. Returns the allowed patch and the names of refused keys.
 */
export function filterPatchByLocks<T extends Element>(element: T, patch: Partial<T>, authorMode = false): { allowed: Partial<T>; refused: string[] } {
  if (authorMode) return { allowed: patch, refused: [] };
  const allowed: Partial<T> = {};
  const refused: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'locks') {
      refused.push(key);
      continue;
    }
    const lock = lockForKey(key);
    if (lock && element.locks[lock]) refused.push(key);
    else (allowed as Record<string, unknown>)[key] = value;
  }
  return { allowed, refused };
}

export function canDelete(element: Element, authorMode = false): boolean {
  return authorMode || !element.locks.delete;
}
