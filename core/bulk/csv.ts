// Spreadsheet text (CSV) read with papaparse: quoted fields, doubled quotes, CRLF or LF, and the
// separator detected (comma, semicolon as Spanish-locale spreadsheets save, or tab); with limits.
// Shared by `placard batch` and the app's Bulk create sheet.
import Papa from 'papaparse';

export const CSV_LIMITS = { maxBytes: 5_000_000, maxRows: 5_000, maxColumns: 100, maxField: 20_000 } as const;

export type CsvErrorCode = 'csvTooLarge' | 'csvUnclosedQuote' | 'csvTooManyRows' | 'csvFieldTooLong' | 'csvEmpty' | 'csvTooManyColumns' | 'csvDuplicateColumn' | 'csvColumnCount';

export class CsvError extends Error {
  constructor(
    readonly code: CsvErrorCode,
    readonly params: Record<string, string | number>,
  ) {
    super(code);
  }
}

/** A sheet as its header and data rows, every row as long as the header. */
export interface SheetTable {
  header: string[];
  rows: string[][];
}

export function parseCsvTable(text: string): SheetTable {
  if (text.length > CSV_LIMITS.maxBytes) throw new CsvError('csvTooLarge', { max: CSV_LIMITS.maxBytes });
  // Files that mix CRLF and LF (hand-edited exports) read as one kind of line break.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(normalized, {
    header: false,
    newline: '\n',
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    preview: CSV_LIMITS.maxRows + 2,
  });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  // papaparse counts data rows from 0; people count lines from 1.
  if (unclosed) throw new CsvError('csvUnclosedQuote', { line: (unclosed.row ?? 0) + 1 });
  const records = parsed.data;
  if (records.length > CSV_LIMITS.maxRows + 1) throw new CsvError('csvTooManyRows', { max: CSV_LIMITS.maxRows });
  records.forEach((record, index) => {
    if (record.some((field) => field.length > CSV_LIMITS.maxField)) throw new CsvError('csvFieldTooLong', { line: index + 1 });
  });
  return tableFromGrid(records);
}

/** A header row and data rows from a grid of cells (a CSV's records, a workbook's sheet), with the same checks. */
export function tableFromGrid(records: readonly (readonly string[])[]): SheetTable {
  const header = (records[0] ?? []).map((h) => h.trim());
  if (header.length === 0 || header.every((h) => h === '')) throw new CsvError('csvEmpty', {});
  if (header.length > CSV_LIMITS.maxColumns) throw new CsvError('csvTooManyColumns', { max: CSV_LIMITS.maxColumns });
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup !== undefined) throw new CsvError('csvDuplicateColumn', { column: dup });
  const rows = records.slice(1).map((r, index) => {
    if (r.length !== header.length) throw new CsvError('csvColumnCount', { row: index + 2, expected: header.length, actual: r.length });
    return [...r];
  });
  return { header, rows };
}

/** A row's cells by column name. */
export function rowRecord(header: readonly string[], row: readonly string[]): Record<string, string> {
  return Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
}

const records = (table: SheetTable) => ({ header: table.header, rows: table.rows.map((r) => rowRecord(table.header, r)) });

export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  return records(parseCsvTable(text));
}


/** A workbook's sheet as a table: trailing empty columns and empty rows dropped, short rows padded. */
export function tableFromSheetGrid(grid: readonly (readonly string[])[]): SheetTable {
  const header = grid[0] ?? [];
  let width = header.length;
  while (width > 0 && !header[width - 1]?.trim()) width--;
  const rows = grid.slice(1).filter((r) => r.some((c) => c.trim()));
  return tableFromGrid([header.slice(0, width), ...rows.map((r) => Array.from({ length: Math.max(width, r.length) }, (_, i) => r[i] ?? '').slice(0, Math.max(width, r.findLastIndex((c) => c.trim()) + 1)))]);
}
