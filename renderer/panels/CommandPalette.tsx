// The command palette (Ctrl+K): every registered action, searchable by its label in the current
// language or its id, run with Enter. Reads the same registry as toolbar, menus and shortcuts.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store';
import { allActions, formatShortcut, isEnabled, runAction, type Action } from '../actions/registry';

/** Matches when every word of the query starts a word of the label, or is in the id. */
export function matchesQuery(label: string, id: string, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const hay = label.toLocaleLowerCase();
  const labelWords = hay.split(/[^\p{L}\p{N}]+/u);
  return words.every((w) => labelWords.some((lw) => lw.startsWith(w)) || hay.includes(w) || id.toLowerCase().includes(w));
}

export function CommandPalette() {
  const open = useUiStore((s) => s.paletteOpen);
  return open ? <PaletteDialog /> : null;
}

function PaletteDialog() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const close = () => useUiStore.getState().setPaletteOpen(false);

  const items = useMemo(() => {
    const list = allActions()
      .filter((a) => a.id !== 'view.palette')
      .map((a) => ({ action: a, label: t(a.labelKey), enabled: isEnabled(a) }))
      .filter((x) => matchesQuery(x.label, x.action.id, query));
    // Runnable commands first, then alphabetical.
    return list.sort((a, b) => Number(b.enabled) - Number(a.enabled) || a.label.localeCompare(b.label));
  }, [query, t]);

  useEffect(() => inputRef.current?.focus(), []);
  // A new query starts at the first result (state adjusted while rendering, as React advises).
  const [activeFor, setActiveFor] = useState(query);
  if (activeFor !== query) {
    setActiveFor(query);
    setActive(0);
  }

  const run = (action: Action) => {
    close();
    void runAction(action.id);
  };

  return (
    <div className="palette-backdrop" onMouseDown={close}>
      <div className="palette" role="dialog" aria-label={t('palette.title')} data-testid="command-palette" onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={inputRef}
          className="palette-input"
          placeholder={t('palette.placeholder')}
          aria-label={t('palette.placeholder')}
          value={query}
          data-testid="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close();
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((i) => Math.min(items.length - 1, i + 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((i) => Math.max(0, i - 1));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              const item = items[active];
              if (item?.enabled) run(item.action);
            }
          }}
        />
        <ul className="palette-list" id="palette-list" role="listbox">
          {items.length === 0 && <li className="palette-empty">{t('palette.empty')}</li>}
          {items.map((item, i) => (
            <li
              key={item.action.id}
              role="option"
              aria-selected={i === active}
              aria-disabled={!item.enabled}
              data-action={item.action.id}
              className={`palette-item${i === active ? ' active' : ''}${item.enabled ? '' : ' disabled'}`}
              onMouseEnter={() => setActive(i)}
              onClick={() => item.enabled && run(item.action)}
            >
              <span>{item.label}</span>
              {item.action.shortcuts?.[0] && <kbd>{formatShortcut(item.action.shortcuts[0])}</kbd>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
