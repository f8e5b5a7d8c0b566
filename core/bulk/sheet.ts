// A spreadsheet file, whatever it is, as a table: .xlsx and .ods workbooks (the first sheet or a
// named one), else text in any usual encoding, comma, semicolon or tab separated.
import Papa from 'papaparse';
import { CSV_LIMITS, parseCsvTable, tableFromSheetGrid, type SheetTable } from './csv';
import { decodeSpreadsheetText } from './text';
import { readWorkbook } from './workbook';

export interface SheetFile {
  table: SheetTable;
  /** A workbook's sheet names (empty for text). */
  sheets: string[];
  sheet: string | null;
}

const isWorkbookName = (name: string) => /\.(xlsx|ods)$/i.test(name);
/** Workbooks are zip files: "PK\x03\x04". */
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Throws CsvError, WorkbookError or SpreadsheetEncodingError naming what is wrong. */
export function readSheetFile(bytes: Uint8Array, name: string, sheet?: string): SheetFile {
  if (isWorkbookName(name) || isZip(bytes)) {
    const book = readWorkbook(bytes, sheet);
    return { table: tableFromSheetGrid(book.grid), sheets: book.sheets, sheet: sheet ?? book.sheets[0] ?? null };
  }
  return { table: parseCsvTable(decodeSpreadsheetText(bytes).text), sheets: [], sheet: null };
}

/**
 * Cells copied from a spreadsheet (tab-separated lines, quoted where a cell holds a line break or
 * a tab), as a grid; plain text is one cell per line.
 */
export function parsePastedCells(text: string): string[][] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  if (!normalized.includes('\t') && !normalized.includes('\n')) return [[normalized]];
  const parsed = Papa.parse<string[]>(normalized, { delimiter: '\t', newline: '\n', preview: CSV_LIMITS.maxRows });
  return parsed.data.map((r) => r.map((c) => c.slice(0, CSV_LIMITS.maxField)));
}
