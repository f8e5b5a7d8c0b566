// One registry of user actions. Toolbar, native menu, shortcuts, the context menu and the command
// palette all read it, so a label, shortcut or enabled rule lives in exactly one place. Ids and
// shortcuts come from the typed table in core/actions.ts, which the native menu reads too.
import { shortcutsOf, type ActionId } from '../../core/actions';

export type { ActionId } from '../../core/actions';

export interface ActionSpec {
  id: ActionId;
  /** i18n key of the label. */
  labelKey: string;
  /** The shortcut is delivered by a platform event (copy, cut, paste), not by keydown. */
  native?: boolean;
  enabled?: () => boolean;
  /** What the action will act on right now, shown beside its label (an i18n key and params). */
  detail?: () => { key: string; params: Record<string, string | number> } | null;
  run: () => void | Promise<void>;
}

export interface Action extends ActionSpec {
  /** From core/actions.ts: e.g. "Mod+Z", "Mod+Shift+Z", "Delete"; Mod is Ctrl (Cmd on macOS). */
  shortcuts: readonly string[];
}

export class DuplicateActionError extends Error {
  constructor(readonly id: string) {
    super(`action "${id}" is registered twice`);
    this.name = 'DuplicateActionError';
  }
}

const actions = new Map<ActionId, Action>();

/** Registers an action once; a second registration of the same id throws. */
export function registerAction(spec: ActionSpec): void {
  if (actions.has(spec.id)) throw new DuplicateActionError(spec.id);
  actions.set(spec.id, { ...spec, shortcuts: shortcutsOf(spec.id) });
}

/** Forgets every action (tests register afresh). */
export function clearActions(): void {
  actions.clear();
}

export function getAction(id: string): Action | undefined {
  return actions.get(id as ActionId);
}

export function allActions(): Action[] {
  return [...actions.values()];
}

export function isEnabled(action: Action): boolean {
  return action.enabled ? action.enabled() : true;
}

export async function runAction(id: string): Promise<boolean> {
  const action = getAction(id);
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
  for (const action of actions.values()) if (action.shortcuts.includes(shortcut)) return action;
  return undefined;
}

/** Human-readable shortcut for tooltips. */
export function formatShortcut(shortcut: string): string {
  return shortcut.replace('Mod', isMac ? '⌘' : 'Ctrl');
}
