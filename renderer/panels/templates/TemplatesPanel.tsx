// The templates gallery: the user's own templates and the built-ins, with thumbnails in the UI
// language, search (names in both languages, tags) and category chips. "Use template" opens one
// as a new design in fill-in mode.
import { use, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { getPreset } from '../../../core/presets';
import { paperSize, presetLabel } from '../../export/preset-labels';
import type { Language } from '../../../core/model';
import type { Template, TemplateCategory } from '../../../core/templates';
import { deleteUserTemplate, openTemplate } from '../../actions/template-actions';
import { errorMessage } from '../../i18n/error-message';
import { ActionButton } from '../ActionButton';
import { Icon } from '../icons';
import { loadBuiltInTemplates, thumbnailFor, useLibraryStore } from '../../state/library-store';
import { useEditorStore } from '../../state/editor-store';
import { useTemplatePreview } from './preview';
import { usePackStore } from '../../packs/pack-store';
import { refreshPacks } from '../../packs/pack-actions';
import { languageOfLocale } from '../../../core/model/locale';

/** Lowercase without accents, so "peticion" finds "Petición". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Every word of the query appears in the template's names, descriptions, tags, or the labels
 * given (its category and its size, e.g. "Facebook story (1080 × 1920)", in both languages, so
 * "historia", "story", "portada" and "cover" all find a story or cover template).
 */
export function matchesQuery(template: Template, query: string, labels: readonly string[]): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = foldText([template.name.en, template.name.es, template.description?.en ?? '', template.description?.es ?? '', ...template.tags, ...labels].join(' '));
  return words.every((w) => haystack.includes(w));
}

function TemplateCard({ template, builtIn, language, fromPack = false }: { template: Template; builtIn: boolean; language: Language; fromPack?: boolean }) {
  const { t } = useTranslation();
  const preview = useTemplatePreview(builtIn ? null : template);
  const src = builtIn ? thumbnailFor(template.id, language) : preview;
  const name = template.name[language];
  const preset = getPreset(template.presetId);
  const use = () =>
    void openTemplate(template, builtIn ? 'builtin' : fromPack ? 'pack' : 'own').catch((err) =>
      useEditorStore.getState().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' }),
    );
  return (
    <li className="template-card" data-testid={`template-card-${template.id}`}>
      <button type="button" className="template-thumb" onClick={use} title={t('templates.gallery.use')} aria-label={`${t('templates.gallery.use')}: ${name}`}>
        {src ? <img src={src} alt="" loading="lazy" draggable={false} /> : <span className="template-thumb-empty" />}
        <span className="template-use" data-testid={`use-template-${template.id}`}>
          {t('templates.gallery.use')}
        </span>
      </button>
      <div className="template-meta">
        <span className="template-name" title={name}>
          {name}
        </span>
        <span className="template-category">{t(`templates.category.${template.category}`)}</span>
        {preset && (
          <span className="template-size" data-testid={`template-size-${template.id}`}>
            {presetLabel(t, preset)}
          </span>
        )}
      </div>
      {!builtIn && !fromPack && (
        <button
          type="button"
          className="btn btn-plain template-delete"
          title={t('templates.delete.confirm')}
          aria-label={`${t('templates.delete.confirm')}: ${name}`}
          data-testid={`delete-template-${template.id}`}
          onClick={() => void deleteUserTemplate(template)}
        >
          <Icon name="trash" size={16} />
        </button>
      )}
    </li>
  );
}

/** The category and size of a template as both UI languages name them. */
function searchLabels(template: Template, t: TFunction): string[] {
  const preset = getPreset(template.presetId);
  return (['en', 'es'] as const).flatMap((lng) => [t(`templates.category.${template.category}`, { lng }), ...(preset ? [t(preset.labelKey, { lng, size: paperSize(preset) })] : [])]);
}

export function TemplatesPanel() {
  const { t, i18n } = useTranslation();
  const language: Language = languageOfLocale(i18n.language);
  const userTemplates = useLibraryStore((s) => s.userTemplates);
  const loaded = useLibraryStore((s) => s.loaded);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<TemplateCategory | 'all'>('all');
  // The built-ins' chunk loads with the panel's (the panel waits in its Suspense boundary).
  const allBuiltIns = use(loadBuiltInTemplates());

  const packTemplates = usePackStore((s) => s.templates);
  const packsLoaded = usePackStore((s) => s.loaded);
  useEffect(() => {
    if (!packsLoaded) void refreshPacks();
  }, [packsLoaded]);
  useEffect(() => {
    if (!loaded) void useLibraryStore.getState().load().catch(() => undefined);
  }, [loaded]);

  const categories = useMemo(() => {
    const present = new Set<TemplateCategory>([...allBuiltIns, ...userTemplates].map((x) => x.category));
    return [...present].sort((a, b) => t(`templates.category.${a}`).localeCompare(t(`templates.category.${b}`)));
  }, [allBuiltIns, userTemplates, t]);

  const filter = (list: readonly Template[]) =>
    list.filter(
      (x) =>
        (category === 'all' || x.category === category) &&
        // Category and size names match in both languages, like template names.
        matchesQuery(x, query, searchLabels(x, t)),
    );
  const mine = filter(userTemplates);
  const builtIns = filter(allBuiltIns);
  const fromPacks = filter(packTemplates.map((p) => p.template));

  return (
    <div className="templates-panel" data-testid="templates-panel">
      <div className="panel-section templates-head">
        <h2 className="panel-heading">{t('templates.gallery.title')}</h2>
        <input
          type="search"
          className="search-input"
          value={query}
          placeholder={t('templates.gallery.search')}
          aria-label={t('templates.gallery.search')}
          data-testid="template-search"
          onKeyDown={(e) => e.stopPropagation()}
          onChange={(e) => setQuery(e.target.value.slice(0, 100))}
        />
        <div className="chip-row" role="group" aria-label={t('templates.gallery.categories')}>
          {(['all', ...categories] as const).map((c) => (
            <button
              key={c}
              type="button"
              className={`chip${category === c ? ' active' : ''}`}
              aria-pressed={category === c}
              data-testid={`category-${c}`}
              onClick={() => setCategory(c)}
            >
              {c === 'all' ? t('templates.gallery.all') : t(`templates.category.${c}`)}
            </button>
          ))}
        </div>
        <div className="templates-save">
          <ActionButton actionId="template.saveAs" variant="plain" showLabel />
        </div>
      </div>
      {userTemplates.length > 0 && (
        <section className="panel-section" data-testid="my-templates">
          <h3 className="panel-subheading">{t('templates.gallery.mine')}</h3>
          {mine.length ? (
            <ul className="template-grid">
              {mine.map((x) => (
                <TemplateCard key={x.id} template={x} builtIn={false} language={language} />
              ))}
            </ul>
          ) : (
            <p className="empty-hint">{t('templates.gallery.noMatch')}</p>
          )}
        </section>
      )}
      {fromPacks.length > 0 && (
        <section className="panel-section" data-testid="pack-templates">
          <h3 className="panel-subheading">{t('packs.title')}</h3>
          <ul className="template-grid">
            {fromPacks.map((x) => (
              <TemplateCard key={x.id} template={x} builtIn={false} fromPack language={language} />
            ))}
          </ul>
        </section>
      )}
      <section className="panel-section" data-testid="built-in-templates">
        <h3 className="panel-subheading">{t('templates.gallery.builtIn')}</h3>
        {builtIns.length ? (
          <ul className="template-grid">
            {builtIns.map((x) => (
              <TemplateCard key={x.id} template={x} builtIn language={language} />
            ))}
          </ul>
        ) : (
          <p className="empty-hint">{t('templates.gallery.noMatch')}</p>
        )}
      </section>
    </div>
  );
}
