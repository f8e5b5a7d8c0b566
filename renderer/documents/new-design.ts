// A new, empty design in place of the open one (File > New, and after closing a document).
import { createDesign } from '../../core/model';
import { useImageStore } from '../assets/image-store';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';

export function newDesign(width = 1080, height = 1080): void {
  const store = useDesignStore.getState();
  const editor = useEditorStore.getState();
  useImageStore.getState().clear();
  store.replaceDesign(createDesign({ width, height, language: store.design.language }));
  editor.select([]);
  editor.setZoom(editor.zoom, true);
}
