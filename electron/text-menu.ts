// The right-click menu of the page's text fields (Electron shows none of its own): spelling
// suggestions for a misspelled word, then Undo, Redo, Cut, Copy, Paste and Select All as the field
// allows; Copy alone for selected text elsewhere. Right-clicks on the canvas open the page's own menu.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { NativeLabels } from './menu-labels';

/** At most this many suggestions, as Chromium's own menu shows. */
const MAX_SUGGESTIONS = 5;

export interface TextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

type Params = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;

/** The menu for a right-click with `params`; empty where no menu belongs. */
export function textMenuTemplate(params: Params, labels: NativeLabels, actions: TextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const word of suggestions) items.push({ label: word, click: () => actions.replaceMisspelling(word) });
    if (suggestions.length === 0) items.push({ label: labels['menu.text.noSuggestions'], enabled: false });
    items.push({ label: labels['menu.text.addToDictionary'], click: () => actions.addToDictionary(params.misspelledWord) });
    items.push({ type: 'separator' });
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    items.push(
      { role: 'undo', label: labels['menu.edit.undo'], enabled: flags.canUndo },
      { role: 'redo', label: labels['menu.edit.redo'], enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', label: labels['menu.edit.cut'], enabled: flags.canCut },
      { role: 'copy', label: labels['menu.edit.copy'], enabled: flags.canCopy },
      { role: 'paste', label: labels['menu.edit.paste'], enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: labels['menu.edit.selectAll'], enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim()) {
    items.push({ role: 'copy', label: labels['menu.edit.copy'], enabled: flags.canCopy });
  }
  return items;
}
