// Reads every worksheet of the open workbook into Grids, equal to the Grids the CLI builds from the same .xlsx.
import { rangeFromA1 } from '../core/grid/a1';
import { buildGrid, type CellInput } from '../core/grid/build-grid';
import type { CellRange, CellValue, Grid } from '../core/grid/grid';

/** Merged areas need ExcelApi 1.13 (Range.getMergedAreasOrNullObject); older hosts get Grids without merges. */
export const MERGED_AREAS_API = { set: 'ExcelApi', version: '1.13' } as const;

export type ReadGridsOptions = {
  /** Overrides the requirement-set check (tests, or callers that already know). */
  readonly includeMerges?: boolean;
};

function isApiSupported(set: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
}

type SheetRead = {
  readonly name: string;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | undefined;
};

/**
 * Two syncs in all, whatever the number of sheets: the first learns the sheet list (a collection's items exist only
 * after a sync, so per-sheet calls cannot be queued before it), the second brings every sheet's cells and merges.
 */
export async function readWorkbookGrids(
  context: Excel.RequestContext,
  options: ReadGridsOptions = {},
): Promise<Grid[]> {
  const includeMerges = options.includeMerges ?? isApiSupported(MERGED_AREAS_API.set, MERGED_AREAS_API.version);
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();

  const reads: SheetRead[] = worksheets.items.map((sheet) => {
    // valuesOnly: formatted-but-empty cells (the template's borders) would only add empty rows to the payload.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'values', 'formulas', 'numberFormat', 'valueTypes']);
    // The whole sheet, not the used range: a merged header may reach past the last column that holds a value.
    const merged = includeMerges ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { name: sheet.name, used, merged };
  });
  await context.sync();

  return reads.map(gridFromRead);
}

function gridFromRead(read: SheetRead): Grid {
  const merges = read.merged && !read.merged.isNullObject ? parseAreasAddress(read.merged.address) : [];
  if (read.used.isNullObject) return buildGrid(read.name, [], merges);
  return buildGrid(read.name, rowsFromRange(read.used), merges);
}

/** Lays the used range's cells out from A1, so that a Grid position is the sheet position. */
function rowsFromRange(range: Excel.Range): (CellInput | undefined)[][] {
  const rows: (CellInput | undefined)[][] = [];
  range.values.forEach((valueRow, r) => {
    const out: (CellInput | undefined)[] = [];
    valueRow.forEach((raw: unknown, c) => {
      const input = cellInput(
        raw,
        range.formulas[r]?.[c],
        range.numberFormat[r]?.[c],
        range.valueTypes[r]?.[c] as string | undefined,
      );
      if (input !== undefined) out[range.columnIndex + c] = input;
    });
    if (out.length > 0) rows[range.rowIndex + r] = out;
  });
  return rows;
}

function cellInput(
  raw: unknown,
  formulaOrValue: unknown,
  numFmt: unknown,
  valueType: string | undefined,
): CellInput | undefined {
  const value = cellValue(raw, valueType);
  // office-js puts the constant itself in `formulas` for a cell without a formula; a formula is text starting with
  // "=", and a text constant that happens to start with "=" is told apart because it equals the value.
  const formula =
    typeof formulaOrValue === 'string' && formulaOrValue.startsWith('=') && formulaOrValue !== raw
      ? formulaOrValue.slice(1)
      : undefined;
  // An empty cell reads as "" (or Empty); only a formula can make "" a value worth keeping.
  if (formula === undefined && (value === null || value === '')) return undefined;
  const input: { value: CellValue; formula?: string; numFmt?: string } = { value };
  if (formula !== undefined) input.formula = formula;
  if (typeof numFmt === 'string' && numFmt !== '' && numFmt !== 'General') input.numFmt = numFmt;
  return input.formula === undefined && input.numFmt === undefined ? value : input;
}

function cellValue(raw: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Empty' || raw === null || raw === undefined) return null;
  if (valueType === 'Error') return { error: String(raw) };
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return String(raw);
}

const AREA_PATTERN = /(?:'(?:[^']|'')*'|[^'!,\s]+)!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g;

/**
 * Parses a RangeAreas address such as "Sheet1!A1:B2, 'My Sheet'!D1:D4". Each area carries its sheet prefix, which is
 * quoted when the name has spaces or punctuation, so the prefix is matched as a unit rather than split on commas.
 */
export function parseAreasAddress(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const match of address.matchAll(AREA_PATTERN)) {
    const range = match[1] === undefined ? undefined : rangeFromA1(match[1].replace(/\$/g, ''));
    if (range) ranges.push(range);
  }
  return ranges;
}
