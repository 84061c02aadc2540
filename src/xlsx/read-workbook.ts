// Reads an .xlsx file's bytes into Grids with exceljs: the file-side producer of the core's input (CLI, browser preview).
import ExcelJS from 'exceljs';
import { buildGrid, type CellInput } from '../core/grid/build-grid';
import { rangeFromA1 } from '../core/grid/a1';
import type { CellRange, CellValue, Grid } from '../core/grid/grid';
import { MAX_COLS, MAX_MERGE_CELLS, MAX_ROWS, WorkbookReadError } from './read-errors';
import { probeWorkbookBytes, verifyInflatedSizes, type InflateRaw } from './zip-probe';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** exceljs turns date-formatted serials into Dates; the Grid keeps Excel's serial number, as office-js does. */
function serialFromDate(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / 86400000;
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialFromDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.error === 'string') return { error: v.error };
    if (Array.isArray(v.richText)) return v.richText.map((part: { text?: string }) => part.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.text && typeof v.text === 'object') return plainValue(v.text);
  }
  return null;
}

function readSheet(sheet: ExcelJS.Worksheet): Grid {
  const rows: (CellInput | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > MAX_ROWS) return;
    const out: (CellInput | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > MAX_COLS) return;
      // The other cells of a merged range are filled from the anchor by buildGrid.
      if (cell.isMerged && cell.master !== cell) return;
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      // cell.value of a formula drops a cached result of 0, '' or false (exceljs copies only truthy fields): read .result.
      const value = plainValue(isFormula ? cell.result : cell.value);
      const formula = isFormula ? cell.formula : undefined;
      const numFmt = cell.numFmt;
      if (value === null && !formula) return;
      out[colNumber - 1] = { value, ...(formula ? { formula } : {}), ...(numFmt ? { numFmt } : {}) };
    });
    rows[rowNumber - 1] = out;
  });
  // buildGrid copies a merge's value into every cell it covers. A merge covering a huge area (a hostile "A1:Z1000000")
  // is clipped to the cells that hold data, where a copy can matter, and left as its anchor alone if still huge.
  const lastRow = rows.length - 1;
  const lastCol = rows.reduce((max, row) => Math.max(max, (row?.length ?? 0) - 1), 0);
  const area = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
  const merges: CellRange[] = [];
  for (const address of sheet.model.merges ?? []) {
    const range = rangeFromA1(address);
    if (!range || range.top >= MAX_ROWS || range.left >= MAX_COLS) continue;
    let merge = { ...range, bottom: Math.min(range.bottom, MAX_ROWS - 1), right: Math.min(range.right, MAX_COLS - 1) };
    if (area(merge) > MAX_MERGE_CELLS)
      merge = {
        ...merge,
        bottom: Math.max(merge.top, Math.min(merge.bottom, lastRow)),
        right: Math.max(merge.left, Math.min(merge.right, lastCol)),
      };
    if (area(merge) <= MAX_MERGE_CELLS) merges.push(merge);
  }
  return buildGrid(sheet.name, rows, merges);
}

/** Opens .xlsx bytes and returns one Grid per worksheet, in workbook order. Throws WorkbookReadError for bad files. */
export type ReadWorkbookOptions = {
  /** A synchronous inflater for the zip guard (the CLI passes Node's zlib; the browser uses DecompressionStream). */
  readonly inflateRaw?: InflateRaw;
};

export async function readWorkbookGrids(bytes: Uint8Array, options: ReadWorkbookOptions = {}): Promise<Grid[]> {
  probeWorkbookBytes(bytes);
  await verifyInflatedSizes(bytes, options.inflateRaw);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return workbook.worksheets.map(readSheet);
  } catch (err) {
    // exceljs throws whatever its parser hits on a malformed part (TypeError, RangeError…): all are a corrupt file.
    throw new WorkbookReadError('corrupt', err instanceof Error ? err.message : String(err));
  }
}
