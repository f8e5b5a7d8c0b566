// What reaches the editor from outside: files the OS asks us to open (double-click, command
// line), the window's close request (unsaved-changes prompt), and .placardpack files dropped on
// the window. Started once at boot.
import { getApi } from '../bridge';
import { useEditorStore } from '../state/editor-store';
import { importPackAtPath, importPackBytes } from '../packs/pack-actions';
import { confirmUnsaved, documentContents, openDocumentAt } from './document-io';
import { startAutosave } from './autosave';
import { offerRecoveries } from './restore';

export function openFromOs(path: string): Promise<unknown> {
  return path.toLowerCase().endsWith('.placardpack') ? importPackAtPath(path) : openDocumentAt(path);
}

function droppedPacks(data: DataTransfer | null): File[] {
  return [...(data?.files ?? [])].filter((f) => f.name.toLowerCase().endsWith('.placardpack'));
}

function hasFiles(data: DataTransfer | null): boolean {
  return !!data && [...data.types].includes('Files');
}

/** Window-level drop target for packs; images keep going to the canvas. */
function listenForPackDrops(): () => void {
  const over = (e: DragEvent) => {
    if (hasFiles(e.dataTransfer)) e.preventDefault();
  };
  const drop = (e: DragEvent) => {
    const packs = droppedPacks(e.dataTransfer);
    if (packs.length === 0) return;
    e.preventDefault();
    e.stopPropagation();
    void (async () => {
      for (const file of packs) await importPackBytes(new Uint8Array(await file.arrayBuffer()));
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
  listenForPackDrops();
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
