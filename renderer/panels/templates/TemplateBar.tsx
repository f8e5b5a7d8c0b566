// The strip above the canvas for templates: which mode the editor is in (fill-in or author),
// always visible while a template or a locked design is open. The user's own work has a switch
// between the modes; a template from the gallery, a pack or a file has "Edit a copy" instead.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasSlots, mayAuthor } from '../../../core/model';
import { setAuthorMode } from '../../actions/template-actions';
import { useDesignStore } from '../../state/design-store';
import { useLibraryStore } from '../../state/library-store';
import { ActionButton } from '../ActionButton';
import { Icon } from '../icons';
import { languageOfLocale } from '../../../core/model/locale';


export function TemplateBar() {
  const { t, i18n } = useTranslation();
  // Selected pieces, not the whole design: this bar must not re-render on every keystroke.
  const origin = useDesignStore((s) => s.design.origin);
  const slotted = useDesignStore((s) => hasSlots(s.design.elements));
  const ownWork = useDesignStore((s) => mayAuthor(s.design));
  const authorMode = useDesignStore((s) => s.authorMode);
  const loaded = useLibraryStore((s) => s.loaded);

  // The library (user kits and templates) is loaded once the shell is up.
  useEffect(() => {
    if (!loaded) void useLibraryStore.getState().load().catch((err) => console.warn('library could not be loaded', err));
  }, [loaded]);

  // Hidden for the user's own designs (memes lock their bands, but they are not templates).
  if (!origin && authorMode && !slotted) return null;
  const language = languageOfLocale(i18n.language);
  const templateName = origin ? origin.name[language] || origin.name.en || origin.name.es : undefined;
  const hint = authorMode ? t('templates.bar.authorHint') : ownWork ? t('templates.bar.fillHint') : t('templates.bar.lockedHint');
  return (
    <div className={`template-bar${authorMode ? ' author' : ' fill'}`} data-testid="template-bar" data-mode={authorMode ? 'author' : 'fill'}>
      <span className="mode-badge" data-testid="mode-badge" title={hint}>
        <Icon name={authorMode ? 'unlock' : 'lock'} size={14} />
        <span className="mode-badge-label">{authorMode ? t('templates.bar.authorModeOn') : t('templates.bar.fillInMode')}</span>
      </span>
      {templateName && <span className="template-bar-name" data-testid="template-bar-name">{t('templates.bar.from', { name: templateName })}</span>}
      <span className="template-bar-hint">
        <span className="template-bar-text">{hint}</span>
      </span>
      <span className="template-bar-actions">
        <ActionButton actionId="template.exportBothLanguages" variant="plain" showLabel />
        {authorMode && <ActionButton actionId="template.saveAs" variant="plain" showLabel />}
        {ownWork ? (
          <label className="switch" data-testid="author-mode-toggle-label">
            <input type="checkbox" role="switch" checked={authorMode} data-testid="author-mode-toggle" onChange={(e) => setAuthorMode(e.target.checked)} />
            <span className="switch-track" aria-hidden="true" />
            <span>{t('templates.bar.authorMode')}</span>
          </label>
        ) : (
          <ActionButton actionId="template.editCopy" variant="primary" showLabel />
        )}
      </span>
    </div>
  );
}
