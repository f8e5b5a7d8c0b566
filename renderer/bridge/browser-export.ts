// Export-to-folder and clipboard for the plain-browser bridge. With the File System Access API
// the user picks a real folder; without it, the "folder" is the browser's downloads.
import { API, type PlacardApi } from '../../core/api';
import { download as downloadAs } from './browser-dom';

type ExportApi = Pick<PlacardApi, 'chooseExportFolder' | 'writeExportFiles' | 'copyImageToClipboard' | 'printWindow'>;

interface DirectoryHandle {
  name: string;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<{ createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }> }>;
}
type DirectoryPicker = (options?: { mode?: 'readwrite'; id?: string }) => Promise<DirectoryHandle>;

const DOWNLOADS = 'downloads';

function randomToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const MIME_OF_EXTENSION: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', txt: 'text/plain;charset=utf-8' };

function download(bytes: Uint8Array, name: string): void {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  downloadAs(bytes, name, MIME_OF_EXTENSION[ext] ?? 'application/octet-stream');
}

export function createBrowserExport(): ExportApi {
  const folders = new Map<string, DirectoryHandle | typeof DOWNLOADS>();
  return {
    async chooseExportFolder() {
      const picker = (window as unknown as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
      const token = randomToken();
      if (!picker) {
        folders.set(token, DOWNLOADS);
        return { token, label: DOWNLOADS };
      }
      try {
        const handle = await picker({ mode: 'readwrite', id: 'placard-export' });
        folders.set(token, handle);
        return { token, label: handle.name };
      } catch (err) {
        if ((err as { name?: string }).name === 'AbortError') return null;
        throw err;
      }
    },
    async writeExportFiles(args) {
      const [valid] = API.writeExportFiles.args.parse([args]);
      const folder = folders.get(valid.folder);
      if (!folder) throw Object.assign(new Error('The export folder is not known; choose it again'), { code: 'export.folder-unknown', params: {} });
      if (folder === DOWNLOADS) {
        for (const f of valid.files) download(f.bytes, f.name);
        return { status: 'written', paths: valid.files.map((f) => f.name) };
      }
      if (!valid.overwrite) {
        const existing: string[] = [];
        for (const f of valid.files) {
          try {
            await folder.getFileHandle(f.name);
            existing.push(f.name);
          } catch {
            // Not there: fine.
          }
        }
        if (existing.length) return { status: 'exists', names: existing };
      }
      // createWritable writes to a swap file and replaces the target on close: each file is atomic.
      for (const f of valid.files) {
        const writable = await (await folder.getFileHandle(f.name, { create: true })).createWritable();
        await writable.write(new Blob([f.bytes as BlobPart]));
        await writable.close();
      }
      return { status: 'written', paths: valid.files.map((f) => `${folder.name}/${f.name}`) };
    },
    async copyImageToClipboard(args) {
      const [valid] = API.copyImageToClipboard.args.parse([args]);
      if (!navigator.clipboard || typeof ClipboardItem === 'undefined') {
        throw Object.assign(new Error('The system clipboard is not available'), { code: 'clipboard.unavailable', params: {} });
      }
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([valid.png as BlobPart], { type: 'image/png' }) })]);
      return { copied: true };
    },
    async printWindow() {
      // The browser's own print dialog; it does not say whether the user printed or cancelled.
      window.print();
      return { status: 'printed' };
    },
  };
}
