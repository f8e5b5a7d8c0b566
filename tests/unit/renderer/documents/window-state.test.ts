// The renderer keeps the window's title and unsaved marker in step with the document.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDesign } from '../../../../core/model';
import { watchWindowState } from '../../../../renderer/documents/window-state';
import { useDesignStore } from '../../../../renderer/state/design-store';
import { useDocumentStore } from '../../../../renderer/documents/document-store';

describe('watchWindowState', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('sends the name, then the unsaved marker after a change, then the file name once saved', async () => {
    useDesignStore.getState().replaceDesign({ ...createDesign(), name: 'Rally flyer' });
    useDocumentStore.getState().setPath(null);
    const api = { setWindowState: vi.fn(async () => undefined) };
    stop = watchWindowState(api, () => 'Untitled design');
    expect(api.setWindowState).toHaveBeenLastCalledWith({ title: 'Rally flyer', edited: false, documentPath: null });
    useDesignStore.getState().commit('history.background', (d) => ({ ...d, background: { color: '#000000' } }));
    expect(api.setWindowState).toHaveBeenLastCalledWith({ title: 'Rally flyer', edited: true, documentPath: null });
    useDocumentStore.getState().setPath('/docs/rally.placard');
    expect(api.setWindowState).toHaveBeenLastCalledWith({ title: 'rally.placard', edited: true, documentPath: '/docs/rally.placard' });
    const calls = api.setWindowState.mock.calls.length;
    useDocumentStore.getState().setRecent([]);
    expect(api.setWindowState.mock.calls.length).toBe(calls); // nothing the window shows changed
  });

  it('names an untitled design in the UI language', () => {
    useDesignStore.getState().replaceDesign(createDesign());
    useDocumentStore.getState().setPath(null);
    const api = { setWindowState: vi.fn(async () => undefined) };
    stop = watchWindowState(api, () => 'Diseño sin título');
    expect(api.setWindowState).toHaveBeenLastCalledWith({ title: 'Diseño sin título', edited: false, documentPath: null });
  });
});
