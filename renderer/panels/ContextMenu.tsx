// Right-click menu on the canvas: the usual element commands, straight from the action registry
// (labels, shortcuts and enabled rules are the ones the toolbar and palette show).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store';
import { formatShortcut, getAction, isEnabled, runAction } from '../actions/registry';

const SECTIONS: string[][] = [
  ['edit.cut', 'edit.copy', 'edit.paste', 'edit.duplicate', 'edit.delete'],
  ['arrange.front', 'arrange.forward', 'arrange.backward', 'arrange.back'],
  ['arrange.group', 'arrange.ungroup'],
  ['align.left', 'align.hcenter', 'align.right', 'align.top', 'align.vcenter', 'align.bottom', 'distribute.horizontal', 'distribute.vertical'],
  ['layer.toggleVisible', 'layer.toggleLock', 'edit.selectAll'],
];

export function ContextMenu() {
  const menu = useUiStore((s) => s.contextMenu);
  return menu ? <Menu x={menu.x} y={menu.y} /> : null;
}

function Menu({ x, y }: { x: number; y: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ x, y });
  const close = () => useUiStore.getState().closeContextMenu();

  // Keep the menu on screen.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    setPos({ x: Math.max(4, Math.min(x, window.innerWidth - box.width - 4)), y: Math.max(4, Math.min(y, window.innerHeight - box.height - 4)) });
  }, [x, y]);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) close();
    };
    window.addEventListener('mousedown', onDown, true);
    return () => window.removeEventListener('mousedown', onDown, true);
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') buttons[(i + 1) % buttons.length]?.focus();
    else if (e.key === 'ArrowUp') buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    e.preventDefault();
  };

  return (
    <div ref={ref} className="context-menu" role="menu" aria-label={t('contextMenu.label')} data-testid="context-menu" style={{ left: pos.x, top: pos.y }} onKeyDown={onKeyDown} onContextMenu={(e) => e.preventDefault()}>
      {SECTIONS.map((ids, i) => (
        <div key={i} className="context-section" role="group">
          {ids.map((id) => {
            const action = getAction(id);
            if (!action) return null;
            return (
              <button
                key={id}
                type="button"
                role="menuitem"
                className="context-item"
                data-action={id}
                disabled={!isEnabled(action)}
                onClick={() => {
                  close();
                  void runAction(id);
                }}
              >
                <span>{t(action.labelKey)}</span>
                {action.shortcuts?.[0] && <kbd>{formatShortcut(action.shortcuts[0])}</kbd>}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
