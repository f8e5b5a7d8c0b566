// What a bulk export did, row by row: the files each row wrote, and every row that was skipped or
// failed with its reason, so the user can fix those rows and run again.
import { useTranslation } from 'react-i18next';
import type { ReadFolder } from '../../core/api';
import type { BulkSummary } from '../../core/bulk';
import type { Design } from '../../core/model';
import { errorText } from '../export/dialog/error-text';
import { presetLabel } from '../export/preset-labels';
import { rowProblemText, type RowPhotos } from './bulk-sheet';

export function BulkSummaryView({ summary, design, folder, photos }: { summary: BulkSummary; design: Design; folder: ReadFolder | null; photos: RowPhotos }) {
  const { t } = useTranslation();
  const files = summary.rows.reduce((n, r) => n + r.files.length, 0);
  const bad = summary.rows.filter((r) => r.problems.length || r.failed.length);
  return (
    <div className="export-summary" data-testid="bulk-summary">
      <p className={`export-summary-head ${summary.cancelled || bad.length ? 'warn' : 'ok'}`} data-testid="bulk-summary-head">
        {summary.cancelled
          ? t('bulk.summary.cancelled', { n: files, rows: summary.rows.length })
          : t('bulk.summary.written', { n: files, rows: summary.rows.length - bad.length, folder: folder?.label ?? '' })}
      </p>
      {bad.length > 0 && (
        <>
          <h3 className="export-h">{t('bulk.summary.notMade', { n: bad.length })}</h3>
          <ul className="bulk-summary-list">
            {bad.map((r) => (
              <li key={r.row} data-testid="bulk-summary-failed" data-row={r.row}>
                <strong>{t('bulk.preview.row', { row: r.row })}</strong>{' '}
                {[
                  ...r.problems.map((p) => rowProblemText(p, design, photos, t)),
                  ...r.failed.map((f) => `${presetLabel(t, f.preset)} (${f.lang.toUpperCase()}): ${errorText(t, f.code, f.params)}`),
                ].join(' · ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <table className="export-table">
        <thead>
          <tr>
            <th>{t('bulk.summary.row')}</th>
            <th>{t('export.summary.file')}</th>
            <th>{t('export.summary.pixels')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.flatMap((r) =>
            r.files.map((f) => (
              <tr key={f.fileName} data-testid="bulk-summary-file" data-row={r.row}>
                <td className="num">{r.row}</td>
                <td className="export-file">
                  <div className="export-file-name">{f.fileName}</div>
                  <div className="export-file-sub">
                    {presetLabel(t, f.preset)} · {f.lang.toUpperCase()}
                    {f.altTextFileName && <> · {t('export.summary.withAlt')}</>}
                  </div>
                </td>
                <td className="num">
                  {f.result.width} × {f.result.height}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {summary.rows.some((r) => r.skipped.length) && <p className="muted">{t('export.summary.skipped', { names: summary.rows.flatMap((r) => r.skipped).join(', ') })}</p>}
    </div>
  );
}
