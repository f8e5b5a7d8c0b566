// RFC 4180 CSV for batch rendering: quoted fields, doubled quotes, CRLF or LF; with limits.
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
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let line = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line++;
    } else field += c;
    if (field.length > CSV_LIMITS.maxField) throw new CsvError('cli.errors.csvFieldTooLong', { line });
    if (records.length > CSV_LIMITS.maxRows + 1) throw new CsvError('cli.errors.csvTooManyRows', { max: CSV_LIMITS.maxRows });
  }
  if (quoted) throw new CsvError('cli.errors.csvUnclosedQuote', { line });
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const nonEmpty = records.filter((r) => r.some((f) => f.trim() !== ''));
  const header = (nonEmpty.shift() ?? []).map((h) => h.trim());
  if (header.length === 0) throw new CsvError('cli.errors.csvEmpty', {});
  if (header.length > CSV_LIMITS.maxColumns) throw new CsvError('cli.errors.csvTooManyColumns', { max: CSV_LIMITS.maxColumns });
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup !== undefined) throw new CsvError('cli.errors.csvDuplicateColumn', { column: dup });
  const rows = nonEmpty.map((r, index) => {
    if (r.length !== header.length) throw new CsvError('cli.errors.csvColumnCount', { row: index + 2, expected: header.length, actual: r.length });
    return Object.fromEntries(header.map((h, i) => [h, r[i]!]));
  });
  return { header, rows };
}
