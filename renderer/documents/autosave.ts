// Recovery copies: a couple of seconds after each change the open document is written to the
// recovery folder (main keeps one copy per document key). Saving, or discarding on purpose,
// clears it; whatever is left at the next start survived a crash and is offered for restoring.
import type { Design } from '../../core/model';
import { getApi } from '../bridge';
import { useDesignStore } from '../state/design-store';
import { useDocumentStore } from './document-store';

export const AUTOSAVE_DELAY_MS = 2000;
let timer: ReturnType<typeof setTimeout> | null = null;
let writing: Promise<void> = Promise.resolve();
let stop: (() => void) | null = null;

/** The recovery key of the open document: its path, or its design id before the first save. */
export function docKeyOf(): string {
  return useDocumentStore.getState().path ?? `untitled:${useDesignStore.getState().design.id}`;
}

export function cancelAutosave(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

/** The form a document is saved in (unused images dropped), with its image and font bytes. */
export type DocumentContents = (design: Design) => { design: Design; assets: Record<string, Uint8Array>; fonts: Record<string, Uint8Array> };

/** Writes the recovery copy now (when there are unsaved changes). Failures only warn: autosave must never interrupt work. */
export function writeRecoveryNow(contents: DocumentContents): Promise<void> {
  cancelAutosave();
  const { design, revision, savedRevision } = useDesignStore.getState();
  if (revision === savedRevision) return writing;
  const docKey = docKeyOf();
  writing = writing
    .then(() => getApi().writeRecovery({ docKey, ...contents(design) }))
    .catch((err: unknown) => console.warn('could not write the recovery copy:', err));
  return writing;
}

export async function clearRecoveryFor(docKey: string): Promise<void> {
  await writing;
  await getApi()
    .clearRecovery(docKey)
    .catch((err: unknown) => console.warn('could not clear the recovery copy:', err));
}

/** Starts writing recovery copies AUTOSAVE_DELAY_MS after the last change. */
export function startAutosave(contents: DocumentContents, delayMs = AUTOSAVE_DELAY_MS): () => void {
  stop?.();
  const unsubscribe = useDesignStore.subscribe((state, previous) => {
    if (state.revision === previous.revision || state.revision === state.savedRevision) return;
    cancelAutosave();
    timer = setTimeout(() => void writeRecoveryNow(contents), delayMs);
  });
  stop = () => {
    unsubscribe();
    cancelAutosave();
    stop = null;
  };
  return stop;
}
