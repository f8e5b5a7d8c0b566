// All sizes at once: the design at every export size side by side, as each one exports, with
// what the platform hides dimmed and what the size check found under it. A card opens its size
// on the canvas, where the user adjusts it by hand (renderer/export/size-view.ts).
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../core/model';
import type { Preset } from '../../core/presets';
import type { ModalProps } from '../dialogs/dialog-store';
import { useDesignStore } from '../state/design-store';
import { platformLabel, presetGroups, presetLabel } from './preset-labels';
import { useSizeStore } from './size-store';
import { hasSizeAdjustments } from './size-view';
import { ThumbCanvas, useIssueText, useSizeContrast, useSizeOverview } from './SizeThumb';
import { findElement } from '../../core/model';
import { elementName } from '../i18n/element-name';

const LONG_SIDE = 220;

const SizeCard = memo(function SizeCard({ design, preset, open }: { design: Design; preset: Preset; open(id: string): void }) {
  const { t } = useTranslation();
  const overview = useSizeOverview(design, preset);
  const issueText = useIssueText(design);
  const contrast = useSizeContrast(overview);
  const issues = overview?.quality.issues ?? [];
  const lowContrast = contrast ?? [];
  const count = issues.length + lowContrast.length;
  const adjusted = hasSizeAdjustments(design, preset.id);
  const nameOf = (id: string) => {
    const el = findElement(design.elements, id);
    return el ? elementName(el, t, design.language) : id;
  };
  return (
    <li className="size-card" data-testid={`size-card-${preset.id}`} data-issues={overview ? issues.length : ''} data-contrast={contrast ? lowContrast.length : ''}>
      <button type="button" className="size-card-thumb" onClick={() => open(preset.id)} title={t('sizes.overview.open')} aria-label={`${t('sizes.overview.open')}: ${presetLabel(t, preset)}`}>
        <ThumbCanvas overview={overview} preset={preset} longSide={LONG_SIDE} testId={`size-thumb-${preset.id}`} />
      </button>
      <div className="size-card-head">
        <span className="size-card-name">{presetLabel(t, preset)}</span>
        {/* Fixed sizes name their pixels in the label; a size that follows the design's ratio shows what it came to. */}
        {preset.variable && overview && <span className="size-card-dims">{`${overview.view.width} × ${overview.view.height}`}</span>}
      </div>
      {overview && (
        <div className={`size-card-status ${issues.length ? 'size-card-warn' : 'size-card-ok'}`} data-testid={`size-card-status-${preset.id}`}>
          {count ? t('sizes.overview.problems', { count }) : t('sizes.overview.ok')}
          {adjusted && <span className="size-card-adjusted"> · {t('sizes.adjusted')}</span>}
        </div>
      )}
      {count > 0 && (
        <ul className="size-card-issues">
          {issues.map((issue, i) => (
            <li key={i}>{issueText(issue)}</li>
          ))}
          {lowContrast.map((w) => (
            <li key={`c-${w.elementId}`} data-code={w.code}>
              “{nameOf(w.elementId)}” {t('warnings.item.lowContrast', { ratio: w.ratio, required: w.required })}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn btn-outline size-card-open" data-testid={`size-card-open-${preset.id}`} onClick={() => open(preset.id)}>
        {t('sizes.overview.open')}
      </button>
    </li>
  );
});

export function SizeOverviewDialog({ close }: ModalProps) {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const custom = useSizeStore((s) => s.customPresets);
  const groups = useMemo(() => presetGroups(custom), [custom]);
  const [platform, setPlatform] = useState<string>('all');
  const shown = platform === 'all' ? groups : groups.filter((g) => g.platform === platform);
  const open = (id: string) => {
    useSizeStore.getState().setActivePreset(id);
    close();
  };
  return (
    <div className="size-overview" data-testid="size-overview" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <header className="size-overview-head">
        <div>
          <h2 className="modal-title">{t('sizes.overview.title')}</h2>
          <p className="export-sub">{t('sizes.overview.subtitle')}</p>
        </div>
        <label className="size-overview-filter">
          <span>{t('sizes.overview.platform')}</span>
          <select data-testid="size-overview-platform" value={platform} onChange={(e) => setPlatform(e.target.value)}>
            <option value="all">{t('sizes.overview.allPlatforms')}</option>
            {groups.map((g) => (
              <option key={g.platform} value={g.platform}>
                {platformLabel(t, g.platform)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div className="size-overview-scroll">
        {shown.map((g) => (
          <section key={g.platform} className="size-overview-group" aria-label={platformLabel(t, g.platform)}>
            <h3 className="export-h">{platformLabel(t, g.platform)}</h3>
            <ul className="size-overview-grid">
              {g.presets.map((p) => (
                <SizeCard key={p.id} design={design} preset={p} open={open} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <footer className="modal-actions">
        <button type="button" className="btn btn-primary" data-testid="size-overview-close" data-autofocus onClick={close}>
          {t('sizes.overview.close')}
        </button>
      </footer>
    </div>
  );
}
