// A toolbar/panel button bound to an action in the registry: label, tooltip and enabled state.
import { useTranslation } from 'react-i18next';
import { formatShortcut, getAction, isEnabled, runAction } from '../actions/registry';
import { Icon, type IconName } from './icons';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { useSizeStore } from '../export/size-store';

interface Props {
  actionId: string;
  icon?: IconName;
  showLabel?: boolean;
  variant?: 'plain' | 'primary' | 'tile';
}

export function ActionButton({ actionId, icon, showLabel = false, variant = 'plain' }: Props) {
  const { t } = useTranslation();
  // Re-render only when what the button shows changes: its enabled state (whatever stores its
  // rule reads) and its detail (quick exports name the previewed size). Typing changes the design
  // on every key; the buttons must not all re-render for it.
  const action = getAction(actionId);
  const enabledNow = () => (action ? isEnabled(action) : false);
  const detailNow = () => JSON.stringify(action?.detail?.() ?? null);
  useDesignStore(enabledNow);
  useEditorStore(enabledNow);
  useSizeStore(detailNow);
  useDesignStore(detailNow);
  if (!action) return null;
  const label = t(action.labelKey);
  const shortcut = action.shortcuts?.[0];
  const detail = action.detail?.();
  const named = detail ? `${label}: ${t(detail.key, detail.params)}` : label;
  const title = shortcut ? `${named} (${formatShortcut(shortcut)})` : named;
  return (
    <button
      type="button"
      className={`btn btn-${variant}`}
      title={title}
      aria-label={label}
      data-action={actionId}
      disabled={!isEnabled(action)}
      onClick={() => void runAction(actionId)}
    >
      {icon && <Icon name={icon} />}
      {(showLabel || !icon) && <span>{label}</span>}
    </button>
  );
}
