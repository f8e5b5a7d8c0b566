// The size switcher under the canvas: preview the design adapted to any export size, show or
// hide its safe zones, reset the hand adjustments of that size, and see at a glance whether
// text or a logo falls outside the safe area or lacks contrast there.
import { Suspense, memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesignStore } from '../state/design-store';
import { presetById, useSizeStore } from './size-store';
import { hasSizeAdjustments, resetSizeLayout, useViewDesign } from './size-view';
import { platformLabel, presetGroups, presetLabel } from './preset-labels';
import { useViewWarnings } from './warnings';
import { openSizeOverview } from '../actions/export-actions';
import { lazyComponent, onIdle } from '../lazy-parts';

// The warning list (with the print checks' wording) is a chunk of its own, run as soon as there is
// something to list, so the popover opens with it.
const WarningList = lazyComponent(() => import('./WarningList'), 'WarningList');

/**
 * The preview size picker; memoised, as its dozens of labels need not be rebuilt while the user
 * types. The list itself is filled in once the first screen is up (or at once when the user
 * reaches for it): its dozens of options, print sizes formatted for the locale, are work the
 * editor's first frame need not wait for. (ICU's first number format, 10-50 ms, is made by a
 * worker at start: intl-warmup.ts.)
 */
const SizeSelect = memo(function SizeSelect({ activeId, custom, width, height }: { activeId: string | null; custom: ReturnType<typeof useSizeStore.getState>['customPresets']; width: number; height: number }) {
  const { t } = useTranslation();
  const [listed, setListed] = useState(false);
  useEffect(() => {
    if (!listed) onIdle(() => setListed(true));
  }, [listed]);
  const list = () => setListed(true);
  // Until then, the size shown is the only one listed.
  const active = !listed && activeId ? presetById(activeId, custom) : undefined;
  return (
      <label className="size-bar-select">
        <span className="size-bar-label">{t('sizes.preview')}</span>
        <select
          data-testid="size-select"
          data-listed={listed}
          value={activeId ?? ''}
          onChange={(e) => useSizeStore.getState().setActivePreset(e.target.value || null)}
          onPointerDown={list}
          onFocus={list}
          aria-label={t('sizes.preview')}
        >
          <option value="">{t('sizes.designSize', { width: width, height: height })}</option>
          {active && <option value={active.id}>{presetLabel(t, active)}</option>}
          {listed &&
            presetGroups(custom).map((g) => (
              <optgroup key={g.platform} label={platformLabel(t, g.platform)}>
                {g.presets.map((p) => (
                  <option key={p.id} value={p.id}>
                    {presetLabel(t, p)}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </label>
  );
});

export function SizeBar() {
  const { t } = useTranslation();
  const activeId = useSizeStore((s) => s.activePresetId);
  const custom = useSizeStore((s) => s.customPresets);
  const showSafeZones = useSizeStore((s) => s.showSafeZones);
  const width = useDesignStore((s) => s.design.width);
  const height = useDesignStore((s) => s.design.height);
  const layouts = useDesignStore((s) => s.design.layouts);
  const view = useViewDesign();
  // Memoised: a custom preset is rebuilt on every lookup, and warnings re-run when it changes.
  const preset = useMemo(() => (activeId ? presetById(activeId, custom) : undefined), [activeId, custom]);
  const warnings = useViewWarnings(view, preset);
  const count = warnings.safeZones.length + warnings.contrast.length + (warnings.error ? 1 : 0);
  const adjusted = hasSizeAdjustments({ layouts }, activeId);
  const [open, setOpen] = useState(false);
  const popover = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!popover.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [open]);

  useEffect(() => {
    void useSizeStore.getState().loadCustomPresets().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (count > 0) void WarningList.load().catch(() => undefined);
  }, [count]);

  return (
    <div className="size-bar" data-testid="size-bar" role="toolbar" aria-label={t('sizes.title')}>
      <SizeSelect activeId={activeId} custom={custom} width={width} height={height} />
      <button type="button" className="btn btn-plain size-bar-all" data-testid="size-overview-open" title={t('sizes.overview.buttonHint')} onClick={openSizeOverview}>
        {t('sizes.overview.button')}
      </button>
      {preset && (
        <>
          <span className="size-bar-dims" data-testid="size-dims">
            {view.width} × {view.height}
          </span>
          <label className="size-bar-toggle" title={t('sizes.safeZonesHint')}>
            <input
              type="checkbox"
              data-testid="safe-zone-toggle"
              checked={showSafeZones}
              onChange={(e) => useSizeStore.getState().setShowSafeZones(e.target.checked)}
            />
            <span>{t('sizes.safeZones')}</span>
          </label>
          <button
            type="button"
            className="btn btn-plain size-bar-reset"
            data-testid="size-reset"
            disabled={!adjusted}
            title={t('sizes.resetHint')}
            onClick={() => resetSizeLayout(preset.id)}
          >
            <span className="size-bar-reset-long">{t('sizes.reset')}</span>
            <span className="size-bar-reset-short">{t('sizes.resetShort')}</span>
          </button>
          {adjusted && <span className="size-bar-note" data-testid="size-adjusted">{t('sizes.adjusted')}</span>}
        </>
      )}
      <div className="size-bar-warnings" ref={popover}>
        <button
          type="button"
          className={`size-badge ${count ? 'size-badge-warn' : 'size-badge-ok'}`}
          data-testid="size-warnings"
          data-count={count}
          aria-expanded={open}
          title={count ? t('sizes.warningsCount', { n: count }) : t('sizes.noWarnings')}
          onClick={() => setOpen(!open)}
        >
          {count ? `⚠ ${count}` : '✓'}
        </button>
        {open && (
          <div className="size-popover" data-testid="size-warning-list">
            {warnings.error && (
              <p className="export-check-error" role="alert" data-testid="size-check-error">
                {t('export.dialog.checkFailed', { message: warnings.error })}
              </p>
            )}
            {count ? (
              <Suspense fallback={null}>
                <WarningList design={view} warnings={warnings} />
              </Suspense>
            ) : (
              <p className="size-popover-empty">{t('sizes.noWarnings')}</p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
