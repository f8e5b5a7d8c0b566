// Keeps the window's title, unsaved marker and document file (electron/window-state.ts) in step
// with the open document: the file name once saved, else the design's name; unsaved while the
// design's revision differs from the one last saved.
import type { PlacardApi } from '../../core/api';
import { useDesignStore } from '../state/design-store';
import { fileNameOf, useDocumentStore } from './document-store';

type WindowApi = Pick<PlacardApi, 'setWindowState'>;

/** Starts following the document; returns a function that stops. */
export function watchWindowState(api: WindowApi, untitled: () => string): () => void {
  let last = '';
  const update = () => {
    const { design, revision, savedRevision } = useDesignStore.getState();
    const path = useDocumentStore.getState().path;
    const state = { title: path ? fileNameOf(path) : design.name || untitled(), edited: revision !== savedRevision, documentPath: path };
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    void api.setWindowState(state).catch(() => undefined);
  };
  const stops = [useDesignStore.subscribe(update), useDocumentStore.subscribe(update)];
  update();
  return () => stops.forEach((stop) => stop());
}
