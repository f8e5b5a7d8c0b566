// The document, recent, recovery and pack channels, run through invokeValidated (as IPC does)
// against real temporary folders.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorInfo } from '../../../core/api';
import { writePack } from '../../../core/bundle';
import { PACK_LIBRARY_DIR, createFileAccess } from '../../../electron/file-handlers';
import { createApiHandlers, invokeValidated, type Dialogs } from '../../../electron/handlers';
import { buildHostileCorpus, pngBytes, sampleBrandKit, sampleDesign, samplePackInput, sampleTemplate, ttfBytes } from '../../helpers/hostile-corpus';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'placard-file-handlers-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

type Answers = Partial<Record<'openDocument' | 'saveDocument' | 'openPack' | 'savePack', (string | null)[]>>;

function setup(answers: Answers = {}, extra: { openRequests?: string[] } = {}) {
  const asked: string[] = [];
  const next = (kind: keyof Answers) => async () => {
    asked.push(kind);
    const queue = answers[kind];
    if (!queue || queue.length === 0) throw new Error(`unexpected ${kind} dialog`);
    return queue.shift()!;
  };
  const dialogs: Dialogs = {
    openImage: async () => null,
    saveFile: async () => null,
    openDocument: next('openDocument'),
    saveDocument: next('saveDocument'),
    openPack: next('openPack'),
    savePack: next('savePack'),
  };
  const closeAnswers: boolean[] = [];
  const userDataDir = path.join(dir, 'userData');
  const handlers = createApiHandlers({
    dialogs,
    userDataDir,
    appVersion: '1.0.0',
    platform: 'linux',
    fileAccess: createFileAccess(),
    takeOpenRequests: () => (extra.openRequests ?? []).splice(0),
    onCloseAnswer: (close) => closeAnswers.push(close),
  });
  const call = (method: string, ...args: unknown[]) => invokeValidated(handlers, method, args) as Promise<any>;
  return { handlers, call, asked, closeAnswers, userDataDir };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (err) {
    return apiErrorInfo(err)?.code ?? String(err);
  }
}

const doc = () => ({ design: sampleDesign('doc_one'), assets: { logo: pngBytes() } });

describe('document channels', () => {
  it('save as, reopen by dialog and by path: deep-equal, listed in recent', async () => {
    const target = path.join(dir, 'flyer');
    const { call, asked } = setup({ saveDocument: [target], openDocument: [`${target}.placard`] });
    const saved = await call('saveDocumentAs', { suggestedName: 'Rally flyer', ...doc() });
    expect(saved).toEqual({ status: 'saved', path: `${target}.placard` });
    const opened = await call('openDocumentDialog');
    expect(opened).toEqual({ path: `${target}.placard`, ...doc(), fonts: {} });
    const again = await call('openDocumentPath', `${target}.placard`);
    expect(again.design).toEqual(doc().design);
    expect(await call('getRecentDocuments')).toEqual({ recent: [{ path: `${target}.placard`, name: 'flyer.placard' }], pruned: [] });
    expect(asked).toEqual(['saveDocument', 'openDocument']);
  });

  it('save writes only to a path main handed out', async () => {
    const { call } = setup({ saveDocument: [path.join(dir, 'a.placard')] });
    await call('saveDocumentAs', { suggestedName: 'a', ...doc() });
    const renamed = { ...doc(), design: { ...doc().design, name: 'Renamed' } };
    expect(await call('saveDocument', { path: path.join(dir, 'a.placard'), ...renamed })).toMatchObject({ status: 'saved' });
    expect((await call('openDocumentPath', path.join(dir, 'a.placard'))).design.name).toBe('Renamed');
    // Never chosen by the user: refused, nothing written.
    expect(await codeOf(call('saveDocument', { path: path.join(dir, 'evil.placard'), ...doc() }))).toBe('document.path-not-allowed');
    expect(await codeOf(call('openDocumentPath', '/etc/passwd'))).toBe('document.path-not-allowed');
    expect((await readdir(dir)).sort()).toEqual(['a.placard', 'userData']);
  });

  it('carries the fonts a document uses, in saves and recovery copies; refuses a corrupt one', async () => {
    const target = path.join(dir, 'fonts.placard');
    const { call } = setup({ saveDocument: [target] });
    const fonts = { 'My_Font.ttf': ttfBytes() };
    await call('saveDocumentAs', { suggestedName: 'fonts', ...doc(), fonts });
    expect((await call('openDocumentPath', target)).fonts).toEqual(fonts);
    await call('writeRecovery', { docKey: target, ...doc(), fonts });
    expect((await call('readRecovery', target)).fonts).toEqual(fonts);
    expect(await codeOf(call('saveDocument', { path: target, ...doc(), fonts: { 'Bad.ttf': new Uint8Array(40).fill(7) } }))).toBe('bundle.bad-font');
    expect(await codeOf(call('saveDocument', { path: target, ...doc(), fonts: { '../evil.ttf': ttfBytes() } }))).toBe('ipc.invalid-args');
    expect((await call('openDocumentPath', target)).fonts).toEqual(fonts);
  });

  it('a canceled save-as writes nothing; an invalid design is refused before the dialog', async () => {
    const { call, asked } = setup({ saveDocument: [null] });
    expect(await call('saveDocumentAs', { suggestedName: 'x', ...doc() })).toEqual({ status: 'canceled' });
    expect(await codeOf(call('saveDocumentAs', { suggestedName: 'x', design: sampleDesign('doc_two'), assets: {} }))).toBe('bundle.missing-asset');
    expect(await codeOf(call('saveDocumentAs', { suggestedName: 'x', design: { ...sampleDesign(), width: -1 }, assets: {} }))).toBe('ipc.invalid-args');
    expect(asked).toEqual(['saveDocument']);
  });

  it('recent keeps 10, newest first, and prunes missing files with their names', async () => {
    const paths = Array.from({ length: 12 }, (_, i) => path.join(dir, `d${i}.placard`));
    const { call } = setup({ saveDocument: [...paths] });
    for (const _ of paths) await call('saveDocumentAs', { suggestedName: 'd', ...doc() });
    const { recent } = await call('getRecentDocuments');
    expect(recent.map((r: { name: string }) => r.name)).toEqual(['d11.placard', 'd10.placard', 'd9.placard', 'd8.placard', 'd7.placard', 'd6.placard', 'd5.placard', 'd4.placard', 'd3.placard', 'd2.placard']);
    await rm(paths[10]!);
    const after = await call('getRecentDocuments');
    expect(after.pruned).toEqual(['d10.placard']);
    expect(after.recent).toHaveLength(9);
    expect(await codeOf(call('openDocumentPath', paths[10]))).toBe('document.not-found');
  });

  it('opening a corrupt document names the problem', async () => {
    const bad = path.join(dir, 'bad.placard');
    await writeFile(bad, 'not a zip at all, only words');
    const { call } = setup({ openDocument: [bad] });
    expect(await codeOf(call('openDocumentDialog'))).toBe('bundle.not-a-zip');
  });

  it('open requests from the OS become usable paths; close answers reach main', async () => {
    const file = path.join(dir, 'os.placard');
    const first = setup({ saveDocument: [file] });
    await first.call('saveDocumentAs', { suggestedName: 'os', ...doc() });
    await rm(path.join(first.userDataDir, 'recent.json'));
    const { call, closeAnswers } = setup({}, { openRequests: [file] });
    expect(await codeOf(call('openDocumentPath', file))).toBe('document.path-not-allowed');
    expect(await call('takeOpenRequests')).toEqual([file]);
    expect((await call('openDocumentPath', file)).design.id).toBe('doc_one');
    await call('answerClose', false);
    await call('answerClose', true);
    expect(closeAnswers).toEqual([false, true]);
  });
});

describe('recovery channels', () => {
  it('write, list (name and time), read, clear', async () => {
    const { call } = setup();
    await call('writeRecovery', { docKey: 'untitled:doc_one', ...doc() });
    const list = await call('listRecoveries');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ docKey: 'untitled:doc_one', designName: 'Rally flyer', path: null });
    expect(typeof list[0].savedAt).toBe('number');
    expect(await call('readRecovery', 'untitled:doc_one')).toEqual({ path: null, ...doc(), fonts: {} });
    await call('clearRecovery', 'untitled:doc_one');
    expect(await call('listRecoveries')).toEqual([]);
    expect(await call('readRecovery', 'untitled:doc_one')).toBeNull();
  });

  it('a recovered copy keeps its path only when the user saved there before', async () => {
    const file = path.join(dir, 'kept.placard');
    const { call } = setup({ saveDocument: [file] });
    await call('saveDocumentAs', { suggestedName: 'kept', ...doc() });
    await call('writeRecovery', { docKey: file, ...doc() });
    await call('writeRecovery', { docKey: '/etc/evil.placard', ...doc() });
    expect((await call('readRecovery', file)).path).toBe(file);
    expect((await call('readRecovery', '/etc/evil.placard')).path).toBeNull();
  });
});

describe('pack channels', () => {
  const packBytes = (version: string) => writePack(samplePackInput(version));

  it('choose + import a file, list, details, update, refuse older, force, remove', async () => {
    const v1 = path.join(dir, 'rally-1.placardpack');
    await writeFile(v1, packBytes('1.0.0'));
    const { call, userDataDir } = setup({ openPack: [v1] });
    const chosen = await call('choosePackFile');
    expect(chosen).toEqual({ path: v1, name: 'rally-1.placardpack' });
    const first = await call('importPackFile', { path: chosen.path });
    expect(first).toMatchObject({ pack: { id: 'org.example.rally', version: '1.0.0', templateIds: ['rally-flyer'] }, replacedVersion: null });
    expect((await call('listPacks')).map((p: { id: string }) => p.id)).toEqual(['org.example.rally']);
    const details = await call('getPackDetails', 'org.example.rally');
    expect(details.templates).toEqual([sampleTemplate()]);
    expect(details.brandKits).toEqual([sampleBrandKit()]);
    expect(Object.keys(details.assets)).toEqual(['logo']);

    expect(await codeOf(call('importPackBytes', { bytes: packBytes('1.0.0') }))).toBe('pack.conflict');
    expect(await codeOf(call('importPackBytes', { bytes: packBytes('1.2.0') }))).toBe('pack.conflict');
    expect(await call('importPackBytes', { bytes: packBytes('1.2.0'), choice: 'replace' })).toMatchObject({ replacedVersion: '1.0.0', pack: { version: '1.2.0' } });
    const older = await codeOf(call('importPackBytes', { bytes: packBytes('1.1.0') }));
    expect(older).toBe('pack.conflict');
    expect(await call('importPackBytes', { bytes: packBytes('1.1.0'), choice: 'replace' })).toMatchObject({ replacedVersion: '1.2.0' });
    await expect(call('importPackBytes', { bytes: packBytes('1.1.0'), force: true })).rejects.toThrow();
    await call('removePack', 'org.example.rally');
    expect(await call('listPacks')).toEqual([]);
    expect(await readdir(path.join(userDataDir, PACK_LIBRARY_DIR, 'packs'))).toEqual([]);
  });

  it('a file never chosen cannot be imported', async () => {
    const file = path.join(dir, 'sneaky.placardpack');
    await writeFile(file, packBytes('1.0.0'));
    const { call } = setup();
    expect(await codeOf(call('importPackFile', { path: file }))).toBe('document.path-not-allowed');
  });

  it('a hostile pack is refused with its code and the library stays as it was', async () => {
    const { call, userDataDir } = setup();
    await call('importPackBytes', { bytes: packBytes('1.0.0') });
    const before = await readdir(path.join(userDataDir, PACK_LIBRARY_DIR, 'packs'), { recursive: true });
    const traversal = buildHostileCorpus().find((c) => c.name === 'parent traversal')!;
    expect(await codeOf(call('importPackBytes', { bytes: traversal.bytes }))).toBe('bundle.path-traversal');
    expect(await readdir(path.join(userDataDir, PACK_LIBRARY_DIR, 'packs'), { recursive: true })).toEqual(before);
    expect(await readdir(dir)).toEqual(['userData']);
  });

  it('export asks where to save and the file imports deep-equal elsewhere', async () => {
    const target = path.join(dir, 'out');
    const { call } = setup({ savePack: [target] });
    const input = samplePackInput('2.0.0');
    const result = await call('exportPack', { manifest: input.manifest, templates: input.templates, brandKits: input.brandKits, assets: Object.fromEntries(input.assets) });
    expect(result).toEqual({ status: 'saved', path: `${target}.placardpack` });
    const other = setup({ openPack: [`${target}.placardpack`] });
    const chosen = await other.call('choosePackFile');
    await other.call('importPackFile', { path: chosen.path });
    const details = await other.call('getPackDetails', input.manifest.id);
    expect(details.templates).toEqual(input.templates);
    expect(details.brandKits).toEqual(input.brandKits);
    expect(details.assets).toEqual(Object.fromEntries(input.assets));
  });

  it('imported fonts travel with a pack and come back on import; a corrupt one is refused', async () => {
    const font = new Uint8Array(readFileSync(createRequire(import.meta.url).resolve('@fontsource/anton/files/anton-latin-400-normal.woff2')));
    const target = path.join(dir, 'fonts');
    const { call } = setup({ savePack: [target, path.join(dir, 'never')] });
    const input = samplePackInput('3.0.0');
    const args = { manifest: input.manifest, templates: input.templates, brandKits: input.brandKits, assets: Object.fromEntries(input.assets) };
    await call('exportPack', { ...args, fonts: { 'Campaign_Sans.woff2': font } });
    const other = setup({ openPack: [`${target}.placardpack`] });
    await other.call('importPackFile', { path: (await other.call('choosePackFile')).path });
    const details = await other.call('getPackDetails', input.manifest.id);
    expect(details.fonts).toEqual({ 'Campaign_Sans.woff2': font });
    const broken = await call('exportPack', { ...args, fonts: { 'Broken.woff2': new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]) } }).catch((e: unknown) => apiErrorInfo(e));
    expect(broken).toMatchObject({ code: 'bundle.bad-font' });
  });

  it('export refuses an invalid template with its field path, before any dialog', async () => {
    const { call, asked } = setup({ savePack: [path.join(dir, 'never')] });
    const input = samplePackInput();
    const bad = { ...sampleTemplate(), design: { ...sampleDesign(), width: 'wide' } };
    const err = await call('exportPack', { manifest: input.manifest, templates: [bad], brandKits: [], assets: { logo: pngBytes() } }).catch((e: unknown) => apiErrorInfo(e));
    expect(err).toMatchObject({ code: 'bundle.invalid-template', params: { field: 'design.width' } });
    expect(asked).toEqual([]);
  });
});
