// Bulk create's files in a plain browser: the spreadsheet through a file picker, and photos from
// a folder the user picks (a directory input), looked up by the path a cell names. A browser
// cannot read files beside the spreadsheet, so its "folder" holds nothing until one is picked.
import { MAX_IMAGE_BYTES, type PlacardApi } from '../../core/api';
import { sniffImageMime } from '../../core/bundle/image-sniff';
import { pickFile } from './browser-dom';

type BulkApi = Pick<PlacardApi, 'openSpreadsheet' | 'choosePhotoFolder' | 'readFolderPhoto'>;

const coded = (code: string, message: string, params: Record<string, string | number> = {}) => Object.assign(new Error(message), { code, params });
const token = () => [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
/** "photos/ana.jpg", "./photos/ana.jpg" and "photos\\ana.jpg" name the same file. */
const normalize = (name: string) => name.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');

function pickFolder(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.webkitdirectory = true;
    input.style.display = 'none';
    const done = (files: File[]) => {
      resolve(files);
      input.remove();
    };
    input.addEventListener('change', () => done([...(input.files ?? [])]));
    input.addEventListener('cancel', () => done([]));
    document.body.append(input);
    input.click();
  });
}

export function createBrowserBulk(): BulkApi {
  const folders = new Map<string, Map<string, File>>();
  return {
    async openSpreadsheet() {
      const file = await pickFile('.csv,.tsv,.txt,.xlsx,.ods,text/csv,text/tab-separated-values');
      if (!file) return null;
      const t = token();
      folders.set(t, new Map());
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), folder: { token: t, label: '' } };
    },
    async choosePhotoFolder() {
      const files = await pickFolder();
      if (!files.length) return null;
      const t = token();
      // webkitRelativePath starts with the chosen folder's own name.
      const byPath = new Map(files.map((f) => [normalize(f.webkitRelativePath.split('/').slice(1).join('/') || f.name), f]));
      folders.set(t, byPath);
      return { token: t, label: files[0]!.webkitRelativePath.split('/')[0] ?? '' };
    },
    async readFolderPhoto({ folder, name }) {
      const files = folders.get(folder);
      if (!files) throw coded('bulk.folder-unknown', 'The photo folder is not known; choose it again');
      const file = files.get(normalize(name));
      if (!file) throw coded('bulk.photo-not-found', `${name}: no such file`, { name });
      if (file.size > MAX_IMAGE_BYTES) throw coded('image.too-large', `${name} is too large`, { name, maxMb: MAX_IMAGE_BYTES / 1024 / 1024 });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const mime = sniffImageMime(bytes);
      if (!mime) throw coded('image.unsupported', `${name} is not an image`, { name });
      return { name: file.name, mime, bytes };
    },
  };
}
