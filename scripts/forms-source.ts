/**
 * The declarative description of one rebuilt published form (tests/forms/<id>/source.json) and the one
 * function that turns it into a workbook. Shared by scripts/build-forms.ts and tests/forms/corpus.test.ts.
 */
import ExcelJS from 'exceljs';

/** One cell as the published table shows it: address, value (number, text, or null for empty), number format. */
export type SourceCell = [address: string, value: number | string | null, numFmt?: string];

export interface SourceSheet {
  name: string;
  /** Column widths, A first. */
  widths: number[];
  /** Merged ranges, e.g. "A2:H2", exactly as the published table merges them. */
  merges: string[];
  cells: SourceCell[];
}

export interface FormSource {
  id: string;
  /** How the published copy lays the table out and what had to be read from it (text, not data). */
  layoutNote: string;
  /** Where the published copy stops, or null when the table is complete. */
  cutOff: string | null;
  sheets: SourceSheet[];
}

/** Fixed document dates so a rebuilt workbook does not change with the day it was built. */
const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

export function buildWorkbook(source: FormSource): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ziping forms corpus';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of source.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.columns = sheet.widths.map((width) => ({ width }));
    for (const [address, value, numFmt] of sheet.cells) {
      const cell = ws.getCell(address);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    }
    for (const range of sheet.merges) ws.mergeCells(range);
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.alignment = { vertical: 'middle', wrapText: true };
      }),
    );
  }
  return wb;
}
