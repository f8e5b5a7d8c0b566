// Spreadsheets saved as workbooks: .xlsx (Office Open XML) and .ods (OpenDocument), read into a grid
// of text cells, first sheet or a named one. Hand-written over fflate (through the bundle's zip
// reader, with its zip-bomb limits) and saxes, because the npm `xlsx` package is unmaintained there
// and a security limit is needed anyway: every row, column and cell is bounded, and a formula cell
// is refused (its stored value may be stale), named by row and column.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { readZip } from '../bundle/zip-read';
import { resolveLimits } from '../bundle/limits';

export const WORKBOOK_LIMITS = { maxRows: 5_000, maxColumns: 100, maxCell: 20_000, maxBytes: 20_000_000, maxRepeat: 1_000 } as const;

export class WorkbookError extends Error {
  constructor(
    readonly code: 'bulk.workbook-unreadable' | 'bulk.workbook-no-sheet' | 'bulk.workbook-formula' | 'bulk.workbook-too-large',
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

export interface Workbook {
  sheets: string[];
  /** The chosen sheet's cells, row by row, as text. */
  grid: string[][];
}

/** "A1" → zero-based column 0; "AB12" → 27. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const columnName = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : columnName(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

function parseXml(bytes: Uint8Array | undefined, what: string, handlers: { open(tag: SaxesTagPlain): void; close(name: string): void; text(t: string): void }): void {
  if (!bytes) throw new WorkbookError('bulk.workbook-unreadable', `the workbook has no ${what}`);
  const parser = new SaxesParser();
  let failure: Error | null = null;
  parser.on('error', (e) => (failure ??= e));
  parser.on('opentag', (tag) => handlers.open(tag as SaxesTagPlain));
  parser.on('closetag', (tag) => handlers.close(tag.name));
  parser.on('text', (t) => handlers.text(t));
  parser.write(new TextDecoder().decode(bytes)).close();
  if (failure) throw new WorkbookError('bulk.workbook-unreadable', `the workbook's ${what} is not well-formed XML`);
}

function put(grid: string[][], row: number, col: number, value: string): void {
  if (row >= WORKBOOK_LIMITS.maxRows + 1) throw new WorkbookError('bulk.workbook-too-large', `more than ${WORKBOOK_LIMITS.maxRows} rows`, { max: WORKBOOK_LIMITS.maxRows });
  if (col >= WORKBOOK_LIMITS.maxColumns) throw new WorkbookError('bulk.workbook-too-large', `more than ${WORKBOOK_LIMITS.maxColumns} columns`, { max: WORKBOOK_LIMITS.maxColumns });
  if (value.length > WORKBOOK_LIMITS.maxCell) throw new WorkbookError('bulk.workbook-too-large', `a cell longer than ${WORKBOOK_LIMITS.maxCell} characters`, { max: WORKBOOK_LIMITS.maxCell });
  while (grid.length <= row) grid.push([]);
  const r = grid[row]!;
  while (r.length < col) r.push('');
  r[col] = value;
}

function readXlsx(files: Map<string, Uint8Array>, sheet?: string): Workbook {
  const names: { name: string; rid: string }[] = [];
  parseXml(files.get('xl/workbook.xml'), 'workbook', { open: (t) => t.name === 'sheet' && names.push({ name: String(t.attributes.name), rid: String(t.attributes['r:id']) }), close: () => {}, text: () => {} });
  const targets = new Map<string, string>();
  parseXml(files.get('xl/_rels/workbook.xml.rels'), 'relationships', { open: (t) => t.name === 'Relationship' && targets.set(String(t.attributes.Id), String(t.attributes.Target)), close: () => {}, text: () => {} });
  const chosen = sheet === undefined ? names[0] : names.find((n) => n.name === sheet);
  if (!chosen) throw new WorkbookError('bulk.workbook-no-sheet', sheet ? `the workbook has no sheet "${sheet}"` : 'the workbook has no sheet', { sheet: sheet ?? '', sheets: names.map((n) => n.name).join(', ') });
  const target = (targets.get(chosen.rid) ?? '').replace(/^\/?(xl\/)?/, 'xl/');
  const shared: string[] = [];
  if (files.has('xl/sharedStrings.xml')) {
    let inSi = false;
    let inT = false;
    let current = '';
    parseXml(files.get('xl/sharedStrings.xml'), 'shared strings', {
      open: (t) => {
        if (t.name === 'si') {
          inSi = true;
          current = '';
        } else if (t.name === 't' && inSi) inT = true;
      },
      close: (n) => {
        if (n === 't') inT = false;
        else if (n === 'si') {
          inSi = false;
          shared.push(current);
        }
      },
      text: (t) => {
        if (inT) current += t;
      },
    });
  }
  const grid: string[][] = [];
  let cell: { row: number; col: number; type: string; ref: string } | null = null;
  let value = '';
  let inValue = false;
  let rowIndex = -1;
  parseXml(files.get(target), `sheet "${chosen.name}"`, {
    open: (t) => {
      if (t.name === 'row') rowIndex = Number(t.attributes.r ?? rowIndex + 2) - 1;
      else if (t.name === 'c') {
        const ref = String(t.attributes.r ?? '');
        cell = { row: rowIndex, col: ref ? columnIndex(ref) : (grid[rowIndex]?.length ?? 0), type: String(t.attributes.t ?? 'n'), ref };
        value = '';
      } else if (t.name === 'f' && cell) {
        const c = cell as { row: number; col: number; ref: string };
        throw new WorkbookError('bulk.workbook-formula', `cell ${c.ref || columnName(c.col) + (c.row + 1)} holds a formula`, { row: c.row + 1, column: columnName(c.col) });
      } else if (t.name === 'v' || (t.name === 't' && cell)) inValue = true;
    },
    close: (n) => {
      if (n === 'v' || n === 't') inValue = false;
      else if (n === 'c' && cell) {
        const c = cell as { row: number; col: number; type: string };
        const text = c.type === 's' ? (shared[Number(value)] ?? '') : c.type === 'b' ? (value === '1' ? 'TRUE' : 'FALSE') : value;
        if (c.row >= 0) put(grid, c.row, c.col, text);
        cell = null;
      }
    },
    text: (t) => {
      if (inValue) value += t;
    },
  });
  return { sheets: names.map((n) => n.name), grid };
}

function readOds(files: Map<string, Uint8Array>, sheet?: string): Workbook {
  const sheets: string[] = [];
  const grid: string[][] = [];
  let active = false;
  let done = false;
  let row = -1;
  let col = 0;
  let repeatCols = 1;
  let repeatRows = 1;
  let text = '';
  let paragraphs = 0;
  let inCell = false;
  let cellValue: string | null = null;
  parseXml(files.get('content.xml'), 'content', {
    open: (t) => {
      const a = t.attributes as Record<string, string>;
      if (t.name === 'table:table') {
        sheets.push(a['table:name'] ?? '');
        active = !done && (sheet === undefined ? sheets.length === 1 : a['table:name'] === sheet);
        row = -1;
      } else if (!active) return;
      else if (t.name === 'table:table-row') {
        row++;
        col = 0;
        repeatRows = Math.min(Number(a['table:number-rows-repeated'] ?? 1), WORKBOOK_LIMITS.maxRepeat);
      } else if (t.name === 'table:table-cell' || t.name === 'table:covered-table-cell') {
        if (a['table:formula']) throw new WorkbookError('bulk.workbook-formula', `cell ${columnName(col)}${row + 1} holds a formula`, { row: row + 1, column: columnName(col) });
        inCell = true;
        text = '';
        paragraphs = 0;
        repeatCols = Math.min(Number(a['table:number-columns-repeated'] ?? 1), WORKBOOK_LIMITS.maxRepeat);
        // Numbers and dates keep their stored value when the cell shows none.
        cellValue = a['office:string-value'] ?? a['office:value'] ?? a['office:date-value'] ?? null;
      } else if (t.name === 'text:p' && inCell) {
        if (paragraphs++ > 0) text += '\n';
      }
    },
    close: (n) => {
      if (n === 'table:table' && active) {
        active = false;
        done = true;
      }
      if (!active) return;
      if (n === 'table:table-cell' || n === 'table:covered-table-cell') {
        const value = text || cellValue || '';
        // Repeated empty cells (the rest of a row) are not expanded.
        if (value) for (let i = 0; i < repeatCols; i++) put(grid, row, col + i, value);
        col += repeatCols;
        inCell = false;
      } else if (n === 'table:table-row' && repeatRows > 1) {
        const copy = grid[row];
        if (copy && copy.some((c) => c)) for (let i = 1; i < repeatRows; i++) for (const [j, v] of copy.entries()) put(grid, row + i, j, v);
        row += repeatRows - 1;
      }
    },
    text: (t) => {
      if (active && inCell) text += t;
    },
  });
  if (sheet !== undefined && !sheets.includes(sheet)) throw new WorkbookError('bulk.workbook-no-sheet', `the workbook has no sheet "${sheet}"`, { sheet, sheets: sheets.join(', ') });
  if (!sheets.length) throw new WorkbookError('bulk.workbook-no-sheet', 'the workbook has no sheet', { sheet: '', sheets: '' });
  return { sheets, grid };
}

/** Reads an .xlsx or .ods file (told apart by its contents) into the chosen sheet's grid. */
export function readWorkbook(bytes: Uint8Array, sheet?: string): Workbook {
  if (bytes.length > WORKBOOK_LIMITS.maxBytes) throw new WorkbookError('bulk.workbook-too-large', `the file is larger than ${WORKBOOK_LIMITS.maxBytes} bytes`, { max: WORKBOOK_LIMITS.maxBytes });
  const zip = readZip(bytes, resolveLimits({ maxArchiveBytes: WORKBOOK_LIMITS.maxBytes }));
  if (!zip.ok) throw new WorkbookError('bulk.workbook-unreadable', `the file is not a workbook (${zip.error.message})`);
  const files = zip.value;
  if (files.has('xl/workbook.xml')) return readXlsx(files, sheet);
  if (files.has('content.xml')) return readOds(files, sheet);
  throw new WorkbookError('bulk.workbook-unreadable', 'the file is neither an .xlsx nor an .ods workbook');
}
