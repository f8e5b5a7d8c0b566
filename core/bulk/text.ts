// The text of a spreadsheet file in whatever encoding it was saved: UTF-8 (with or without a
// BOM), UTF-16 with a BOM (Excel's "Unicode text"), or the Windows/Latin-1 code page older
// Spanish-locale spreadsheets still save ("Año" as one byte 0xF1).
export class SpreadsheetEncodingError extends Error {
  readonly code = 'bulk.bad-encoding';
}

export function decodeSpreadsheetText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // NUL bytes in a text file: UTF-16 without its mark, or not text at all.
  if (bytes.subarray(0, 4096).includes(0)) throw new SpreadsheetEncodingError('the file is not text in an encoding Placard reads (UTF-8, UTF-16 with a byte-order mark, or Windows-1252)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
