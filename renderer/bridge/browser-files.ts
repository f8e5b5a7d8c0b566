// Documents, recovery copies and packs for the plain-browser shell: a file picker to open,
// downloads to save, IndexedDB for recovery copies and installed packs. The same core/bundle
// readers validate everything, so the browser accepts exactly what the desktop app accepts.
import { FILE_API, type DocumentPayload, type FileEventListeners, type PackDetails, type PackSummary } from '../../core/api-files';
import type { PlacardApi } from '../../core/api';
import type { BundleIssue, PackInstallChoice } from '../../core/bundle';
import type { Template } from '../../core/templates/validate';
import { idbGet, idbSet } from './idb';
import { download, pickFile } from './browser-dom';

/** Documents and packs are zip files. */
const downloadAs = (bytes: Uint8Array, name: string) => download(bytes, name, 'application/zip');

type FileApi = Pick<PlacardApi, keyof typeof FILE_API> & FileEventListeners;

const RECOVERY_KEY = 'recoveries';
const PACKS_KEY = 'packs';

interface StoredRecovery {
  docKey: string;
  savedAt: number;
  designName: string;
  bytes: Uint8Array;
}

function coded(code: string, message: string, params: Record<string, string | number> = {}): Error {
  return Object.assign(new Error(message), { code, params });
}
const bundleError = (issue: BundleIssue): Error => coded(issue.code, issue.message, issue.params);
// Reading and writing archives (zip, pack checks, SVG checks) loads when a file is first read or written.
const bundle = () => import('../../core/bundle');

async function encode(payload: Omit<DocumentPayload, 'path'>): Promise<Uint8Array> {
  const { writeDocumentBundle } = await bundle();
  try {
    return writeDocumentBundle({ design: payload.design, assets: new Map(Object.entries(payload.assets)), fonts: new Map(Object.entries(payload.fonts)) });
  } catch (err) {
    const issue = (err as { issue?: BundleIssue }).issue;
    throw issue ? bundleError(issue) : err;
  }
}

async function decode(bytes: Uint8Array, path: string | null): Promise<DocumentPayload> {
  const result = (await bundle()).readDocumentBundle(bytes);
  if (!result.ok) throw bundleError(result.error);
  return { path, design: result.value.design, assets: Object.fromEntries(result.value.assets), fonts: Object.fromEntries(result.value.fonts) };
}

const withExt = (name: string, ext: string) => (name.toLowerCase().endsWith(ext) ? name : name + ext);

export function createBrowserFiles(): FileApi {
  const recoveries = async () => (await idbGet<StoredRecovery[]>(RECOVERY_KEY).catch(() => undefined)) ?? [];
  const packs = async () => (await idbGet<Record<string, Uint8Array>>(PACKS_KEY).catch(() => undefined)) ?? {};
  const readInstalled = async (bytes: Uint8Array) => {
    const result = (await bundle()).readPack(bytes);
    if (!result.ok) throw bundleError(result.error);
    return result.value;
  };
  const summarize = async (bytes: Uint8Array): Promise<PackSummary> => {
    const { manifest, templates, brandKits } = await readInstalled(bytes);
    const { id, name, version, author, description, license, placardVersion } = manifest;
    return { id, name, version, author, description, license, placardVersion, templateIds: [...templates.keys()].sort(), brandKitIds: [...brandKits.keys()].sort() };
  };
  async function importBytes(bytes: Uint8Array, choice: PackInstallChoice) {
    const { planPackInstall, writePack } = await bundle();
    const contents = await readInstalled(bytes);
    const all = await packs();
    const installed = Object.hasOwn(all, contents.manifest.id) ? (await readInstalled(all[contents.manifest.id]!)).manifest : null;
    const plan = planPackInstall(contents.manifest, installed, new Set(Object.keys(all)), choice);
    if (!plan.ok) throw coded(plan.code, plan.message, plan.params);
    const stored =
      plan.id === contents.manifest.id
        ? bytes
        : writePack({ manifest: { ...contents.manifest, id: plan.id }, templates: [...contents.templates.values()], brandKits: [...contents.brandKits.values()], assets: contents.assets, fonts: contents.fonts });
    await idbSet(PACKS_KEY, { ...all, [plan.id]: stored });
    return { pack: await summarize(stored), replacedVersion: plan.replacing?.version ?? null };
  }
  let chosenPack: Uint8Array | null = null;

  return {
    async openDocumentDialog() {
      const file = await pickFile('.placard');
      return file ? decode(new Uint8Array(await file.arrayBuffer()), null) : null;
    },
    async openDocumentPath(path) {
      throw coded('document.path-not-allowed', `${path} cannot be opened in the browser`, { path });
    },
    async saveDocument(raw) {
      const [{ path, design, assets, fonts }] = FILE_API.saveDocument.args.parse([raw]);
      downloadAs(await encode({ design, assets, fonts }), withExt(path.split('/').pop() || 'design', '.placard'));
      return { status: 'saved', path };
    },
    async saveDocumentAs(raw) {
      const [{ suggestedName, design, assets, fonts }] = FILE_API.saveDocumentAs.args.parse([raw]);
      const name = withExt(suggestedName, '.placard');
      downloadAs(await encode({ design, assets, fonts }), name);
      return { status: 'saved', path: name };
    },
    async getRecentDocuments() {
      return { recent: [], pruned: [] };
    },
    async takeOpenRequests() {
      return [];
    },
    async answerClose() {},
    async setWindowState(state) {
      if (state.title !== undefined) document.title = `${state.edited ? '• ' : ''}${state.title} — Placard`;
    },
    async writeRecovery(raw) {
      const [{ docKey, design, assets, fonts }] = FILE_API.writeRecovery.args.parse([raw]);
      const entry: StoredRecovery = { docKey, savedAt: Date.now(), designName: design.name, bytes: await encode({ design, assets, fonts }) };
      await idbSet(RECOVERY_KEY, [entry, ...(await recoveries()).filter((r) => r.docKey !== docKey)].slice(0, 20));
    },
    async listRecoveries() {
      return (await recoveries()).map(({ docKey, savedAt, designName }) => ({ docKey, savedAt, designName, path: null }));
    },
    async readRecovery(docKey) {
      const found = (await recoveries()).find((r) => r.docKey === docKey);
      return found ? decode(found.bytes, null) : null;
    },
    async clearRecovery(docKey) {
      await idbSet(RECOVERY_KEY, (await recoveries()).filter((r) => r.docKey !== docKey));
    },
    async choosePackFile() {
      const file = await pickFile('.placardpack');
      if (!file) return null;
      chosenPack = new Uint8Array(await file.arrayBuffer());
      return { path: file.name, name: file.name };
    },
    async importPackFile(raw) {
      const [{ path, choice }] = FILE_API.importPackFile.args.parse([raw]);
      if (!chosenPack) throw coded('document.path-not-allowed', `${path} was not chosen`, { path });
      return importBytes(chosenPack, choice);
    },
    async importPackBytes(raw) {
      const [{ bytes, choice }] = FILE_API.importPackBytes.args.parse([raw]);
      return importBytes(bytes, choice);
    },
    async listPacks() {
      return (await Promise.all(Object.values(await packs()).map(summarize))).sort((a, b) => a.name.localeCompare(b.name));
    },
    async getPackDetails(packId): Promise<PackDetails> {
      const bytes = (await packs())[packId];
      if (!bytes) throw coded('pack.not-found', `no pack "${packId}" is installed`, { pack: packId });
      const contents = await readInstalled(bytes);
      return { summary: await summarize(bytes), templates: [...contents.templates.values()], brandKits: [...contents.brandKits.values()], assets: Object.fromEntries(contents.assets), fonts: Object.fromEntries(contents.fonts) };
    },
    async removePack(packId) {
      const all = await packs();
      if (!all[packId]) throw coded('pack.not-found', `no pack "${packId}" is installed`, { pack: packId });
      delete all[packId];
      await idbSet(PACKS_KEY, all);
    },
    async exportPack(raw) {
      const [{ manifest, templates, brandKits, assets, fonts }] = FILE_API.exportPack.args.parse([raw]);
      const { writePack } = await bundle();
      let bytes: Uint8Array;
      try {
        bytes = writePack({ manifest, templates: templates as unknown as Template[], brandKits, assets: new Map(Object.entries(assets)), fonts: new Map(Object.entries(fonts)) });
      } catch (err) {
        const issue = (err as { issue?: BundleIssue }).issue;
        throw issue ? bundleError(issue) : err;
      }
      const name = withExt(manifest.name.replace(/[\\/:*?"<>|]/g, '-') || manifest.id, '.placardpack');
      downloadAs(bytes, name);
      return { status: 'saved', path: name };
    },
    onOpenFile: () => () => undefined,
    onCloseRequested: () => () => undefined,
  };
}
