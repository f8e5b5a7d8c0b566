// Templates and brand kits end to end, with window.placard bound to the real handlers: a
// volunteer opens a built-in template from the gallery, fills in its slots in English and
// Spanish, replaces the photo, cannot move or delete what the author locked (drag, Delete key,
// inspector), exports both languages; a brand kit re-colors the exported pixels; author mode
// copy of the template is the user's own (author mode, where a lock holds until lifted); a
// design saved as a template is still in the gallery after a reload.
import { loadBuiltInTemplates } from '../../renderer/state/library-store';
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorDistance, dragOnCanvas, hexColor, launchApp, toScreen, readPng, snap, solidPng, type PlacardApp, type QueuedDialogs } from './harness';

const TEMPLATE = 'meme-caption-bar';
const SIZE = { width: 1080, height: 1350 };
/** Inside the brand.primary tag bar (0,1260 1080x90) and left of the hashtag text box. */
const TAG_BAR_POINT = { x: 30, y: 1300 };
/** Inside the photo slot (0,420 1080x930), away from other elements. */
const PHOTO_POINT = { x: 540, y: 800 };
const BLUE = '#1d4ed8';
const PLACARD_RED = '#c8102e';
const GREEN = '#00aa55';



describe('templates: fill in, locks, brand kits, author mode, save as template', () => {
  let app: PlacardApp<QueuedDialogs>;
  let scratch: string;
  let builtIns: Awaited<ReturnType<typeof loadBuiltInTemplates>> = [];

  beforeAll(async () => {
    builtIns = await loadBuiltInTemplates();
    scratch = await mkdtemp(join(tmpdir(), 'placard-templates-'));
    app = await launchApp();
    await app.page.getByTestId('canvas').locator('canvas').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('finds a built-in template by search and category and opens it in fill-in mode', async () => {
    const { page } = app;
    await page.getByTestId('tab-templates').click();
    await page.getByTestId('templates-panel').waitFor();
    const cards = page.locator('[data-testid=built-in-templates] [data-testid^=template-card-]');
    expect(await cards.count()).toBeGreaterThanOrEqual(24);
    // Thumbnails in the UI language are real images.
    await expect.poll(() => page.locator(`[data-testid=template-card-${TEMPLATE}] img`).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await snap(page, 'templates-gallery-en');

    await page.getByTestId('template-search').fill('derechos'); // Spanish tag/name words match too
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    // Each card names its platform and size, and the size's words in either language find it.
    await page.getByTestId('template-search').fill('');
    expect(await page.getByTestId('template-size-event-rally-cover').textContent()).toBe('Facebook event cover (1920 × 1005)');
    const found = async (query: string) => {
      await page.getByTestId('template-search').fill(query);
      await expect.poll(() => cards.count()).toBeGreaterThan(0);
      return cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('template-card-'.length)));
    };
    for (const query of ['story', 'historia', 'facebook story', 'historia instagram']) {
      const ids = await found(query);
      expect(ids.length, query).toBeGreaterThan(0);
      for (const id of ids) expect(['instagram-story', 'facebook-story'], `${query}: ${id}`).toContain(builtIns.find((x) => x.id === id)!.presetId);
    }
    expect(await found('portada')).toContain('event-rally-cover');
    expect(await found('cover')).toContain('event-rally-cover');
    expect(await found('1080 × 1920')).toContain('thanks-story');
    await snap(page, 'templates-gallery-search-story-en');
    await page.getByTestId('template-search').fill('');
    await page.getByTestId('category-memes').click();
    const memes = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(memes).toContain(`template-card-${TEMPLATE}`);
    expect(memes).not.toContain('template-card-quote-card-navy');

    await page.getByTestId(`template-card-${TEMPLATE}`).locator('.template-thumb').click();
    await page.getByTestId('fill-in-form').waitFor();
    await expect.poll(() => page.getByTestId('mode-badge').textContent()).toBe('Fill-in mode');
    // A built-in template is not the volunteer's to author: no switch, only "Edit a copy".
    expect(await page.getByTestId('author-mode-toggle').count()).toBe(0);
    expect(await page.locator('[data-testid=template-bar] [data-action="template.editCopy"]').isEnabled()).toBe(true);
    expect(await page.getByTestId('template-bar-name').textContent()).toBe(builtIns.find((x) => x.id === TEMPLATE)!.name.en);
    await expect.poll(() => page.getByTestId('status-bar').textContent()).toContain(`${SIZE.width} × ${SIZE.height}`);
  });

  it('fills in text slots in English and Spanish', async () => {
    const { page } = app;
    const caption = page.getByTestId('slot-text-caption');
    await caption.fill('When the boss says the union is a third party');
    await page.getByTestId('fill-language-es').click();
    await expect.poll(() => caption.inputValue()).toContain('Yo explicándoles');
    await caption.fill('Cuando el jefe dice que el sindicato es un tercero');
    await page.getByTestId('slot-text-tag').fill('#SindicatoYa');
    await snap(page, 'templates-fill-in-es');
    await page.getByTestId('fill-language-en').click();
    await expect.poll(() => caption.inputValue()).toBe('When the boss says the union is a third party');
    expect(await page.getByTestId('slot-text-tag').inputValue()).toBe('#KnowYourRights');
  });

  it('replaces the photo through the open dialog', async () => {
    const { page, dialogs } = app;
    const file = join(scratch, 'blue.png');
    await writeFile(file, solidPng(400, 300, hexColor(BLUE)));
    dialogs.nextOpen(file);
    await page.getByTestId('slot-photo-photo').click();
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('blue.png');
    await snap(page, 'templates-fill-in-en');
  });

  it('keeps locked elements in place: drag, Delete key and disabled inspector fields', async () => {
    const { page } = app;
    // The tag bar: move, resize, delete, content and style locked.
    const at = await toScreen(page, TAG_BAR_POINT.x, TAG_BAR_POINT.y);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByTestId('prop-y').inputValue()).toBe('1260');
    expect(await page.getByTestId('prop-x').isDisabled()).toBe(true);
    expect(await page.getByTestId('prop-width').isDisabled()).toBe(true);
    await dragOnCanvas(page, TAG_BAR_POINT, 0, -250);
    await expect.poll(() => page.getByTestId('prop-y').inputValue()).toBe('1260');
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Delete');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByTestId('prop-y').inputValue()).toBe('1260');
    // Still there after undo/redo attempts, and still selectable.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Escape');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByTestId('prop-y').inputValue()).toBe('1260');
    // Fill-in mode hides the authoring sections.
    expect(await page.getByTestId('locks-section').count()).toBe(0);
  });

  it('exports both languages with -en/-es names; the texts differ and the photo is the new one', async () => {
    const { page, dialogs } = app;
    // The export dialog starts with the template's own size and both languages, both being filled.
    await page.locator('[data-testid=toolbar] [data-action="file.export"]').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    const checked = await dialog.locator('input[type=checkbox][data-testid^="preset-"]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(checked).toEqual([`preset-${builtIns.find((x) => x.id === TEMPLATE)!.presetId}`]);
    expect(await dialog.getByTestId('langs-both').getAttribute('aria-checked')).toBe('true');
    await snap(page, 'export-dialog-template-start-en');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const out = join(scratch, 'both');
    await mkdir(out);
    const saves = dialogs.saveCalls.length;
    dialogs.nextFolder(out);
    await page.locator('[data-action="template.exportBothLanguages"]').click();
    // The hashtag changed in Spanish only: English still shows the template's sample, so it asks first.
    const details = page.getByTestId('confirm-details');
    await details.waitFor();
    expect(await details.textContent()).toContain('English still shows the template’s sample text in “Hashtag”.');
    await snap(page, 'templates-export-asks-sample-en');
    await page.getByTestId('confirm-export').click();
    // One folder question for both images; no save dialog.
    const pngs = () => readdirSync(out).filter((f) => f.endsWith('.png')).sort();
    await expect.poll(() => pngs().length, { timeout: 20_000 }).toBe(2);
    expect(dialogs.saveCalls.length).toBe(saves);
    const [enName, esName] = [pngs().find((f) => f.endsWith('-en.png')), pngs().find((f) => f.endsWith('-es.png'))];
    expect(enName && esName, pngs().join(', ')).toBeTruthy();
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain(`Exported 2 images (English and Spanish) to ${out}`);
    const en = join(out, enName!);
    const es = join(out, esName!);
    // The alt text of each language is beside its image, written from that language's fields.
    const altEn = await readFile(join(out, enName!.replace(/\.png$/, '.txt')), 'utf8');
    const altEs = await readFile(join(out, esName!.replace(/\.png$/, '.txt')), 'utf8');
    expect(altEn).toContain('When the boss says the union is a third party');
    expect(altEn).toContain('#KnowYourRights');
    expect(altEs).toContain('Cuando el jefe dice que el sindicato es un tercero');
    expect(altEs).toContain('#SindicatoYa');

    // Again into the same folder: the names exist, so it asks; keeping them leaves the files as they were.
    const before = await readFile(en);
    dialogs.nextFolder(out);
    await page.locator('[data-action="template.exportBothLanguages"]').click();
    await page.getByTestId('confirm-details').waitFor();
    await page.getByTestId('confirm-export').click();
    const ask = page.locator('.confirm-dialog', { hasText: 'Replace the images?' });
    await ask.waitFor();
    expect(await ask.textContent()).toContain(enName!);
    await snap(page, 'templates-export-both-exists-en');
    await page.getByTestId('confirm-skip').click();
    // Asked once: keeping holds for the Spanish image too.
    await expect.poll(() => page.getByTestId('status-message').textContent()).toContain('Not replaced');
    expect(await page.locator('.confirm-dialog').count()).toBe(0);
    expect(Buffer.compare(await readFile(en), before)).toBe(0);
    const pngEn = readPng(en);
    expect(pngEn.width).toBe(SIZE.width);
    expect(pngEn.height).toBe(SIZE.height);
    expect(colorDistance(pngEn.pixel(TAG_BAR_POINT.x, TAG_BAR_POINT.y), hexColor(PLACARD_RED))).toBeLessThan(12);
    expect(colorDistance(pngEn.pixel(PHOTO_POINT.x, PHOTO_POINT.y), hexColor(BLUE))).toBeLessThan(12);
    expect(Buffer.compare(await readFile(en), await readFile(es))).not.toBe(0);
  });

  it('keeps the template’s brand kit in fill-in mode: a new kit cannot be applied', async () => {
    const { page } = app;
    await page.getByTestId('tab-brand').click();
    await page.getByTestId('kit-new').click();
    const name = page.getByTestId('kit-name');
    await name.waitFor();
    await name.fill('Tenants United');
    await name.press('Enter');
    await page.getByTestId('kit-color-primary').fill(GREEN);
    expect(await page.getByTestId('apply-kit').isDisabled()).toBe(true);
    expect(await page.getByTestId('kit-fixed-note').textContent()).toContain('edit a copy');
    // The kit was saved through the real handlers all the same.
    await expect.poll(() => readdirSync(join(app.userDataDir, 'library', 'kits')).length).toBe(1);
  });

  it('"Edit a copy" makes a template of the user’s own in author mode; a lock still holds until lifted', async () => {
    const { page } = app;
    await page.locator('[data-testid=template-bar] [data-action="template.editCopy"]').click();
    await page.getByTestId('confirm-copy').click();
    await expect.poll(() => page.getByTestId('mode-badge').textContent()).toBe('Author mode');
    expect(await page.getByTestId('fill-in-form').count()).toBe(0);
    // The copy is in the user's library under a name of its own; the built-in stays as it was.
    await expect.poll(() => readdirSync(join(app.userDataDir, 'library', 'templates')).length).toBe(1);
    const copyName = builtIns.find((x) => x.id === TEMPLATE)!.name.en + ' (copy)';
    expect(await page.getByTestId('template-bar-name').textContent()).toBe(copyName);
    expect(await page.getByTestId('author-mode-toggle').isChecked()).toBe(true);
    const at = await toScreen(page, TAG_BAR_POINT.x, TAG_BAR_POINT.y);
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('locks-section').waitFor();
    expect(await page.getByTestId('lock-move').isChecked()).toBe(true);
    expect(await page.getByTestId('prop-y').isDisabled()).toBe(false);
    // Locked means locked in author mode too: the drag does nothing and says why.
    await dragOnCanvas(page, TAG_BAR_POINT, 0, -200);
    await expect.poll(() => page.getByTestId('prop-y').inputValue()).toBe('1260');
    // Lifted, it moves.
    await page.getByTestId('lock-move').uncheck();
    await page.getByTestId('locks-section').scrollIntoViewIfNeeded();
    await snap(page, 'templates-author-mode-en');
    await dragOnCanvas(page, TAG_BAR_POINT, 0, -200);
    await expect.poll(async () => Number(await page.getByTestId('prop-y').inputValue())).toBeLessThan(1200);
    await page.getByTestId('prop-y').fill('1260');
    await page.getByTestId('prop-y').press('Tab');
    await page.getByTestId('lock-move').check();
  });

  it('in the copy, the brand kit applies and the export follows', async () => {
    const { page, dialogs } = app;
    await page.getByTestId('tab-brand').click();
    await page.locator('.kit-row', { hasText: 'Tenants United' }).click();
    await page.getByTestId('apply-kit').click();
    await expect.poll(() => page.locator('.kit-row.selected .badge').count()).toBe(1);
    await snap(page, 'brand-kit-editor-en');

    const out = join(scratch, 'green');
    await mkdir(out);
    dialogs.nextFolder(out);
    // Author mode: the author's own checks, no fill-in questions.
    await page.locator('[data-action="template.exportBothLanguages"]').click();
    const pngs = () => readdirSync(out).filter((f) => f.endsWith('.png'));
    await expect.poll(() => pngs().length, { timeout: 20_000 }).toBe(2);
    const png = readPng(join(out, pngs().find((f) => f.endsWith('-en.png'))!));
    expect(colorDistance(png.pixel(TAG_BAR_POINT.x, TAG_BAR_POINT.y), hexColor(GREEN))).toBeLessThan(12);

    // The kit was saved through the real handlers.
    await expect.poll(() => readdirSync(join(app.userDataDir, 'library', 'kits')).length).toBe(1);
    const saved = JSON.parse(await readFile(join(app.userDataDir, 'library', 'kits', readdirSync(join(app.userDataDir, 'library', 'kits'))[0]!), 'utf8'));
    expect(saved).toMatchObject({ name: 'Tenants United', colors: { primary: GREEN.toUpperCase() } });
  });

  it('saves the design as a template and finds it in the gallery after a reload', async () => {
    const { page } = app;
    await page.getByTestId('tab-templates').click();
    await page.locator('[data-testid=templates-panel] [data-action="template.saveAs"]').click();
    await page.getByTestId('save-template-dialog').waitFor();
    await page.getByTestId('template-name-en').fill('Tenant meme');
    await page.getByTestId('template-name-es').fill('Meme de inquilinos');
    await page.getByTestId('template-category').selectOption('memes');
    await page.getByTestId('template-save-confirm').click();
    await expect.poll(() => page.getByTestId('save-template-dialog').count()).toBe(0);
    await expect.poll(() => readdirSync(join(app.userDataDir, 'library', 'templates')).length).toBe(2);

    await page.reload();
    await page.getByTestId('canvas').locator('canvas').first().waitFor();
    // The autosave left a recovery copy of the edited design: decline it, this test opens the template.
    const discard = page.getByTestId('confirm-discard');
    if (await discard.waitFor({ timeout: 4000 }).then(() => true, () => false)) await discard.click();
    await page.getByTestId('tab-templates').click();
    const mine = page.getByTestId('my-templates');
    await mine.waitFor();
    await expect.poll(() => mine.locator('.template-name').allTextContents()).toContain('Tenant meme');
    await page.getByTestId('template-search').fill('inquilinos');
    await expect.poll(() => mine.locator('[data-testid^=template-card-]').count()).toBe(1);
    // Its photo travelled into the library with it, and opening it restores fill-in mode, with the
    // switch to author mode: it is the user's own template.
    await mine.locator('.template-thumb').first().click();
    await page.getByTestId('fill-in-form').waitFor();
    expect(await page.getByTestId('slot-text-caption').inputValue()).toBe('When the boss says the union is a third party');
    expect(readdirSync(join(app.userDataDir, 'library', 'assets')).length).toBe(1);
    expect(await page.getByTestId('author-mode-toggle').isChecked()).toBe(false);
    expect(await page.locator('[data-testid=template-bar] [data-action="template.editCopy"]').count()).toBe(0);
  });

  it('deletes a user template after confirmation', async () => {
    const { page } = app;
    await page.getByTestId('template-search').fill('inquilinos');
    const card = page.getByTestId('my-templates').locator('[data-testid^=template-card-]').first();
    const id = (await card.getAttribute('data-testid'))!.replace('template-card-', '');
    await page.getByTestId(`delete-template-${id}`).click();
    await page.getByTestId('confirm-cancel').click();
    expect(readdirSync(join(app.userDataDir, 'library', 'templates'))).toContain(`${id}.json`);
    await page.getByTestId(`delete-template-${id}`).click();
    await page.getByTestId('confirm-delete').click();
    await expect.poll(() => readdirSync(join(app.userDataDir, 'library', 'templates')).length).toBe(1);
    expect(readdirSync(join(app.userDataDir, 'library', 'templates'))).not.toContain(`${id}.json`);
  });

  it('shows the gallery, the fill-in form and the brand kit editor in Spanish', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('es');
    await page.getByTestId('template-search').fill('');
    await expect.poll(() => page.getByTestId('mode-badge').textContent()).toBe('Modo de llenado');
    await snap(page, 'templates-gallery-es');
    await page.getByTestId('tab-brand').click();
    await page.getByTestId('kit-placard-default').click();
    await snap(page, 'brand-kit-editor-es');
    expect(app.pageErrors).toEqual([]);
  });
});
