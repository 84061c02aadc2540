// Reads every worksheet of the open workbook into Grids, equal to the Grids the CLI builds from the same .xlsx.
import { rangeFromA1 } from '../core/grid/a1';
import { buildGrid, type CellInput } from '../core/grid/build-grid';
import type { CellRange, CellValue, Grid } from '../core/grid/grid';

import { EMPTY_STORE, MARK_SHEET, queueReadMarkStore, type MarkStoreData, type StoreRead } from './mark-store';

/** Merged areas need ExcelApi 1.13 (Range.getMergedAreasOrNullObject); older hosts get Grids without merges. */
export const MERGED_AREAS_API = { set: 'ExcelApi', version: '1.13' } as const;
/** Range.getCellProperties (the original fills, read with the cells so highlight needs no read of its own). */
export const CELL_PROPERTIES_API = { set: 'ExcelApi', version: '1.9' } as const;

export type ReadGridsOptions = {
  /** Overrides the requirement-set check (tests, or callers that already know). */
  readonly includeMerges?: boolean;
  readonly includeFills?: boolean;
  /**
   * The sheet list learned earlier. With it the read is ONE sync: the list is loaded again in the same batch and the
   * sheets are read by name; when the list turns out to have changed (a sheet added, renamed or deleted meanwhile)
   * the read is repeated with the new list, which costs one more sync. Without it: two syncs (list, then cells).
   */
  readonly sheetNames?: readonly string[];
};

export function isApiSupported(set: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
}

/** A cell's own fill as getCellProperties reports it; `color` null when the cell has no fill. */
export type CellFill = {
  readonly color: string | null;
  readonly pattern: string | null;
  readonly patternColor?: string | null;
};

/** The fills of one sheet's formatted used range; a cell outside it has no fill of its own. */
export type SheetFills = {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly cells: readonly (readonly CellFill[])[];
};

export type WorkbookRead = {
  readonly grids: Grid[];
  /** Every sheet, in order, including the add-in's very hidden store (which is never a Grid). */
  readonly sheetNames: string[];
  /** Present only when the fills were read (ExcelApi 1.9). */
  readonly fills?: ReadonlyMap<string, SheetFills>;
  readonly store: MarkStoreData;
  readonly storeExists: boolean;
  readonly syncs: number;
};

type SheetRead = {
  readonly name: string;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | undefined;
  readonly formatted: Excel.Range | undefined;
  readonly fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | undefined;
};

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true } },
};

/** A read is repeated at most twice when the sheet list changes under it (the user adding sheets while it runs). */
const MAX_ATTEMPTS = 3;

/** Reads every worksheet into Grids, plus what highlight needs: the original fills and the add-in's store. */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadGridsOptions = {},
  attempt = 1,
  syncs = 0,
): Promise<WorkbookRead> {
  const includeMerges = options.includeMerges ?? isApiSupported(MERGED_AREAS_API.set, MERGED_AREAS_API.version);
  const includeFills = options.includeFills ?? isApiSupported(CELL_PROPERTIES_API.set, CELL_PROPERTIES_API.version);
  const known = options.sheetNames;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');

  const reads: SheetRead[] = (known ?? [])
    .filter((name) => name !== MARK_SHEET)
    .map((name) => {
      const sheet = worksheets.getItemOrNullObject(name);
      // valuesOnly: formatted-but-empty cells (the template's borders) would only add empty rows to the payload.
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load(['rowIndex', 'columnIndex', 'values', 'formulas', 'numberFormat', 'valueTypes']);
      // The whole sheet, not the used range: a merged header may reach past the last column that holds a value.
      const merged = includeMerges ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
      merged?.load('address');
      // Fills live in the formatted used range (getUsedRange never fails: a blank sheet gives A1). getCellProperties
      // reports only the cell's own format, never a conditional format's, which is exactly what must be restored.
      const formatted = includeFills ? sheet.getUsedRange(false) : undefined;
      formatted?.load(['rowIndex', 'columnIndex']);
      const fills = formatted?.getCellProperties(FILL_PROPERTIES);
      return { name, used, merged, formatted, fills };
    });
  const store: StoreRead | undefined = known?.includes(MARK_SHEET) ? queueReadMarkStore(context) : undefined;

  try {
    await context.sync();
  } catch (error) {
    // A sheet deleted since the list was learned may fail the whole batch rather than give a null object; the
    // slow path (learn the list, then read) does not depend on the old list.
    if (known === undefined || attempt >= MAX_ATTEMPTS) throw error;
    return readWorkbook(context, { ...options, sheetNames: undefined }, attempt + 1, syncs + 1);
  }
  const names = worksheets.items.map((sheet) => sheet.name);
  if (known === undefined || !sameList(names, known)) {
    if (attempt >= MAX_ATTEMPTS && known !== undefined)
      throw new Error('The sheet list kept changing while the workbook was read.');
    return readWorkbook(context, { ...options, sheetNames: names }, attempt + 1, syncs + 1);
  }

  const fills = includeFills ? new Map(reads.map((read) => [read.name, sheetFills(read)])) : undefined;
  const storeData = store?.result() ?? EMPTY_STORE;
  return {
    grids: reads.map(gridFromRead),
    sheetNames: names,
    ...(fills ? { fills } : {}),
    store: storeData,
    storeExists: store !== undefined && !store.sheet.isNullObject,
    syncs: syncs + 1,
  };
}

/**
 * Every worksheet of the open workbook as Grids. Without a known sheet list: two syncs in all, whatever the number of
 * sheets (a collection's items exist only after a sync); with one: one sync (see ReadGridsOptions.sheetNames).
 */
export async function readWorkbookGrids(
  context: Excel.RequestContext,
  options: ReadGridsOptions = {},
): Promise<Grid[]> {
  return (await readWorkbook(context, { includeFills: false, ...options })).grids;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

function sheetFills(read: SheetRead): SheetFills {
  const cells = (read.fills?.value ?? []).map((row) =>
    row.map((props): CellFill => {
      const fill = props.format?.fill;
      const pattern = fill?.pattern ?? null;
      if (!fill || pattern === 'None') return { color: null, pattern: 'None' };
      return {
        color: fill.color ?? null,
        pattern,
        ...(fill.patternColor !== undefined ? { patternColor: fill.patternColor } : {}),
      };
    }),
  );
  return { rowIndex: read.formatted?.rowIndex ?? 0, columnIndex: read.formatted?.columnIndex ?? 0, cells };
}

/** The original fill of one cell from a read's fills; undefined when the sheet's fills were not read. */
export function fillAt(
  fills: ReadonlyMap<string, SheetFills> | undefined,
  sheet: string,
  row: number,
  col: number,
): CellFill | undefined {
  const sheetFill = fills?.get(sheet);
  if (!sheetFill) return undefined;
  const fill = sheetFill.cells[row - sheetFill.rowIndex]?.[col - sheetFill.columnIndex];
  return fill ?? { color: null, pattern: 'None' };
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
