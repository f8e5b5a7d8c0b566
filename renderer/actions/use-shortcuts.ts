// Keyboard shortcuts from the action registry; typing in a field never triggers them.
import { useEffect } from 'react';
import { findByShortcut, isEnabled, shortcutOf } from './registry';

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A dropdown keeps plain keys (they pick options) but not Ctrl/⌘ shortcuts, which it has no use for. */
function dropdownShortcut(e: KeyboardEvent): boolean {
  return e.target instanceof HTMLSelectElement && (e.ctrlKey || e.metaKey);
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) && !dropdownShortcut(e)) return;
      const action = findByShortcut(shortcutOf(e));
      if (!action || action.native || !isEnabled(action)) return;
      e.preventDefault();
      void action.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
