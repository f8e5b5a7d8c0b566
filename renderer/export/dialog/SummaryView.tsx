// What an export wrote: each file with its pixels, its size against the platform's limit and what
// was done to fit it; failures with their reason; names the user chose not to replace.
import { useTranslation } from 'react-i18next';
import type { ExportFolder } from '../../../core/api';
import type { ExportSummary } from '../../../core/export';
import { formatBytes, presetLabel } from '../preset-labels';
import { motionText, reductionText } from '../reduction-text';
import { errorText } from './error-text';

export function SummaryView({ summary, folder }: { summary: ExportSummary; folder: ExportFolder | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="export-summary" data-testid="export-summary">
      <p className={`export-summary-head ${summary.cancelled || summary.failed.length ? 'warn' : 'ok'}`}>
        {summary.cancelled
          ? t('export.summary.cancelled', { n: summary.files.length })
          : t('export.summary.written', { n: summary.files.length, folder: folder?.label ?? '' })}
      </p>
      <table className="export-table">
        <thead>
          <tr>
            <th>{t('export.summary.file')}</th>
            <th>{t('export.summary.pixels')}</th>
            <th>{t('export.summary.size')}</th>
            <th>{t('export.summary.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.files.map((f) => (
            <tr key={f.fileName} data-testid="summary-row" data-preset={f.preset.id} data-reduced={f.result.reduced}>
              <td className="export-file">
                <div className="export-file-name">{f.fileName}</div>
                <div className="export-file-sub">
                  {presetLabel(t, f.preset)}
                  {f.altTextFileName && <> · {t('export.summary.withAlt')}</>}
                </div>
              </td>
              <td className="num">
                {f.result.width} × {f.result.height}
              </td>
              <td className="num">
                <SizeMeter bytes={f.result.bytes.length} limit={f.result.steps.at(-1)?.limit ?? f.preset.byteLimit} lang={lang} />
              </td>
              <td className="export-note" data-testid="summary-note">
                {f.result.reduced ? reductionText(t, f.preset, f.result, lang) : <span className="muted">{f.result.motion ? motionText(t, f.result, lang) : t('export.summary.asAsked')}</span>}
                {f.result.overSoftLimit && <div className="muted">{t('export.summary.overSoft', { limit: formatBytes(f.preset.softByteLimit ?? 0, lang) })}</div>}
              </td>
            </tr>
          ))}
          {summary.failed.map((f, i) => (
            <tr key={`failed-${i}`} className="export-failed" data-testid="summary-failed" data-preset={f.preset.id}>
              <td className="export-file">
                <div className="export-file-name">{presetLabel(t, f.preset)}</div>
              </td>
              <td colSpan={3}>{errorText(t, f.code, f.params)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.skipped.length > 0 && <p className="muted">{t('export.summary.skipped', { names: summary.skipped.join(', ') })}</p>}
    </div>
  );
}

function SizeMeter({ bytes, limit, lang }: { bytes: number; limit: number; lang: string }) {
  const { t } = useTranslation();
  const share = Math.min(1, bytes / limit);
  return (
    <span className="size-meter" title={`${bytes.toLocaleString(lang)} / ${limit.toLocaleString(lang)} bytes`}>
      <span className="size-meter-text">{t('export.summary.ofLimit', { size: formatBytes(bytes, lang), limit: formatBytes(limit, lang) })}</span>
      <span className="size-meter-bar">
        <span style={{ width: `${Math.max(2, share * 100)}%` }} className={share > 0.9 ? 'tight' : ''} />
      </span>
    </span>
  );
}
