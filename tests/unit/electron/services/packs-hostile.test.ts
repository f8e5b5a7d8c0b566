// Every hostile pack and document is refused with its code, and nothing is written anywhere:
// the library folder (and everything around it) is byte-for-byte the same afterwards.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocument } from '../../../../electron/services/documents';
import { isPlacardError } from '../../../../electron/services/errors';
import { STAGING_DIR, importPack, listPacks } from '../../../../electron/services/packs';
import { writePack } from '../../../../core/bundle';
import { samplePackInput, writeHostileCorpus } from '../../../helpers/hostile-corpus';

/** Every file under `dir` with its bytes, as a sorted, comparable snapshot. */
async function snapshot(dir: string): Promise<[string, string][]> {
  const out: [string, string][] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        out.push([path.relative(dir, full) + '/', '']);
        await walk(full);
      } else out.push([path.relative(dir, full), (await readFile(full)).toString('base64')]);
    }
  };
  await walk(dir);
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}

let root: string;
let libraryDir: string;
let corpus: Awaited<ReturnType<typeof writeHostileCorpus>>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'placard-hostile-'));
  libraryDir = path.join(root, 'library');
  corpus = await writeHostileCorpus(path.join(root, 'corpus'));
  // A library that already holds a pack, so "unchanged" is a real claim.
  await importPack(libraryDir, writePack(samplePackInput('1.0.0', 'org.example.installed')));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('hostile input', () => {
  it('has at least 30 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it('rejects every hostile pack and document with its expected code, writing nothing', async () => {
    const before = await snapshot(root);
    const listingBefore = JSON.stringify(await listPacks(libraryDir));
    const failures: string[] = [];
    for (const c of corpus) {
      let code = 'accepted';
      let field: unknown;
      try {
        if (c.kind === 'pack') await importPack(libraryDir, new Uint8Array(await readFile(c.file)));
        else await openDocument(c.file);
      } catch (err) {
        code = isPlacardError(err) ? err.code : `unexpected ${String(err)}`;
        field = isPlacardError(err) ? err.params.field : undefined;
      }
      if (code !== c.code) failures.push(`${c.name}: expected ${c.code}, got ${code}`);
      else if (c.field !== undefined && field !== c.field) failures.push(`${c.name}: expected field ${c.field}, got ${String(field)}`);
      const staging = await readdir(path.join(libraryDir, STAGING_DIR)).catch(() => []);
      if (staging.length) failures.push(`${c.name}: left ${staging.join(', ')} in staging`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot(root)).toEqual(before);
    expect(JSON.stringify(await listPacks(libraryDir))).toBe(listingBefore);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
