// Export a template pack: name it, pick templates (the user's and installed packs') and brand
// kits, then main asks where to save the .placardpack. Images travel with the pack.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandKit } from '../../core/brand';
import { slugify, type Language } from '../../core/model';
import type { Template } from '../../core/templates';
import { errorMessage } from '../i18n/error-message';
import { getApi } from '../bridge';
import type { ModalProps } from '../dialogs/dialog-store';
import { useEditorStore } from '../state/editor-store';
import { useLibraryStore } from '../state/library-store';
import { assetBytes } from './pack-actions';
import { usePackStore } from './pack-store';
import { designFamilies, fontFilesFor } from '../fonts/user-fonts';
import { familyFromFileName } from '../fonts/user-fonts';
import { languageOfLocale } from '../../core/model/locale';

interface Choice<T> {
  key: string;
  item: T;
  label: string;
  source?: string;
}


/** Every image the chosen templates and kits use, by asset id. Throws a coded error naming a missing one. */
async function collectAssets(templates: Template[], kits: BrandKit[]): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  const wanted = new Map<string, string>();
  for (const t of templates) for (const [id, info] of Object.entries(t.design.assets)) wanted.set(id, info.name || id);
  for (const k of kits) for (const id of k.logos) wanted.set(id, id);
  for (const [id, name] of wanted) {
    const found = await assetBytes(id);
    if (!found) throw Object.assign(new Error(`image ${id} is missing`), { code: 'pack.missing-image', params: { name } });
    out[id] = found.bytes;
  }
  return out;
}

export function ExportPackDialog({ close }: ModalProps) {
  const { t, i18n } = useTranslation();
  const language: Language = languageOfLocale(i18n.language);
  const userTemplates = useLibraryStore((s) => s.userTemplates);
  const userKits = useLibraryStore((s) => s.userKits);
  const packTemplates = usePackStore((s) => s.templates);
  const packKits = usePackStore((s) => s.brandKits);
  const packs = usePackStore((s) => s.packs);

  const templateChoices = useMemo<Choice<Template>[]>(() => {
    const seen = new Set<string>();
    const out: Choice<Template>[] = [];
    for (const item of userTemplates) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push({ key: item.id, item, label: item.name[language] });
    }
    for (const p of packTemplates) {
      if (seen.has(p.template.id)) continue;
      seen.add(p.template.id);
      out.push({ key: p.template.id, item: p.template, label: p.template.name[language], source: p.packName });
    }
    return out;
  }, [userTemplates, packTemplates, language]);
  const kitChoices = useMemo<Choice<BrandKit>[]>(() => {
    const seen = new Set<string>();
    const out: Choice<BrandKit>[] = [];
    for (const item of userKits) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push({ key: item.id, item, label: item.name });
    }
    for (const p of packKits) {
      if (seen.has(p.kit.id)) continue;
      seen.add(p.kit.id);
      out.push({ key: p.kit.id, item: p.kit, label: p.kit.name, source: packs.find((x) => x.id === p.packId)?.name ?? p.packId });
    }
    return out;
  }, [userKits, packKits, packs]);

  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [version, setVersion] = useState('1.0.0');
  const [author, setAuthor] = useState('');
  const [license, setLicense] = useState('CC-BY-4.0');
  const [description, setDescription] = useState('');
  const [chosenTemplates, setChosenTemplates] = useState<ReadonlySet<string>>(new Set());
  const [chosenKits, setChosenKits] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const packId = id || slugify(name, 'pack');
  const nothing = chosenTemplates.size === 0 && chosenKits.size === 0;
  const valid = name.trim().length > 0 && !nothing;
  const toggle = (set: ReadonlySet<string>, key: string) => {
    const next = new Set(set);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  };

  async function submit() {
    if (!valid) {
      setError(t('packs.exportDialog.nothing'));
      return;
    }
    setWorking(true);
    setError(null);
    try {
      const templates = templateChoices.filter((c) => chosenTemplates.has(c.key)).map((c) => c.item);
      const brandKits = kitChoices.filter((c) => chosenKits.has(c.key)).map((c) => c.item);
      const assets = await collectAssets(templates, brandKits);
      // Imported fonts used by the templates' text or named by the kits travel with the pack.
      const families = new Set(templates.flatMap((tpl) => [...designFamilies(tpl.design)]));
      for (const kit of brandKits) for (const family of Object.values(kit.fonts)) families.add(family);
      const fonts = fontFilesFor(families, familyFromFileName);
      const result = await getApi().exportPack({
        manifest: { id: packId, name: name.trim(), version: version.trim(), author: author.trim(), description: description.trim(), license: license.trim() },
        templates,
        brandKits,
        assets,
        fonts,
      });
      if (result.status === 'saved') {
        useEditorStore.getState().setStatus({ key: 'packs.exported', params: { name: name.trim() }, tone: 'success' });
        close();
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setWorking(false);
    }
  }

  const text = (label: string, value: string, set: (v: string) => void, testId: string, wide = false) => (
    <label className={`field${wide ? ' wide' : ''}`}>
      <span className="field-label">{label}</span>
      <input value={value} data-testid={testId} maxLength={200} onKeyDown={(e) => e.stopPropagation()} onChange={(e) => set(e.target.value)} />
    </label>
  );

  return (
    <form
      className="export-pack-dialog"
      data-testid="export-pack-dialog"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <h2 className="modal-title">{t('packs.exportDialog.title')}</h2>
      <div className="field-grid">
        {text(t('packs.exportDialog.name'), name, setName, 'pack-export-name', true)}
        <label className="field">
          <span className="field-label">{t('packs.exportDialog.id')}</span>
          <input value={packId} data-testid="pack-export-id" maxLength={100} onKeyDown={(e) => e.stopPropagation()} onChange={(e) => setId(e.target.value.toLowerCase())} />
        </label>
        {text(t('packs.exportDialog.version'), version, setVersion, 'pack-export-version')}
        {text(t('packs.exportDialog.author'), author, setAuthor, 'pack-export-author')}
        {text(t('packs.exportDialog.license'), license, setLicense, 'pack-export-license')}
        {text(t('packs.exportDialog.description'), description, setDescription, 'pack-export-description', true)}
      </div>
      <div className="pack-export-lists">
        <fieldset className="pack-export-list">
          <legend>{t('packs.exportDialog.templates')}</legend>
          {templateChoices.length === 0 && <p className="empty-hint">{t('packs.noTemplates')}</p>}
          {templateChoices.map((c) => (
            <label key={c.key} className="check-row">
              <input type="checkbox" data-testid={`pack-export-template-${c.key}`} checked={chosenTemplates.has(c.key)} onChange={() => setChosenTemplates(toggle(chosenTemplates, c.key))} />
              <span>{c.label}</span>
              {c.source && <span className="muted">{t('packs.fromPack', { pack: c.source })}</span>}
            </label>
          ))}
        </fieldset>
        <fieldset className="pack-export-list">
          <legend>{t('packs.exportDialog.kits')}</legend>
          {kitChoices.map((c) => (
            <label key={c.key} className="check-row">
              <input type="checkbox" data-testid={`pack-export-kit-${c.key}`} checked={chosenKits.has(c.key)} onChange={() => setChosenKits(toggle(chosenKits, c.key))} />
              <span>{c.label}</span>
              {c.source && <span className="muted">{t('packs.fromPack', { pack: c.source })}</span>}
            </label>
          ))}
        </fieldset>
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="pack-export-error">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="btn btn-outline" onClick={close}>
          {t('packs.exportDialog.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={working} data-testid="pack-export-confirm">
          {t('packs.exportDialog.export')}
        </button>
      </div>
    </form>
  );
}
