// The export dialog's thumbnails: each chosen size as it will export, the same drawing and size
// check as the all-sizes overview (renderer/export/SizeThumb.tsx).
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../core/model';
import type { Preset } from '../../../core/presets';
import { presetLabel } from '../preset-labels';
import { ThumbCanvas, useIssueText, useSizeOverview } from '../SizeThumb';

const LONG_SIDE = 96;

const Preview = memo(function Preview({ design, preset }: { design: Design; preset: Preset }) {
  const { t } = useTranslation();
  const overview = useSizeOverview(design, preset);
  const issueText = useIssueText(design);
  const issues = overview?.quality.issues ?? [];
  const label = presetLabel(t, preset);
  return (
    <li className="export-preview" data-testid={`export-preview-${preset.id}`} data-issues={overview ? issues.length : ''} title={issues.length ? [label, ...issues.map(issueText)].join('\n') : label}>
      <ThumbCanvas overview={overview} preset={preset} longSide={LONG_SIDE} testId={`export-preview-thumb-${preset.id}`} />
      <span className="export-preview-name">{label}</span>
      {issues.length > 0 && (
        <span className="export-preview-warn" aria-label={t('export.dialog.previewProblems', { count: issues.length })}>
          ⚠ {issues.length}
        </span>
      )}
    </li>
  );
});

export function ExportPreviews({ design: live, presets }: { design: Design; presets: readonly Preset[] }) {
  const { t } = useTranslation();
  // What the previews draw; alt text typed in the dialog changes the design but not the pictures.
  const { elements, width, height, background, layouts, language, assets, brandKitId } = live;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the design is read through the fields listed
  const design = useMemo(() => live, [elements, width, height, background, layouts, language, assets, brandKitId]);
  if (!presets.length) return null;
  return (
    <section className="export-previews" aria-label={t('export.dialog.previews')}>
      <h3 className="export-h">{t('export.dialog.previews')}</h3>
      <ul className="export-preview-strip" data-testid="export-previews">
        {presets.map((p) => (
          <Preview key={p.id} design={design} preset={p} />
        ))}
      </ul>
    </section>
  );
}
