// The selection follows the design: an element that leaves it (an undone insert, a redone delete,
// another document opened) leaves the selection and stops being edited, wherever the change came
// from. Without this the status bar counted elements that were gone and actions on the selection
// stayed enabled for nothing.
import { walkElements } from '../../core/model';
import { useDesignStore } from './design-store';
import { useEditorStore } from './editor-store';

/** Starts keeping the selection to elements the design has; returns the stop function. */
export function installSelectionSync(): () => void {
  return useDesignStore.subscribe((state, previous) => {
    if (state.design.elements === previous.design.elements) return;
    const editor = useEditorStore.getState();
    if (editor.selectedIds.length === 0 && editor.editingTextId === null) return;
    const ids = new Set<string>();
    for (const { element } of walkElements(state.design.elements)) ids.add(element.id);
    const kept = editor.selectedIds.filter((id) => ids.has(id));
    if (kept.length !== editor.selectedIds.length) editor.select(kept);
    if (editor.editingTextId !== null && !ids.has(editor.editingTextId)) editor.setEditingText(null);
  });
}
