// What reaches the editor from outside: files the OS asks us to open (double-click, command
// line), the window's close request (unsaved-changes prompt), and .placard documents and
// .placardpack files dropped on the window. Started once at boot.
import { getApi } from '../bridge';
import { useEditorStore } from '../state/editor-store';
import { importPackAtPath, importPackBytes } from '../packs/pack-actions';
import { confirmUnsaved, documentContents, openDocumentAt, openDocumentBytes } from './document-io';
import { MAX_ARCHIVE_BYTES } from '../../core/bundle/limits';
import { errorMessage } from '../i18n/error-message';
import { startAutosave } from './autosave';
import { offerRecoveries } from './restore';

export function openFromOs(path: string): Promise<unknown> {
  return path.toLowerCase().endsWith('.placardpack') ? importPackAtPath(path) : openDocumentAt(path);
}

function droppedFiles(data: DataTransfer | null): { packs: File[]; documents: File[] } {
  const files = [...(data?.files ?? [])];
  return {
    packs: files.filter((f) => f.name.toLowerCase().endsWith('.placardpack')),
    documents: files.filter((f) => f.name.toLowerCase().endsWith('.placard')),
  };
}

function hasFiles(data: DataTransfer | null): boolean {
  return !!data && [...data.types].includes('Files');
}

/** Window-level drop target for packs and documents; images keep going to the canvas. */
function listenForFileDrops(): () => void {
  const over = (e: DragEvent) => {
    if (hasFiles(e.dataTransfer)) e.preventDefault();
  };
  const drop = (e: DragEvent) => {
    const { packs, documents } = droppedFiles(e.dataTransfer);
    if (packs.length === 0 && documents.length === 0) return;
    e.preventDefault();
    e.stopPropagation();
    void (async () => {
      for (const file of packs) await importPackBytes(new Uint8Array(await file.arrayBuffer()));
      // One document at a time is open: the first dropped one.
      const doc = documents[0];
      if (!doc) return;
      if (doc.size > MAX_ARCHIVE_BYTES) {
        useEditorStore.getState().setStatus({ key: 'status.error', params: { message: errorMessage(Object.assign(new Error('too large'), { code: 'bundle.too-large', params: { max: MAX_ARCHIVE_BYTES } })) }, tone: 'error' });
        return;
      }
      await openDocumentBytes(new Uint8Array(await doc.arrayBuffer()), doc.name);
    })();
  };
  window.addEventListener('dragover', over);
  // Capture: the canvas must not treat a pack as an image it cannot open.
  window.addEventListener('drop', drop, true);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('drop', drop, true);
  };
}

let started = false;

export async function startDocumentServices(): Promise<void> {
  if (started) return;
  started = true;
  const api = getApi();
  startAutosave(documentContents);
  listenForFileDrops();
  api.onCloseRequested(() => {
    void (async () => {
      let close = false;
      try {
        close = await confirmUnsaved();
      } finally {
        await api.answerClose(close);
      }
    })();
  });
  api.onOpenFile((path) => void openFromOs(path));
  // Crash recovery first: the user decides about lost work before anything else opens.
  await offerRecoveries();
  try {
    for (const path of await api.takeOpenRequests()) await openFromOs(path);
  } catch (err) {
    useEditorStore.getState().setStatus({ key: 'status.error', params: { message: String(err) }, tone: 'error' });
  }
}
