// The pack library tab: installed packs with their details, templates (open one as a new design),
// update, remove; import by button or by dropping a .placardpack on the window; export a pack.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackSummary } from '../../core/api-files';
import type { Language } from '../../core/model';
import { useDialogStore } from '../dialogs/dialog-store';
import { Icon } from '../panels/icons';
import { importPackFromDialog, openPackTemplate, refreshPacks, removeInstalledPack } from './pack-actions';
import { usePackStore } from './pack-store';
import { languageOfLocale } from '../../core/model/locale';

function PackCard({ pack, language }: { pack: PackSummary; language: Language }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const templates = usePackStore((s) => s.templates).filter((x) => x.packId === pack.id);
  const kits = usePackStore((s) => s.brandKits).filter((x) => x.packId === pack.id);
  return (
    <li className="pack-card" data-testid={`pack-card-${pack.id}`}>
      <div className="pack-head">
        <span className="pack-name">{pack.name}</span>
        <span className="pack-version" data-testid={`pack-version-${pack.id}`}>
          {t('packs.version', { version: pack.version })}
        </span>
      </div>
      <div className="pack-meta">
        {pack.author && <span>{t('packs.byAuthor', { author: pack.author })}</span>}
        {pack.license && <span>{t('packs.license', { license: pack.license })}</span>}
        <span>{t('packs.templateCount', { count: pack.templateIds.length })}</span>
        {pack.brandKitIds.length > 0 && <span>{t('packs.kitCount', { count: pack.brandKitIds.length })}</span>}
      </div>
      <div className="pack-actions">
        <button type="button" className="btn btn-outline btn-small" aria-expanded={open} data-testid={`pack-details-${pack.id}`} onClick={() => setOpen(!open)}>
          {open ? t('packs.hideDetails') : t('packs.details')}
        </button>
        <button type="button" className="btn btn-outline btn-small" data-testid={`pack-update-${pack.id}`} onClick={() => void importPackFromDialog()}>
          {t('packs.update')}
        </button>
        <button type="button" className="btn btn-plain btn-small pack-remove" data-testid={`pack-remove-${pack.id}`} onClick={() => void removeInstalledPack(pack)}>
          <Icon name="trash" size={14} />
          <span>{t('packs.remove')}</span>
        </button>
      </div>
      {open && (
        <div className="pack-details" data-testid={`pack-details-body-${pack.id}`}>
          {pack.description && <p className="pack-description">{pack.description}</p>}
          <ul className="pack-templates">
            {templates.map((p) => (
              <li key={p.template.id} className="pack-template-row">
                <span className="pack-template-name">{p.template.name[language]}</span>
                <span className="muted">{t(`templates.category.${p.template.category}`)}</span>
                <button type="button" className="btn btn-primary btn-small" data-testid={`pack-template-${p.template.id}`} onClick={() => void openPackTemplate(p)}>
                  {t('packs.useTemplate')}
                </button>
              </li>
            ))}
            {kits.map((k) => (
              <li key={k.kit.id} className="pack-template-row">
                <span className="pack-kit-swatches" aria-hidden="true">
                  {Object.values(k.kit.colors)
                    .slice(0, 5)
                    .map((c, i) => (
                      <span key={i} style={{ background: c }} />
                    ))}
                </span>
                <span className="pack-template-name">{k.kit.name}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

export function PackLibraryPanel() {
  const { t, i18n } = useTranslation();
  const language: Language = languageOfLocale(i18n.language);
  const packs = usePackStore((s) => s.packs);
  const loaded = usePackStore((s) => s.loaded);
  useEffect(() => {
    if (!loaded) void refreshPacks();
  }, [loaded]);
  return (
    <div className="pack-library" data-testid="pack-library">
      <div className="panel-section">
        <h2 className="panel-heading">{t('packs.title')}</h2>
        <div className="pack-toolbar">
          <button type="button" className="btn btn-primary btn-small" data-testid="pack-import" onClick={() => void importPackFromDialog()}>
            {t('packs.import')}
          </button>
          <button type="button" className="btn btn-outline btn-small" data-testid="pack-export" onClick={() => useDialogStore.getState().open('exportPack', {})}>
            {t('packs.export')}
          </button>
        </div>
      </div>
      <div className="panel-section">
        {packs.length === 0 ? (
          <p className="empty-hint" data-testid="packs-empty">
            {t('packs.empty')}
          </p>
        ) : (
          <ul className="pack-list">
            {packs.map((p) => (
              <PackCard key={p.id} pack={p} language={language} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
