// The text fields' right-click menu: spelling suggestions, then the edit commands the field allows, in the app's language.
import { describe, expect, it, vi } from 'vitest';
import { nativeLabels } from '../../../electron/menu-labels';
import { textMenuTemplate } from '../../../electron/text-menu';

const flags = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false };
const params = (over: Partial<Parameters<typeof textMenuTemplate>[0]> = {}) => ({ isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags, ...over });
const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
const shown = (items: ReturnType<typeof textMenuTemplate>) => items.map((i) => (i.type === 'separator' ? '—' : `${i.label}${i.enabled === false ? ' (off)' : ''}`));

describe('the text fields\' right-click menu', () => {
  it('offers the suggestions for a misspelled word first, and adding it to the dictionary', () => {
    const act = actions();
    const items = textMenuTemplate(params({ misspelledWord: 'manifestacion', dictionarySuggestions: ['manifestación', 'manifestaciones', 'a', 'b', 'c', 'd'] }), nativeLabels('es'), act);
    expect(shown(items)).toEqual(['manifestación', 'manifestaciones', 'a', 'b', 'c', 'Agregar al diccionario', '—', 'Deshacer', 'Rehacer (off)', '—', 'Cortar', 'Copiar', 'Pegar', '—', 'Seleccionar todo']);
    items[0]!.click!({} as never, undefined, {} as never);
    expect(act.replaceMisspelling).toHaveBeenCalledWith('manifestación');
    items[5]!.click!({} as never, undefined, {} as never);
    expect(act.addToDictionary).toHaveBeenCalledWith('manifestacion');
    // The edit commands are the system's own (they act on the field under the pointer).
    expect(items.filter((i) => i.role).map((i) => i.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('says when there is no suggestion, and follows what the field allows', () => {
    const items = textMenuTemplate(params({ misspelledWord: 'xqzt', editFlags: { ...flags, canCut: false, canCopy: false, canPaste: false } }), nativeLabels('en'), actions());
    expect(shown(items)).toEqual(['No Spelling Suggestions (off)', 'Add to Dictionary', '—', 'Undo', 'Redo (off)', '—', 'Cut (off)', 'Copy (off)', 'Paste (off)', '—', 'Select All']);
  });

  it('offers Copy for selected text outside a field, and no menu where nothing applies', () => {
    expect(shown(textMenuTemplate(params({ isEditable: false, selectionText: 'Rally at noon' }), nativeLabels('en'), actions()))).toEqual(['Copy']);
    expect(textMenuTemplate(params({ isEditable: false }), nativeLabels('en'), actions())).toEqual([]);
    expect(textMenuTemplate(params({ isEditable: false, selectionText: '  ' }), nativeLabels('en'), actions())).toEqual([]);
  });
});
