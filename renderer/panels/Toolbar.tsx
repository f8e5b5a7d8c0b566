import { useTranslation } from 'react-i18next';
import { ActionButton } from './ActionButton';
import { FileMenu } from '../documents/FileMenu';
import { useDocumentTitle } from '../documents/document-store';
import { Icon } from './icons';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import type { UiLanguage } from '../i18n';

export function Toolbar({ uiLanguage, onUiLanguage }: { uiLanguage: UiLanguage; onUiLanguage(l: UiLanguage): void }) {
  const { t } = useTranslation();
  const name = useDesignStore((s) => s.design.name);
  const dirty = useDesignStore((s) => s.revision !== s.savedRevision);
  const title = useDocumentTitle(name, t('document.untitled'));
  const busy = useEditorStore((s) => s.busy);
  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="toolbar-group">
        <div className="brand-mark" aria-hidden="true">P</div>
        <span className="app-title">{t('app.name')}</span>
        <span className="doc-title" data-testid="doc-title" title={title}>
          <span className="doc-title-text">{title}</span>
          {dirty && <span className="dirty-dot" title={t('document.unsaved')} />}
        </span>
      </div>
      <div className="toolbar-group">
        <FileMenu />
        <ActionButton actionId="file.new" icon="file" />
        <span className="toolbar-sep" />
        <ActionButton actionId="edit.undo" icon="undo" />
        <ActionButton actionId="edit.redo" icon="redo" />
        <span className="toolbar-sep" />
        <ActionButton actionId="insert.text" icon="text" />
        <ActionButton actionId="insert.image" icon="image" />
        <ActionButton actionId="insert.rect" icon="rect" />
        <ActionButton actionId="insert.ellipse" icon="ellipse" />
        <span className="toolbar-sep" />
        <ActionButton actionId="view.zoomOut" icon="zoomOut" />
        <ActionButton actionId="view.fit" icon="fit" />
        <ActionButton actionId="view.zoomIn" icon="zoomIn" />
      </div>
      <div className="toolbar-group">
        <label className="lang-switch" title={t('toolbar.language')}>
          <Icon name="globe" size={16} />
          <select
            data-testid="language-select"
            aria-label={t('toolbar.language')}
            value={uiLanguage}
            onChange={(e) => onUiLanguage(e.target.value as UiLanguage)}
          >
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </label>
        <ActionButton actionId="edit.copyImage" icon="copyImage" />
        <ActionButton actionId="file.export" icon="export" showLabel variant="primary" />
        {busy && <span className="spinner" role="status" aria-label={t('status.working')} />}
      </div>
    </header>
  );
}
