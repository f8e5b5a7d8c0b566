// Where the open document lives on disk, and the recent documents list. The design itself is in
// the design store; "unsaved" is its revision !== savedRevision.
import { create } from 'zustand';
import type { RecentDocument } from '../../core/api-files';

interface DocumentState {
  /** The file the document was opened from or last saved to; null until its first save. */
  path: string | null;
  recent: RecentDocument[];
  setPath(path: string | null): void;
  setRecent(recent: RecentDocument[]): void;
}

export const useDocumentStore = create<DocumentState>()((set) => ({
  path: null,
  recent: [],
  setPath: (path) => set({ path }),
  setRecent: (recent) => set({ recent }),
}));

/** The last part of a path, for titles and messages (both separators: paths may come from Windows). */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** The toolbar title: the file name once saved, else the design's name. */
export function useDocumentTitle(designName: string, untitled: string): string {
  const path = useDocumentStore((s) => s.path);
  return path ? fileNameOf(path) : designName || untitled;
}
