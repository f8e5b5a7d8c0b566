// The pack library end to end: import by dialog and by drop, details and templates, a hostile
// pack refused with its message and the library untouched, an update and an older version asked
// about with both versions and authors, another author's pack kept apart, an SVG bomb refused,
// remove, export and import into a fresh user-data folder.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPack, writePack } from '../../core/bundle';
import { PACK_LIBRARY_DIR } from '../../electron/file-handlers';
import { getPack, importPack } from '../../electron/services/packs';
import { buildHostileCorpus, samplePackInput } from '../helpers/hostile-corpus';
import { launchApp, snap, type PlacardApp, type QueuedDialogs } from './harness';
import en from '../../renderer/i18n/en.json';

const PACK_ID = 'org.example.rally';

async function tree(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true })).map(String).sort();
  } catch {
    return [];
  }
}

describe('pack library', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;
  const libraryDir = () => join(app.userDataDir, PACK_LIBRARY_DIR);
  const status = () => app.page.getByTestId('status-message').textContent();
  const packFile = async (name: string, bytes: Uint8Array) => {
    const file = join(scratch, name);
    await writeFile(file, bytes);
    return file;
  };

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'placard-packs-e2e-'));
    app = await launchApp();
    await app.page.getByTestId('canvas').waitFor({ state: 'visible' });
    await app.page.getByTestId('tab-packs').click();
    await app.page.getByTestId('packs-empty').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('imports a pack from the dialog; its templates are listed and open as a design', async () => {
    const { page, dialogs } = app;
    dialogs.nextOpenPack(await packFile('rally-1.0.0.placardpack', writePack(samplePackInput('1.0.0'))));
    await page.getByTestId('pack-import').click();
    await page.getByTestId(`pack-card-${PACK_ID}`).waitFor({ state: 'visible' });
    expect(await status()).toContain('Installed “Rally pack” 1.0.0');
    const card = await page.getByTestId(`pack-card-${PACK_ID}`).textContent();
    for (const part of ['Rally pack', 'Version 1.0.0', 'by Local 42', 'License: CC-BY-4.0', 'Templates: 1']) expect(card).toContain(part);
    await page.getByTestId(`pack-details-${PACK_ID}`).click();
    await page.getByTestId('pack-template-rally-flyer').waitFor({ state: 'visible' });
    await snap(page, 'packs-library-en');
    // The templates gallery lists pack templates too.
    await page.getByTestId('tab-templates').click();
    await page.locator('[data-testid=pack-templates] [data-testid=template-card-rally-flyer]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid=pack-templates] [data-testid=delete-template-rally-flyer]').count()).toBe(0);
    await page.getByTestId('tab-packs').click();
    await page.getByTestId(`pack-details-${PACK_ID}`).click();
    await page.getByTestId('pack-template-rally-flyer').click();
    await expect.poll(status).toContain('Opened template “Rally flyer”');
    // The template's image came with the pack: the design's image element has its bytes.
    const layers = page.locator('[data-testid^="layer-"]:not([data-testid^="layer-visible-"]):not([data-testid^="layer-lock-"])');
    await page.getByTestId('tab-design').click();
    await expect.poll(() => layers.count()).toBe(2);
    await page.getByTestId('tab-packs').click();
  });

  it('refuses a hostile pack with a message naming the problem and leaves the library exactly as it was', async () => {
    const { page, dialogs } = app;
    const before = await tree(libraryDir());
    const installedBefore = await getPack(libraryDir(), PACK_ID);
    for (const name of ['parent traversal', 'SVG with a script', 'zip bomb (honest sizes)']) {
      const hostile = buildHostileCorpus().find((c) => c.name === name)!;
      dialogs.nextOpenPack(await packFile(`hostile-${hostile.code}.placardpack`, hostile.bytes));
      await page.getByTestId('pack-import').click();
      const key = hostile.code.slice('bundle.'.length) as keyof typeof en.errors.bundle;
      const expected = en.errors.bundle[key].split('{{')[0]!;
      await expect.poll(status).toContain(expected);
      // Also where the user is looking: a notice at the top of the canvas, until closed.
      expect(await page.getByTestId('error-notice').textContent()).toContain(expected);
      expect(await tree(libraryDir())).toEqual(before);
      expect(await getPack(libraryDir(), PACK_ID)).toEqual(installedBefore);
    }
    expect(await page.locator('[data-testid^="pack-card-"]').count()).toBe(1);
    await snap(page, 'packs-hostile-notice-en');
    await page.getByTestId('error-notice-close').click();
    expect(await page.getByTestId('error-notice').count()).toBe(0);
    expect(await status()).toContain('zip bomb');
  });

  it('asks before installing over an installed id, showing both versions and authors; updates when the user says so', async () => {
    const { page, dialogs } = app;
    dialogs.nextOpenPack(await packFile('rally-1.2.0.placardpack', writePack(samplePackInput('1.2.0'))));
    await page.getByTestId(`pack-update-${PACK_ID}`).click();
    await page.getByTestId('confirm-replace').waitFor({ state: 'visible' });
    const details = await page.getByTestId('confirm-details').textContent();
    expect(details).toContain('Installed: version 1.0.0 by Local 42');
    expect(details).toContain('This file: version 1.2.0 by Local 42');
    expect(await page.getByTestId('modal').textContent()).toContain('newer version of the pack from the same author');
    await snap(page, 'packs-conflict-newer-en');
    await page.getByTestId('confirm-replace').click();
    await expect.poll(() => page.getByTestId(`pack-version-${PACK_ID}`).textContent()).toBe('Version 1.2.0');
    expect(await status()).toContain('from 1.0.0 to 1.2.0');

    dialogs.nextOpenPack(await packFile('rally-1.1.0.placardpack', writePack(samplePackInput('1.1.0'))));
    await page.getByTestId('pack-import').click();
    await page.getByTestId('confirm-replace').waitFor({ state: 'visible' });
    expect(await page.getByTestId('modal').textContent()).toContain('older version than the one installed');
    await page.getByTestId('confirm-cancel').click();
    expect(await page.getByTestId(`pack-version-${PACK_ID}`).textContent()).toBe('Version 1.2.0');
    expect((await getPack(libraryDir(), PACK_ID)).manifest.version).toBe('1.2.0');
  });

  it("refuses to let another author's pack replace the installed one; it can be kept as a separate pack", async () => {
    const { page, dialogs } = app;
    const stranger = samplePackInput('9.0.0');
    stranger.manifest.author = 'Not Local 42';
    dialogs.nextOpenPack(await packFile('lookalike.placardpack', writePack(stranger)));
    await page.getByTestId('pack-import').click();
    await page.getByTestId('confirm-separate').waitFor({ state: 'visible' });
    expect(await page.getByTestId('confirm-replace').count()).toBe(0);
    expect(await page.getByTestId('modal').textContent()).toContain('comes from a different author, so it cannot replace');
    expect(await page.getByTestId('confirm-details').textContent()).toContain('This file: version 9.0.0 by Not Local 42');
    await snap(page, 'packs-conflict-other-author-en');
    await page.getByTestId('confirm-separate').click();
    await page.getByTestId(`pack-card-${PACK_ID}-2`).waitFor({ state: 'visible' });
    expect(await page.getByTestId(`pack-card-${PACK_ID}-2`).textContent()).toContain('by Not Local 42');
    expect((await getPack(libraryDir(), PACK_ID)).manifest).toMatchObject({ version: '1.2.0', author: 'Local 42' });
    await page.getByTestId(`pack-remove-${PACK_ID}-2`).click();
    await page.getByTestId('confirm-remove').click();
    await expect.poll(() => page.getByTestId(`pack-card-${PACK_ID}-2`).count()).toBe(0);
  });

  it('refuses a pack whose SVG would expand to a billion nodes, and the editor keeps answering', async () => {
    const { page, dialogs } = app;
    const before = await tree(libraryDir());
    const bomb = buildHostileCorpus().find((c) => c.name === 'SVG <use> expansion bomb (10 wide, 9 deep)')!;
    dialogs.nextOpenPack(await packFile('svg-bomb.placardpack', bomb.bytes));
    await page.getByTestId('pack-import').click();
    await expect.poll(status).toContain('repeats its parts so often that drawing it would build more than 200000 shapes');
    expect(await tree(libraryDir())).toEqual(before);
    // The page still runs script and paints: a round trip through requestAnimationFrame.
    expect(await page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true))))).toBe(true);
    await page.getByTestId('tab-design').click();
    await page.getByTestId('tab-packs').click();
    await page.getByTestId(`pack-card-${PACK_ID}`).waitFor({ state: 'visible' });
  });

  it('exports chosen templates and kits; the file imports deep-equal into a fresh user-data folder', async () => {
    const { page, dialogs } = app;
    await page.getByTestId('pack-export').click();
    await page.getByTestId('pack-export-name').fill('Tenant union kit');
    await page.getByTestId('pack-export-author').fill('Local 7');
    await page.getByTestId('pack-export-template-rally-flyer').check();
    await page.getByTestId('pack-export-kit-kit_union').check();
    const target = join(scratch, 'exported');
    dialogs.nextSavePack(target);
    await page.getByTestId('pack-export-confirm').click();
    await expect.poll(status).toContain('Exported “Tenant union kit”');
    expect(dialogs.fileCalls.at(-1)).toMatchObject({ kind: 'savePack', suggestedName: 'Tenant union kit.placardpack' });

    const bytes = new Uint8Array(await readFile(`${target}.placardpack`));
    const exported = readPack(bytes);
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.manifest).toMatchObject({ id: 'tenant-union-kit', name: 'Tenant union kit', version: '1.0.0', author: 'Local 7' });
    const original = samplePackInput('1.2.0');
    const [template] = [...exported.value.templates.values()];
    const [originalTemplate] = [...original.templates];
    // Same template; only the image is now named by its content hash.
    const withoutImages = (t: typeof template) => ({ ...t!, design: { ...t!.design, assets: {}, elements: t!.design.elements.filter((e) => e.type !== 'image') } });
    expect(withoutImages(template)).toEqual(withoutImages(originalTemplate));
    expect(Object.values(template!.design.assets)).toEqual(Object.values(originalTemplate!.design.assets));
    expect([...exported.value.assets.values()]).toEqual([...original.assets.values()]);
    expect([...exported.value.brandKits.values()]).toEqual(original.brandKits);

    const fresh = await mkdtemp(join(tmpdir(), 'placard-packs-fresh-'));
    try {
      await importPack(fresh, bytes);
      expect(await getPack(fresh, 'tenant-union-kit')).toEqual(exported.value);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  it('installs a pack dropped on the window', async () => {
    const { page } = app;
    const bytes = writePack(samplePackInput('0.3.0', 'org.example.dropped'));
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'dropped.placardpack', { type: 'application/octet-stream' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, [...bytes]);
    await page.getByTestId('pack-card-org.example.dropped').waitFor({ state: 'visible' });
    expect((await getPack(libraryDir(), 'org.example.dropped')).manifest.version).toBe('0.3.0');
  });

  it('removes a pack after confirming', async () => {
    const { page } = app;
    await page.getByTestId('pack-remove-org.example.dropped').click();
    await page.getByTestId('confirm-remove').click();
    await expect.poll(() => page.getByTestId('pack-card-org.example.dropped').count()).toBe(0);
    await page.getByTestId(`pack-remove-${PACK_ID}`).click();
    await page.getByTestId('confirm-cancel').click();
    expect(await page.getByTestId(`pack-card-${PACK_ID}`).count()).toBe(1);
    await page.getByTestId(`pack-remove-${PACK_ID}`).click();
    await page.getByTestId('confirm-remove').click();
    await page.getByTestId('packs-empty').waitFor({ state: 'visible' });
    expect(await tree(join(libraryDir(), 'packs'))).toEqual([]);
  });
});

describe('pack library in Spanish', () => {
  it('lists a pack with Spanish labels', async () => {
    const app = await launchApp({ settings: { language: 'es' } });
    const scratch = await mkdtemp(join(tmpdir(), 'placard-packs-es-'));
    try {
      const { page, dialogs } = app;
      await page.getByTestId('canvas').waitFor({ state: 'visible' });
      await page.getByTestId('tab-packs').click();
      const file = join(scratch, 'rally.placardpack');
      await writeFile(file, writePack(samplePackInput('2.0.0')));
      dialogs.nextOpenPack(file);
      await page.getByTestId('pack-import').click();
      await page.getByTestId(`pack-details-${PACK_ID}`).click();
      const card = await page.getByTestId(`pack-card-${PACK_ID}`).textContent();
      expect(card).toContain('Versión 2.0.0');
      expect(card).toContain('Licencia: CC-BY-4.0');
      expect(card).toContain('Volante de mitin');
      await snap(page, 'packs-library-es');
      const stranger = samplePackInput('2.5.0');
      stranger.manifest.author = 'Otra persona';
      await writeFile(file, writePack(stranger));
      dialogs.nextOpenPack(file);
      await page.getByTestId('pack-import').click();
      await page.getByTestId('confirm-separate').waitFor({ state: 'visible' });
      expect(await page.getByTestId('modal').textContent()).toContain('es de otro autor, así que no puede reemplazar');
      expect(await page.getByTestId('confirm-details').textContent()).toContain('Este archivo: versión 2.5.0 de Otra persona');
      expect(await page.getByTestId('confirm-separate').textContent()).toBe('Instalar como paquete aparte');
      await snap(page, 'packs-conflict-other-author-es');
      await page.getByTestId('confirm-cancel').click();
      const svgBomb = buildHostileCorpus().find((c) => c.name === 'SVG <use> expansion bomb (10 wide, 9 deep)')!;
      await writeFile(file, svgBomb.bytes);
      dialogs.nextOpenPack(file);
      await page.getByTestId('pack-import').click();
      await expect.poll(() => page.getByTestId('error-notice').textContent()).toContain('repite sus partes tantas veces que dibujarlo crearía más de 200000 formas');
      expect(await page.getByTestId('error-notice-close').getAttribute('aria-label')).toBe('Cerrar este mensaje');
      await snap(page, 'packs-hostile-notice-es');
    } finally {
      await app.close();
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
