import { chmod, mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFiles, writeDocumentBundle, writeZip } from '../../../../core/bundle';
import { decodeDocument, encodeDocument, openDocument, saveDocument } from '../../../../electron/services/documents';
import { isPlacardError } from '../../../../electron/services/errors';
import { SAFE_SVG, pngBytes, sampleDesign, ttfBytes } from '../../../helpers/hostile-corpus';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'placard-docs-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (err) {
    return isPlacardError(err) ? err.code : String(err);
  }
}

describe('documents', () => {
  it('save then open is deep-equal', async () => {
    const design = sampleDesign('doc_a');
    design.assets.badge = { mime: 'image/svg+xml', name: 'b.svg', width: 10, height: 10 };
    const assets = new Map([['logo', pngBytes()], ['badge', new TextEncoder().encode(SAFE_SVG)]]);
    const fonts = new Map([['Test-Regular.ttf', ttfBytes()]]);
    const file = path.join(dir, 'flyer.placard');
    await saveDocument(file, design, assets, fonts);
    const opened = await openDocument(file);
    expect(opened).toEqual({ design, assets, fonts });
    expect(await readdir(dir)).toEqual(['flyer.placard']); // no temp files left behind
  });

  it('migrates on open: defaults missing from an older-style file are filled in', async () => {
    const design = sampleDesign('doc_min');
    const files = documentFiles({ design, assets: new Map([['logo', pngBytes()]]), fonts: new Map() });
    const raw = JSON.parse(new TextDecoder().decode(files.get('design.json')!));
    delete raw.background;
    delete raw.altText;
    files.set('design.json', new TextEncoder().encode(JSON.stringify(raw)));
    const file = path.join(dir, 'old.placard');
    await writeFile(file, writeZip(files));
    const opened = await openDocument(file);
    expect(opened.design.background).toEqual({ color: '#ffffff' });
    expect(opened.design.altText).toEqual({});
  });

  it('an invalid design is refused and nothing on disk changes', async () => {
    const file = path.join(dir, 'keep.placard');
    await saveDocument(file, sampleDesign('doc_keep'), new Map([['logo', pngBytes()]]));
    const before = await readFile(file);
    const bad = { ...sampleDesign('doc_keep'), width: -1 };
    expect(await codeOf(saveDocument(file, bad, new Map([['logo', pngBytes()]])))).toBe('bundle.invalid-design');
    expect(await codeOf(saveDocument(file, sampleDesign('doc_keep'), new Map()))).toBe('bundle.missing-asset');
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(dir)).toEqual(['keep.placard']);
  });

  it('a write failure is reported and the old file is intact', async () => {
    if (process.getuid?.() === 0) return; // root ignores folder permissions
    const sub = path.join(dir, 'ro');
    await mkdir(sub);
    const file = path.join(sub, 'doc.placard');
    await saveDocument(file, sampleDesign('doc_ro'), new Map([['logo', pngBytes()]]));
    const before = await readFile(file);
    await chmod(sub, 0o555);
    expect(await codeOf(saveDocument(file, { ...sampleDesign('doc_ro'), name: 'new' }, new Map([['logo', pngBytes()]])))).toBe('file.write-failed');
    await chmod(sub, 0o755);
    expect(await readFile(file)).toEqual(before);
  });

  it('a save into an impossible place is reported and creates nothing', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    await writeFile(blocker, 'x');
    expect(await codeOf(saveDocument(path.join(blocker, 'doc.placard'), sampleDesign('doc_x'), new Map([['logo', pngBytes()]])))).toBe('file.write-failed');
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });

  it('reports missing files, folders and non-archives with codes', async () => {
    expect(await codeOf(openDocument(path.join(dir, 'nope.placard')))).toBe('document.not-found');
    expect(await codeOf(openDocument(dir))).toBe('document.not-a-file');
    const junk = path.join(dir, 'junk.placard');
    await writeFile(junk, 'hello');
    expect(await codeOf(openDocument(junk))).toBe('bundle.not-a-zip');
  });

  it('errors carry the entry and field path', () => {
    const bytes = writeDocumentBundle({ design: sampleDesign('doc_f'), assets: new Map([['logo', pngBytes()]]), fonts: new Map() });
    try {
      const design = { ...sampleDesign('doc_f') } as Record<string, unknown>;
      design.elements = [{ ...(sampleDesign('doc_f').elements[0] as object), fontSize: 'big' }];
      encodeDocument(design as never, new Map([['logo', pngBytes()]]));
      throw new Error('should have thrown');
    } catch (err) {
      expect(isPlacardError(err) && err.code).toBe('bundle.invalid-design');
      expect(isPlacardError(err) && err.params).toMatchObject({ entry: 'design.json', field: 'elements.0.fontSize' });
      expect((err as Error).message).toContain('elements.0.fontSize');
    }
    expect(decodeDocument(bytes).design.id).toBe('doc_f');
  });
});
