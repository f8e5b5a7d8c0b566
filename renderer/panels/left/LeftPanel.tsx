// The left side: a rail of tabs (when there is more than one) and the chosen tab's panel.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../state/editor-store';
import { Icon } from '../icons';
import { LEFT_TABS } from './tabs';

// The dock's boxes: a rail of tabs when there is more than one, then the panel.
const WITH_RAIL = LEFT_TABS.length > 1;
const DOCK_CLASS = `left-dock${WITH_RAIL ? ' with-rail' : ''}`;

/** The left side's place before it renders (App.tsx): the same boxes, empty, so the canvas beside it has its final width. */
export function LeftPanelPlace() {
  return (
    <div className={DOCK_CLASS}>
      {WITH_RAIL && <nav className="left-rail" />}
      <aside className="side-panel left-panel" />
    </div>
  );
}

export function LeftPanel() {
  const { t } = useTranslation();
  const tabId = useEditorStore((s) => s.leftTab);
  const tab = LEFT_TABS.find((x) => x.id === tabId) ?? LEFT_TABS[0]!;
  return (
    <div className={DOCK_CLASS}>
      {WITH_RAIL && (
        <nav className="left-rail" role="tablist" aria-label={t('panels.left')}>
          {LEFT_TABS.map((x) => (
            <button
              key={x.id}
              type="button"
              role="tab"
              aria-selected={x.id === tab.id}
              className={`rail-tab${x.id === tab.id ? ' active' : ''}`}
              data-testid={`tab-${x.id}`}
              onClick={() => useEditorStore.getState().setLeftTab(x.id)}
            >
              <Icon name={x.icon} size={20} />
              <span>{t(x.labelKey)}</span>
            </button>
          ))}
        </nav>
      )}
      <aside className="side-panel left-panel" data-testid="left-panel" aria-label={t(tab.labelKey)}>
        <Suspense fallback={<p className="muted panel-loading">{t('dialog.loading')}</p>}>
          <tab.Component />
        </Suspense>
      </aside>
    </div>
  );
}
