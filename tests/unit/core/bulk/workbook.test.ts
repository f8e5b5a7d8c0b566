// Workbooks built here as the office suites save them, read back into grids; formulas, missing
// sheets and non-workbooks refused with a message.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook, WorkbookError } from '../../../../core/bulk';

function xlsx(cells: string, shared: string[]): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Datos" sheetId="1" r:id="rId1"/><sheet name="Otra" sheetId="2" r:id="rId2"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared.map((s) => `<si><t>${s}</t></si>`).join('')}<si><r><t>Rich </t></r><r><t>text</t></r></si></sst>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`),
    'xl/worksheets/sheet2.xml': strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row></sheetData></worksheet>'),
  });
}

function ods(rows: string): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': strToU8(
      `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Hoja1">${rows}</table:table><table:table table:name="Hoja2"/></office:spreadsheet></office:body></office:document-content>`,
    ),
  });
}

describe('workbooks', () => {
  it('reads the first sheet of an .xlsx: shared, inline, rich and number cells, gaps kept', () => {
    const book = readWorkbook(xlsx('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>42</v></c><c r="C2" t="s"><v>3</v></c></row>', ['Titular', 'Foto', 'Año nuevo']));
    expect(book.sheets).toEqual(['Datos', 'Otra']);
    expect(book.grid).toEqual([
      ['Titular', '', 'Foto'],
      ['Año nuevo', '42', 'Rich text'],
    ]);
    expect(readWorkbook(xlsx('', []), 'Otra').grid).toEqual([['second']]);
  });

  it('reads an .ods: repeated cells and rows, paragraphs, stored values', () => {
    const book = readWorkbook(
      ods(
        '<table:table-row><table:table-cell><text:p>Titular</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"><text:p>x</text:p></table:table-cell></table:table-row>' +
          '<table:table-row table:number-rows-repeated="2"><table:table-cell><text:p>Línea 1</text:p><text:p>Línea 2</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="3.5"/></table:table-row>' +
          '<table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
      ),
    );
    expect(book.sheets).toEqual(['Hoja1', 'Hoja2']);
    expect(book.grid).toEqual([
      ['Titular', 'x', 'x'],
      ['Línea 1\nLínea 2', '3.5'],
      ['Línea 1\nLínea 2', '3.5'],
    ]);
  });

  it('refuses formulas naming the cell, a missing sheet naming the sheets, and files that are not workbooks', () => {
    expect(() => readWorkbook(xlsx('<row r="3"><c r="B3"><f>SUM(A1:A2)</f><v>3</v></c></row>', []))).toThrow(expect.objectContaining({ code: 'bulk.workbook-formula', params: { row: 3, column: 'B' } }));
    expect(() => readWorkbook(ods('<table:table-row><table:table-cell table:formula="of:=1+1"><text:p>2</text:p></table:table-cell></table:table-row>'))).toThrow(/A1 holds a formula/);
    expect(() => readWorkbook(xlsx('', []), 'Nope')).toThrow(expect.objectContaining({ code: 'bulk.workbook-no-sheet', params: { sheet: 'Nope', sheets: 'Datos, Otra' } }));
    expect(() => readWorkbook(new TextEncoder().encode('a,b\n1,2\n'))).toThrow(WorkbookError);
  });
});
