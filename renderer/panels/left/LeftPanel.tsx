// The left side: a rail of tabs (when there is more than one) and the chosen tab's panel, which
// the rail's last button hides and shows (the canvas takes its room).
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { narrowWindow, useEditorStore } from '../../state/editor-store';
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
  const open = useEditorStore((s) => s.leftOpen);
  const dock = useRef<HTMLDivElement>(null);
  const tab = LEFT_TABS.find((x) => x.id === tabId) ?? LEFT_TABS[0]!;

  // In a narrow window the panel floats over the canvas: a new design or element closes it
  // (state/floating-panel.ts), and a press anywhere else (the canvas, the form) does, as a drawer does.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Element | null;
      if (!narrowWindow() || !target || dock.current?.contains(target) || target.closest('dialog, .menu-popup')) return;
      useEditorStore.getState().setLeftOpen(false);
    };
    // Escape inside the floating panel closes it too, and leaves the focus on its tab.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !narrowWindow() || !dock.current?.contains(document.activeElement) || (e.target as Element | null)?.closest('.menu-popup')) return;
      useEditorStore.getState().setLeftOpen(false);
      dock.current.querySelector<HTMLElement>('[role="tab"][data-current="true"]')?.focus();
    };
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  const toggleLabel = t(open ? 'panels.hideLeft' : 'panels.showLeft');
  return (
    <div className={DOCK_CLASS} ref={dock}>
      {WITH_RAIL && (
        <nav className="left-rail" role="tablist" aria-label={t('panels.left')}>
          {LEFT_TABS.map((x) => (
            <button
              key={x.id}
              type="button"
              role="tab"
              aria-selected={open && x.id === tab.id}
              className={`rail-tab${open && x.id === tab.id ? ' active' : ''}`}
              data-current={x.id === tab.id}
              data-testid={`tab-${x.id}`}
              onClick={() => useEditorStore.getState().setLeftTab(x.id)}
            >
              <Icon name={x.icon} size={20} />
              <span>{t(x.labelKey)}</span>
            </button>
          ))}
          <button
            type="button"
            className="rail-tab rail-toggle"
            data-testid="left-panel-toggle"
            aria-expanded={open}
            title={toggleLabel}
            aria-label={toggleLabel}
            onClick={() => (open ? useEditorStore.getState().setLeftOpen(false) : useEditorStore.getState().setLeftTab(tab.id))}
          >
            <Icon name={open ? 'panelClose' : 'panelOpen'} size={20} />
          </button>
        </nav>
      )}
      {(open || !WITH_RAIL) && (
        <aside className="side-panel left-panel" data-testid="left-panel" aria-label={t(tab.labelKey)}>
          <Suspense fallback={<p className="muted panel-loading">{t('dialog.loading')}</p>}>
            <tab.Component />
          </Suspense>
        </aside>
      )}
    </div>
  );
}
