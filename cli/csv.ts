// CSV for batch rendering, read with papaparse: quoted fields, doubled quotes, CRLF or LF, and
// the separator detected (comma, semicolon as Spanish-locale spreadsheets save, or tab); with limits.
import Papa from 'papaparse';

export const CSV_LIMITS = { maxBytes: 5_000_000, maxRows: 5_000, maxColumns: 100, maxField: 20_000 } as const;

export class CsvError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(key);
  }
}

export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  if (text.length > CSV_LIMITS.maxBytes) throw new CsvError('cli.errors.csvTooLarge', { max: CSV_LIMITS.maxBytes });
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
  if (unclosed) throw new CsvError('cli.errors.csvUnclosedQuote', { line: (unclosed.row ?? 0) + 1 });
  const records = parsed.data;
  if (records.length > CSV_LIMITS.maxRows + 1) throw new CsvError('cli.errors.csvTooManyRows', { max: CSV_LIMITS.maxRows });
  records.forEach((record, index) => {
    if (record.some((field) => field.length > CSV_LIMITS.maxField)) throw new CsvError('cli.errors.csvFieldTooLong', { line: index + 1 });
  });
  return rowsFromGrid(records);
}

/** A header row and data rows from a grid of cells (a CSV's records, a workbook's sheet), with the same checks. */
export function rowsFromGrid(records: readonly (readonly string[])[]): { header: string[]; rows: Record<string, string>[] } {
  const header = (records[0] ?? []).map((h) => h.trim());
  if (header.length === 0 || header.every((h) => h === '')) throw new CsvError('cli.errors.csvEmpty', {});
  if (header.length > CSV_LIMITS.maxColumns) throw new CsvError('cli.errors.csvTooManyColumns', { max: CSV_LIMITS.maxColumns });
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup !== undefined) throw new CsvError('cli.errors.csvDuplicateColumn', { column: dup });
  const rows = records.slice(1).map((r, index) => {
    if (r.length !== header.length) throw new CsvError('cli.errors.csvColumnCount', { row: index + 2, expected: header.length, actual: r.length });
    return Object.fromEntries(header.map((h, i) => [h, r[i]!]));
  });
  return { header, rows };
}
