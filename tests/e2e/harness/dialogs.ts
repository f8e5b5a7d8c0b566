// Test doubles for the native file dialogs. A test queues the answer the "user" will give
// before triggering the UI; a dialog opened with nothing queued fails loudly, so a test never
// hangs or silently saves somewhere unexpected.
import type { Dialogs, SaveFileOptions } from '../../../electron/handlers';
import type { DocumentDialogOptions } from '../../../electron/file-handlers';

export class QueuedDialogs implements Dialogs {
  private readonly openAnswers: (string | null)[] = [];
  private readonly saveAnswers: (string | null)[] = [];
  private readonly folderAnswers: (string | null)[] = [];
  /** Every folder dialog shown, in order. */
  readonly folderCalls: { answer: string | null }[] = [];
  /** Every open dialog shown, in order. */
  readonly openCalls: { answer: string | null }[] = [];
  /** Every save dialog shown, with the options main passed (suggested name, filters). */
  readonly saveCalls: (SaveFileOptions & { answer: string | null })[] = [];

  /** The next open-image dialog picks `path` (null: the user cancels). */
  nextOpen(path: string | null): this {
    this.openAnswers.push(path);
    return this;
  }

  /** The next save dialog picks `path` (null: the user cancels). */
  nextSave(path: string | null): this {
    this.saveAnswers.push(path);
    return this;
  }

  /** The next export-folder dialog picks `path` (null: the user cancels). */
  nextFolder(path: string | null): this {
    this.folderAnswers.push(path);
    return this;
  }

  /** Answers queued but not yet used; a finished test should normally have none left. */
  pending(): { open: number; save: number; folder: number } {
    return { open: this.openAnswers.length, save: this.saveAnswers.length, folder: this.folderAnswers.length };
  }

  async chooseFolder(): Promise<string | null> {
    if (this.folderAnswers.length === 0) throw new Error('test double: a folder dialog was shown but the test queued no answer (dialogs.nextFolder)');
    const answer = this.folderAnswers.shift()!;
    this.folderCalls.push({ answer });
    return answer;
  }

  private readonly sheetAnswers: (string | null)[] = [];
  private readonly photoFolderAnswers: (string | null)[] = [];

  /** The next bulk-create spreadsheet dialog picks `path` (null: the user cancels). */
  nextSpreadsheet(path: string | null): this {
    this.sheetAnswers.push(path);
    return this;
  }

  /** The next photo-folder dialog picks `path` (null: the user cancels). */
  nextPhotoFolder(path: string | null): this {
    this.photoFolderAnswers.push(path);
    return this;
  }

  async openSpreadsheet(): Promise<string | null> {
    if (this.sheetAnswers.length === 0) throw new Error('test double: a spreadsheet dialog was shown but the test queued no answer (dialogs.nextSpreadsheet)');
    return this.sheetAnswers.shift()!;
  }

  async choosePhotoFolder(): Promise<string | null> {
    if (this.photoFolderAnswers.length === 0) throw new Error('test double: a photo-folder dialog was shown but the test queued no answer (dialogs.nextPhotoFolder)');
    return this.photoFolderAnswers.shift()!;
  }

  async openImage(): Promise<string | null> {
    if (this.openAnswers.length === 0) throw new Error('test double: an open-image dialog was shown but the test queued no answer (dialogs.nextOpen)');
    const answer = this.openAnswers.shift()!;
    this.openCalls.push({ answer });
    return answer;
  }

  async saveFile(options: SaveFileOptions): Promise<string | null> {
    if (this.saveAnswers.length === 0)
      throw new Error(`test double: a save dialog for "${options.suggestedName}" was shown but the test queued no answer (dialogs.nextSave)`);
    const answer = this.saveAnswers.shift()!;
    this.saveCalls.push({ ...structuredClone(options), answer });
    return answer;
  }

  // Documents and packs (issue 7): one queue per dialog kind, answered in order.
  private readonly fileAnswers: Record<'openDocument' | 'saveDocument' | 'openPack' | 'savePack', (string | null)[]> = { openDocument: [], saveDocument: [], openPack: [], savePack: [] };
  /** Every document or pack dialog shown, in order, with its suggested name when it had one. */
  readonly fileCalls: { kind: string; suggestedName?: string; answer: string | null }[] = [];

  nextOpenDocument(path: string | null): this {
    this.fileAnswers.openDocument.push(path);
    return this;
  }
  nextSaveDocument(path: string | null): this {
    this.fileAnswers.saveDocument.push(path);
    return this;
  }
  nextOpenPack(path: string | null): this {
    this.fileAnswers.openPack.push(path);
    return this;
  }
  nextSavePack(path: string | null): this {
    this.fileAnswers.savePack.push(path);
    return this;
  }

  private answerFile(kind: keyof QueuedDialogs['fileAnswers'], suggestedName?: string): string | null {
    const queue = this.fileAnswers[kind];
    if (queue.length === 0) throw new Error(`test double: a ${kind} dialog was shown but the test queued no answer`);
    const answer = queue.shift()!;
    this.fileCalls.push({ kind, ...(suggestedName !== undefined ? { suggestedName } : {}), answer });
    return answer;
  }
  async openDocument(): Promise<string | null> {
    return this.answerFile('openDocument');
  }
  async saveDocument(options: DocumentDialogOptions): Promise<string | null> {
    return this.answerFile('saveDocument', options.suggestedName);
  }
  async openPack(): Promise<string | null> {
    return this.answerFile('openPack');
  }
  async savePack(options: DocumentDialogOptions): Promise<string | null> {
    return this.answerFile('savePack', options.suggestedName);
  }
}
