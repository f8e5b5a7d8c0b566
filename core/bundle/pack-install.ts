// What installing a pack does when the library may already hold one with its id: the same
// decision for the desktop library (electron/services/packs.ts) and the browser build. A pack id
// is only a name its author chose, so a file reusing an installed id never replaces that pack
// without the user seeing both versions and both authors, and a pack by another author never
// replaces it at all: the user may keep it beside the installed one as a separate pack.
import { compareSemver } from './semver';
import type { PackManifest } from './pack-schema';

/** "ask" refuses with pack.conflict when the id is taken; the user's answer comes back as "replace" or "separate". */
export type PackInstallChoice = 'ask' | 'replace' | 'separate';

type Installed = Pick<PackManifest, 'id' | 'name' | 'version' | 'author'>;

export type PackInstallPlan =
  | { ok: true; id: string; replacing: Installed | null }
  | { ok: false; code: 'pack.conflict' | 'pack.other-author'; message: string; params: Record<string, string> };

/** Authors are free text; spacing and case do not make a different author. */
export function sameAuthor(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

export function planPackInstall(incoming: Installed, installed: Installed | null, installedIds: ReadonlySet<string>, choice: PackInstallChoice): PackInstallPlan {
  if (!installed) return { ok: true, id: incoming.id, replacing: null };
  const order = compareSemver(incoming.version, installed.version);
  const params = {
    pack: incoming.id,
    name: incoming.name,
    installedName: installed.name,
    installed: installed.version,
    incoming: incoming.version,
    installedAuthor: installed.author,
    incomingAuthor: incoming.author,
    relation: order > 0 ? 'newer' : order < 0 ? 'older' : 'same',
    author: sameAuthor(incoming.author, installed.author) ? 'same' : 'other',
  };
  if (choice === 'separate') return { ok: true, id: separateId(incoming.id, installedIds), replacing: null };
  if (choice === 'replace' && params.author === 'same') return { ok: true, id: incoming.id, replacing: installed };
  if (choice === 'replace') {
    return { ok: false, code: 'pack.other-author', message: `pack "${incoming.id}" by "${incoming.author}" cannot replace the installed one by "${installed.author}"`, params };
  }
  return { ok: false, code: 'pack.conflict', message: `pack "${incoming.id}" ${installed.version} by "${installed.author}" is already installed (this file: ${incoming.version} by "${incoming.author}")`, params };
}

/** The first free "<id>-2", "<id>-3", ... within the pack id pattern's 100 characters. */
export function separateId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = id.slice(0, 100 - suffix.length).replace(/[._-]+$/, '') + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
