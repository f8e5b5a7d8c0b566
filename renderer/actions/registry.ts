// One registry of user actions. Toolbar, native menu, shortcuts (and later the context menu and
// command palette) all read it, so a label, shortcut or enabled rule lives in exactly one place.
export interface Action {
  id: string;
  /** i18n key of the label. */
  labelKey: string;
  /** e.g. "Mod+Z", "Mod+Shift+Z", "Delete"; Mod is Ctrl (Cmd on macOS). */
  shortcuts?: string[];
  /** The shortcut is delivered by a platform event (copy, cut, paste), not by keydown. */
  native?: boolean;
  enabled?: () => boolean;
  /** What the action will act on right now, shown beside its label (an i18n key and params). */
  detail?: () => { key: string; params: Record<string, string | number> } | null;
  run: () => void | Promise<void>;
}

const actions = new Map<string, Action>();

export function registerAction(action: Action): void {
  actions.set(action.id, action);
}

export function getAction(id: string): Action | undefined {
  return actions.get(id);
}

export function allActions(): Action[] {
  return [...actions.values()];
}

export function isEnabled(action: Action): boolean {
  return action.enabled ? action.enabled() : true;
}

export async function runAction(id: string): Promise<boolean> {
  const action = actions.get(id);
  if (!action || !isEnabled(action)) return false;
  await action.run();
  return true;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Normalises a keyboard event to the registry's shortcut notation. */
export function shortcutOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const parts: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  parts.push(key === '+' ? '=' : key);
  return parts.join('+');
}

export function findByShortcut(shortcut: string): Action | undefined {
  for (const action of actions.values()) if (action.shortcuts?.includes(shortcut)) return action;
  return undefined;
}

/** Human-readable shortcut for tooltips. */
export function formatShortcut(shortcut: string): string {
  return shortcut.replace('Mod', isMac ? '⌘' : 'Ctrl');
}
