// Document and pack actions: New (asks to save), Open, Save, Save As, import and export packs.
// Registered after the app actions, so this "file.new" (with the unsaved prompt) is the one used.
import { newDocument, openDocumentDialog, saveDocument, saveDocumentAs } from '../documents/document-io';
import { startDocumentServices } from '../documents/file-events';
import { useDialogStore } from '../dialogs/dialog-store';
import { importPackFromDialog } from '../packs/pack-actions';
import { useEditorStore } from '../state/editor-store';
import { registerAction } from './registry';

const idle = () => !useEditorStore.getState().busy;

export function registerFileActions(): void {
  registerAction({ id: 'file.new', labelKey: 'file.new', shortcuts: ['Mod+N'], enabled: idle, run: newDocument });
  registerAction({ id: 'file.open', labelKey: 'file.open', shortcuts: ['Mod+O'], enabled: idle, run: () => void openDocumentDialog() });
  registerAction({ id: 'file.save', labelKey: 'file.save', shortcuts: ['Mod+S'], enabled: idle, run: () => void saveDocument() });
  registerAction({ id: 'file.saveAs', labelKey: 'file.saveAs', shortcuts: ['Mod+Shift+S'], enabled: idle, run: () => void saveDocumentAs() });
  registerAction({ id: 'pack.import', labelKey: 'packs.import', enabled: idle, run: () => void importPackFromDialog() });
  registerAction({ id: 'pack.export', labelKey: 'packs.export', run: () => useDialogStore.getState().open('exportPack', {}) });
  // Recovery offer, file association and the close prompt need the shell mounted first.
  setTimeout(() => void startDocumentServices(), 0);
}
