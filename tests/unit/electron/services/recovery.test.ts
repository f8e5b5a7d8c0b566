import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument } from '../../../../electron/services/documents';
import { clearRecovery, listRecoveries, readRecovery, recoveryFileName, writeRecovery } from '../../../../electron/services/recovery';
import { pngBytes, sampleDesign } from '../../../helpers/hostile-corpus';

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'placard-recovery-'));
  dir = path.join(root, 'recovery');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('recovery copies', () => {
  it('lists nothing when the folder does not exist', async () => {
    expect(await listRecoveries(dir)).toEqual([]);
  });

  it('writes, lists newest first, reads back and clears', async () => {
    const design = sampleDesign('doc_rec');
    const bytes = encodeDocument(design, new Map([['logo', pngBytes()]]));
    await writeRecovery(dir, '/home/ana/flyer.placard', bytes, 1000);
    await writeRecovery(dir, 'untitled-1', new Uint8Array([1, 2, 3]), 2000);
    const list = await listRecoveries(dir);
    expect(list.map((e) => [e.docKey, e.savedAt, e.size])).toEqual([
      ['untitled-1', 2000, 3],
      ['/home/ana/flyer.placard', 1000, bytes.length],
    ]);
    const restored = await readRecovery(dir, '/home/ana/flyer.placard');
    expect(decodeDocument(restored!).design).toEqual(design);
    await clearRecovery(dir, '/home/ana/flyer.placard');
    await clearRecovery(dir, '/home/ana/flyer.placard'); // clearing twice is fine
    expect((await listRecoveries(dir)).map((e) => e.docKey)).toEqual(['untitled-1']);
    expect(await readRecovery(dir, '/home/ana/flyer.placard')).toBeNull();
  });

  it('a newer copy replaces the older one for the same document', async () => {
    await writeRecovery(dir, 'doc', new Uint8Array([1]), 1);
    await writeRecovery(dir, 'doc', new Uint8Array([2, 2]), 2);
    expect(await readRecovery(dir, 'doc')).toEqual(new Uint8Array([2, 2]));
    expect(await readdir(dir)).toEqual([recoveryFileName('doc')]);
  });

  it('ignores damaged files, temp files and strangers', async () => {
    await writeRecovery(dir, 'good', new Uint8Array([9]), 5);
    await writeFile(path.join(dir, recoveryFileName('torn')), 'PLACARD-RECOVERY\n\x00\x00\xff\xff{"docKey"');
    await writeFile(path.join(dir, '.x.placard-recovery.123.tmp'), 'partial');
    await writeFile(path.join(dir, 'notes.txt'), 'hello');
    // A valid header whose key does not hash to the file's name (copied or renamed by hand).
    await writeFile(path.join(dir, recoveryFileName('other')), Buffer.concat([Buffer.from('PLACARD-RECOVERY\n'), Buffer.from([0, 0, 0, 28]), Buffer.from('{"docKey":"good","savedAt":1}')]));
    expect((await listRecoveries(dir)).map((e) => e.docKey)).toEqual(['good']);
  });

  it('refuses empty keys', async () => {
    await expect(writeRecovery(dir, '', new Uint8Array([1]))).rejects.toMatchObject({ code: 'recovery.bad-key' });
  });
});
