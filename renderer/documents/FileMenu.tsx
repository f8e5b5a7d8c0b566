// The toolbar's File menu: New, Open, Open recent, Save, Save as, Export (dialog), quick PNG
// export and Copy image, import and export of packs.
// Entries run the same registry actions as the native menu and the shortcuts.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortcut, getAction, runAction } from '../actions/registry';
import { openDocumentAt, refreshRecent } from './document-io';
import { useDocumentStore } from './document-store';

// Copy image is here too: a narrow window's toolbar has no room for its button.
const ENTRIES = ['file.new', 'file.open', null, 'file.save', 'file.saveAs', null, 'file.export', 'file.exportPng', 'edit.copyImage', 'file.bulk', null, 'pack.import', 'pack.export'] as const;

export function FileMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const recent = useDocumentStore((s) => s.recent);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    void refreshRecent();
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const run = (id: string) => {
    setOpen(false);
    void runAction(id);
  };

  return (
    <div className="file-menu" ref={root}>
      <button type="button" className="btn btn-plain" aria-haspopup="menu" aria-expanded={open} data-testid="file-menu" onClick={() => setOpen(!open)}>
        <span>{t('file.menu')}</span>
        <span className="menu-caret" aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu-popup" role="menu" data-testid="file-menu-popup">
          {ENTRIES.map((id, i) => {
            if (id === null) return <div key={`sep-${i}`} className="menu-sep" role="separator" />;
            const action = getAction(id);
            if (!action) return null;
            const shortcut = action.shortcuts?.[0];
            const detail = action.detail?.();
            return (
              <button key={id} type="button" role="menuitem" className="menu-item" data-action={id} data-testid={`menu-${id}`} onClick={() => run(id)}>
                <span>{t(action.labelKey)}</span>
                {detail && <span className="menu-detail" data-testid={`menu-detail-${id}`}>{t(detail.key, detail.params)}</span>}
                {shortcut && <span className="menu-shortcut">{formatShortcut(shortcut)}</span>}
              </button>
            );
          })}
          <div className="menu-sep" role="separator" />
          <div className="menu-heading">{t('file.recent')}</div>
          {recent.length === 0 ? (
            <div className="menu-empty">{t('file.recentEmpty')}</div>
          ) : (
            recent.map((r, i) => (
              <button
                key={r.path}
                type="button"
                role="menuitem"
                className="menu-item"
                title={r.path}
                data-testid={`recent-${i}`}
                onClick={() => {
                  setOpen(false);
                  void openDocumentAt(r.path);
                }}
              >
                <span>{r.name}</span>
              </button>
            ))
          )}
        </div>
      )}
    </div>
  );
}
