// Document and pack actions: New (asks to save), Open, Save, Save As, import and export packs.
import { newDocument, openDocumentDialog, saveDocument, saveDocumentAs } from '../documents/document-io';
import { useDialogStore } from '../dialogs/dialog-store';
import { importPackFromDialog } from '../packs/pack-actions';
import { useEditorStore } from '../state/editor-store';
import { registerAction } from './registry';

const idle = () => !useEditorStore.getState().busy;

export function registerFileActions(): void {
  registerAction({ id: 'file.new', labelKey: 'file.new', enabled: idle, run: newDocument });
  registerAction({ id: 'file.open', labelKey: 'file.open', enabled: idle, run: () => void openDocumentDialog() });
  registerAction({ id: 'file.save', labelKey: 'file.save', enabled: idle, run: () => void saveDocument() });
  registerAction({ id: 'file.saveAs', labelKey: 'file.saveAs', enabled: idle, run: () => void saveDocumentAs() });
  registerAction({ id: 'pack.import', labelKey: 'packs.import', enabled: idle, run: () => void importPackFromDialog() });
  registerAction({ id: 'pack.export', labelKey: 'packs.export', run: () => useDialogStore.getState().open('exportPack', {}) });
}
