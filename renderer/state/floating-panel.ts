// In a narrow window the left panel floats over the canvas (panels/left/LeftPanel.tsx): a design
// opened (a template, a new design) or an element added (a text, a sticker), from the panel or
// from a menu, closes it, so what was made shows whole. A store subscription started with the
// app, so it holds from the first moment, before the panel has mounted.
import { useDesignStore } from './design-store';
import { narrowWindow, useEditorStore } from './editor-store';

/** Starts closing the floating panel on a new design or a new element; returns the stop function. */
export function installFloatingPanelClose(): () => void {
  return useDesignStore.subscribe(({ design }, { design: before }) => {
    if (design === before || (design.id === before.id && design.elements.length <= before.elements.length)) return;
    const editor = useEditorStore.getState();
    if (editor.leftOpen && narrowWindow()) editor.setLeftOpen(false);
  });
}
