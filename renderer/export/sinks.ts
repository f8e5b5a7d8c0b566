// Where the one export job (core/export/job.ts) puts finished images in the app: a folder the
// user chose (with the overwrite question), a file picked in a save dialog, or the clipboard.
import { ExportError } from '../../core/export/types';
import type { ExportSink, SinkFile } from '../../core/export/job';
import type { PlacardApi } from '../../core/api';

type Files = { name: string; bytes: Uint8Array<ArrayBuffer> }[];

function filesOf(file: SinkFile): Files {
  const files: Files = [{ name: file.fileName, bytes: file.result.bytes as Uint8Array<ArrayBuffer> }];
  if (file.altText) files.push({ name: file.altText.fileName, bytes: new TextEncoder().encode(file.altText.text) });
  return files;
}

/**
 * Writes each image and its alt text into a chosen folder. When names exist, `confirmOverwrite`
 * is asked: 'replace' (this and later ones), 'skip' or 'cancel'.
 */
export function folderSink(
  api: Pick<PlacardApi, 'writeExportFiles'>,
  folderToken: string,
  confirmOverwrite: (names: string[]) => Promise<'replace' | 'skip' | 'cancel'>,
): ExportSink {
  let replaceAll = false;
  return {
    async write(file) {
      const files = filesOf(file);
      const written = await api.writeExportFiles({ folder: folderToken, files, overwrite: replaceAll });
      if (written.status !== 'exists') return { status: 'written', ...(written.paths[0] ? { path: written.paths[0] } : {}) };
      const answer = await confirmOverwrite(written.names);
      if (answer !== 'replace') return { status: answer === 'skip' ? 'skipped' : 'cancelled' };
      replaceAll = true;
      const again = await api.writeExportFiles({ folder: folderToken, files, overwrite: true });
      return { status: 'written', ...(again.status === 'written' && again.paths[0] ? { path: again.paths[0] } : {}) };
    },
  };
}

/** Asks where to save each image (the system save dialog); closing the dialog cancels the job. */
export function saveFileSink(api: Pick<PlacardApi, 'saveExport'>): ExportSink {
  return {
    async write(file) {
      const result = await api.saveExport({ suggestedName: file.fileName, mime: file.result.mime, bytes: file.result.bytes as Uint8Array<ArrayBuffer> });
      return result.status === 'saved' ? { status: 'written', path: result.path } : { status: 'cancelled' };
    },
  };
}

/** Puts the image on the system clipboard (PNG only: what every app pastes). */
export function clipboardSink(api: Pick<PlacardApi, 'copyImageToClipboard'>): ExportSink {
  return {
    async write(file) {
      if (file.result.format !== 'png') throw new ExportError('export.no-format', `the clipboard takes PNG, not ${file.result.format}`, { preset: file.preset.id });
      await api.copyImageToClipboard({ png: file.result.bytes as Uint8Array<ArrayBuffer> });
      return { status: 'written' };
    },
  };
}
