// The sheet as a table the user can type in: each column's name and what it fills (a slot in every
// language or one, a photo, the row's language or brand kit, or nothing), one row per card, cells
// edited in place. Cells copied from a spreadsheet paste as a block, adding rows as needed. A row
// with a problem is marked, and the cell to blame is outlined.
import { useTranslation } from 'react-i18next';
import { parsePastedCells } from '../../core/bulk';
import { BULK_LIMITS } from '../../core/model';
import { pasteCells, targetFromValue, targetValue, type BulkSheet, type RowIssue } from './bulk-sheet';

interface Props {
  sheet: BulkSheet;
  change(next: BulkSheet): void;
  choices: { value: string; label: string }[];
  issues: ReadonlyMap<number, RowIssue[]>;
  /** The row whose card was clicked: scrolled to and highlighted. */
  focusRow: number | null;
}

export function BulkTable({ sheet, change, choices, issues, focusRow }: Props) {
  const { t } = useTranslation();
  const setCell = (r: number, c: number, value: string) => change({ ...sheet, rows: sheet.rows.map((row, i) => (i === r ? row.map((v, j) => (j === c ? value : v)) : row)) });
  const onPaste = (r: number, c: number) => (e: React.ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain');
    // One plain value pastes into the cell as typing does; a block of cells spreads over the table.
    if (!text.includes('\t') && !/\n./.test(text)) return;
    e.preventDefault();
    change(pasteCells(sheet, r, c, parsePastedCells(text)));
  };
  const removeRow = (r: number) => change({ ...sheet, rows: sheet.rows.filter((_, i) => i !== r) });
  const addRow = () => change({ ...sheet, rows: [...sheet.rows, sheet.header.map(() => '')] });
  const addColumn = () => {
    let n = sheet.header.length + 1;
    while (sheet.header.includes(t('bulk.table.newColumn', { n }))) n++;
    change({ header: [...sheet.header, t('bulk.table.newColumn', { n })], rows: sheet.rows.map((r) => [...r, '']), targets: [...sheet.targets, null], source: sheet.source });
  };
  const rename = (c: number, name: string) => change({ ...sheet, header: sheet.header.map((h, i) => (i === c ? name : h)) });
  const retarget = (c: number, value: string) => change({ ...sheet, targets: sheet.targets.map((x, i) => (i === c ? targetFromValue(value) : x)) });

  return (
    <div className="bulk-table-wrap">
      <div className="bulk-table-scroll">
        <table className="bulk-table" data-testid="bulk-table">
          <thead>
            <tr>
              <th className="bulk-rownum" />
              {sheet.header.map((name, c) => (
                <th key={c}>
                  <input
                    className="bulk-colname"
                    value={name}
                    maxLength={200}
                    aria-label={t('bulk.table.columnName')}
                    data-testid={`bulk-colname-${c}`}
                    onChange={(e) => rename(c, e.target.value)}
                  />
                  <select
                    className={`bulk-target ${sheet.targets[c] ? '' : 'unused'}`}
                    value={targetValue(sheet.targets[c] ?? null)}
                    aria-label={t('bulk.table.fills', { column: name })}
                    data-testid={`bulk-target-${c}`}
                    onChange={(e) => retarget(c, e.target.value)}
                  >
                    {choices.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
              <th className="bulk-actions-col">
                <button type="button" className="btn btn-outline btn-small" data-testid="bulk-add-column" disabled={sheet.header.length >= BULK_LIMITS.maxColumns} onClick={addColumn}>
                  {t('bulk.table.addColumn')}
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row, r) => {
              const rowIssues = issues.get(r + 1) ?? [];
              const blocking = rowIssues.some((i) => i.blocking);
              const blamed = new Set(rowIssues.map((i) => i.column));
              return (
                <tr key={r} data-testid={`bulk-row-${r + 1}`} data-state={blocking ? 'blocked' : rowIssues.length ? 'warn' : 'ok'} className={focusRow === r + 1 ? 'focused' : ''}>
                  <th className="bulk-rownum" scope="row" title={rowIssues.map((i) => i.text).join('\n')}>
                    {r + 1}
                  </th>
                  {row.map((value, c) => (
                    <td key={c} className={blamed.has(c) ? 'blamed' : ''}>
                      <textarea
                        rows={1}
                        value={value}
                        maxLength={BULK_LIMITS.maxCell}
                        aria-label={t('bulk.table.cell', { row: r + 1, column: sheet.header[c] })}
                        data-testid={`bulk-cell-${r + 1}-${c}`}
                        onChange={(e) => setCell(r, c, e.target.value)}
                        onPaste={onPaste(r, c)}
                      />
                    </td>
                  ))}
                  <td className="bulk-actions-col">
                    <button type="button" className="btn btn-outline btn-small" aria-label={t('bulk.table.removeRow', { row: r + 1 })} data-testid={`bulk-remove-${r + 1}`} onClick={() => removeRow(r)}>
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="bulk-table-foot">
        <button type="button" className="btn btn-outline btn-small" data-testid="bulk-add-row" disabled={sheet.rows.length >= BULK_LIMITS.maxRows} onClick={addRow}>
          {t('bulk.table.addRow')}
        </button>
        <span className="muted">{t('bulk.table.pasteHint')}</span>
      </div>
    </div>
  );
}
