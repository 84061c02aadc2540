// Reads every worksheet of the open workbook into Grids, equal to the Grids the CLI builds from the same .xlsx, within
// Excel's limits: a response on the web is capped at 5 MB and a range read at 5 million cells on every platform, so
// a sheet is read whole only when it is known to be small; larger (or not yet measured) sheets are read in row blocks
// sized from the sheet's dimensions, a few blocks per sync, and no sync asks for more than SYNC_CELL_BUDGET cells.
import { rangeFromA1 } from '../core/grid/a1';
import { buildGrid, type CellInput } from '../core/grid/build-grid';
import type { CellRange, CellValue, Grid } from '../core/grid/grid';

import { EMPTY_STORE, LEGACY_MARK_SHEET, queueReadMarkStore, type MarkStoreData, type StoreRead } from './mark-store';
import { isOfficeError } from './run-excel';

/** Merged areas need ExcelApi 1.13 (Range.getMergedAreasOrNullObject); older hosts get Grids without merges. */
export const MERGED_AREAS_API = { set: 'ExcelApi', version: '1.13' } as const;
/** Range.getCellProperties (the original fills, read with the cells so highlight needs no read of its own). */
export const CELL_PROPERTIES_API = { set: 'ExcelApi', version: '1.9' } as const;

/**
 * Cells one sync may ask for. A cell costs about 40 bytes over values, formulas, number formats and value types
 * (JSON), so 60,000 cells stay well under 4 MB; a response that still exceeds Excel's cap halves the budget.
 */
export const SYNC_CELL_BUDGET = 60_000;
/** The own fills are read with the cells only on sheets this small (the template's); elsewhere per marked cell. */
export const FILL_READ_MAX_CELLS = 20_000;
const PAYLOAD_ERRORS = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded']);

export type ReadGridsOptions = {
  /** Overrides the requirement-set check (tests, or callers that already know). */
  readonly includeMerges?: boolean;
  readonly includeFills?: boolean;
  /**
   * The sheet list learned earlier. With it and the sheets' sizes, an ordinary workbook is read in ONE sync: the
   * list is loaded again in the same batch; when it turns out to have changed (a sheet added, renamed or deleted
   * meanwhile) the read is repeated with the new list. Without it: the list first, one more sync.
   */
  readonly sheetNames?: readonly string[];
  /** Cells in each sheet's used range (values only), learned by an earlier read; unknown sheets are measured first. */
  readonly sheetSizes?: ReadonlyMap<string, number>;
  /** Cells one sync may ask for (tests shrink it). */
  readonly syncCellBudget?: number;
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

/** The fills of one block of a sheet (its used range); cells outside it are not known. */
export type SheetFills = {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly cells: readonly (readonly CellFill[])[];
};

export type WorkbookRead = {
  readonly grids: Grid[];
  /** Every sheet, in order, including a legacy store sheet (which is never a Grid). */
  readonly sheetNames: string[];
  /** Cells of each sheet's used range, for the next read's plan. */
  readonly sheetSizes: ReadonlyMap<string, number>;
  /** The fills of small sheets (ExcelApi 1.9); a sheet missing here has its fills loaded when they are needed. */
  readonly fills?: ReadonlyMap<string, SheetFills>;
  readonly store: MarkStoreData;
  readonly storeExists: boolean;
  /** A store sheet of an older version is there, to be removed once the store has moved. */
  readonly legacyStore: boolean;
  readonly syncs: number;
};

type Dims = {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
};
/** The four arrays a Grid is built from, for one block of rows starting at (rowIndex, columnIndex). */
type Block = {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
  readonly valueTypes: unknown[][];
};

type SheetRead = {
  readonly name: string;
  readonly used: Excel.Range;
  /** Whether `used` was asked for its cells in the same sync (a sheet known to be small). */
  readonly whole: boolean;
  readonly merged: Excel.RangeAreas | undefined;
  readonly fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | undefined;
};

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true } },
};
const CELL_PROPERTIES = ['values', 'formulas', 'numberFormat', 'valueTypes'];
const DIM_PROPERTIES = ['rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

/** A read is repeated at most twice when the sheet list changes under it (the user adding sheets while it runs). */
const MAX_ATTEMPTS = 3;

const isPayloadError = (error: unknown) => isOfficeError(error) && PAYLOAD_ERRORS.has(error.code);

/** Reads every worksheet into Grids, plus what highlight needs: the original fills and the add-in's store. */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadGridsOptions = {},
  attempt = 1,
  syncs = 0,
): Promise<WorkbookRead> {
  const includeMerges = options.includeMerges ?? isApiSupported(MERGED_AREAS_API.set, MERGED_AREAS_API.version);
  const includeFills = options.includeFills ?? isApiSupported(CELL_PROPERTIES_API.set, CELL_PROPERTIES_API.version);
  const budget = options.syncCellBudget ?? SYNC_CELL_BUDGET;
  const known = options.sheetNames;
  const sizes = options.sheetSizes ?? new Map<string, number>();
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');

  // Sheets known to be small are read whole in this sync, as long as together they fit the budget.
  let planned = 0;
  const reads: SheetRead[] = (known ?? [])
    .filter((name) => name !== LEGACY_MARK_SHEET)
    .map((name) => {
      const sheet = worksheets.getItemOrNullObject(name);
      // valuesOnly: formatted-but-empty cells (the template's borders, a formatted million-cell sheet) are not read.
      const used = sheet.getUsedRangeOrNullObject(true);
      const size = sizes.get(name);
      const whole = size !== undefined && planned + size <= budget;
      if (whole) planned += size;
      used.load(whole ? [...DIM_PROPERTIES, ...CELL_PROPERTIES] : DIM_PROPERTIES);
      // The whole sheet, not the used range: a merged header may reach past the last column that holds a value.
      const merged = includeMerges ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
      merged?.load('address');
      // getCellProperties reports only the cell's own format, never a conditional format's: what must be restored.
      const fills =
        includeFills && whole && size <= FILL_READ_MAX_CELLS ? used.getCellProperties(FILL_PROPERTIES) : undefined;
      return { name, used, whole, merged, fills };
    });
  const store: StoreRead = queueReadMarkStore(context, { legacySheet: known?.includes(LEGACY_MARK_SHEET) ?? false });

  try {
    await context.sync();
  } catch (error) {
    // A sheet deleted since the list was learned may fail the whole batch rather than give a null object, and a
    // sheet that grew past its known size may exceed the payload cap: the slow path measures the sheets first.
    if (known === undefined || attempt >= MAX_ATTEMPTS) throw error;
    const { sheetNames: _stale, ...unnamed } = options;
    const retry = isPayloadError(error) ? { ...options, sheetSizes: new Map<string, number>() } : unnamed;
    return readWorkbook(context, retry, attempt + 1, syncs + 1);
  }
  const names = worksheets.items.map((sheet) => sheet.name);
  if (known === undefined || !sameList(names, known)) {
    if (attempt >= MAX_ATTEMPTS && known !== undefined)
      throw new Error('The sheet list kept changing while the workbook was read.');
    return readWorkbook(context, { ...options, sheetNames: names }, attempt + 1, syncs + 1);
  }

  const blocks = new Map<string, Block[]>();
  const newSizes = new Map<string, number>();
  const rest: { name: string; sheet: Excel.Worksheet; dims: Dims }[] = [];
  for (const read of reads) {
    if (read.used.isNullObject) {
      newSizes.set(read.name, 0);
      continue;
    }
    const dims: Dims = {
      rowIndex: read.used.rowIndex,
      columnIndex: read.used.columnIndex,
      rowCount: read.used.rowCount,
      columnCount: read.used.columnCount,
    };
    newSizes.set(read.name, dims.rowCount * dims.columnCount);
    const block = read.whole ? blockOf(read.used) : undefined;
    // A sheet that grew past 5 million cells since it was measured gives null arrays: read it in blocks.
    if (block) blocks.set(read.name, [block]);
    else rest.push({ name: read.name, sheet: worksheets.getItem(read.name), dims });
  }
  const extra = await readBlocks(context, rest, budget);

  const fills = includeFills
    ? new Map(reads.filter((read) => read.fills && blocks.has(read.name)).map((read) => [read.name, sheetFills(read)]))
    : undefined;
  return {
    grids: reads.map((read) => gridFromRead(read, blocks.get(read.name) ?? extra.blocks.get(read.name) ?? [])),
    sheetNames: names,
    sheetSizes: newSizes,
    ...(fills ? { fills } : {}),
    store: store.result() ?? EMPTY_STORE,
    storeExists: store.exists(),
    legacyStore: names.includes(LEGACY_MARK_SHEET),
    syncs: syncs + 1 + extra.syncs,
  };
}

/** The sheet list and each sheet's size (cells of its used range, values only): two syncs, however many sheets. */
export async function measureSheets(
  context: Excel.RequestContext,
): Promise<{ sheetNames: string[]; sheetSizes: Map<string, number> }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const used = sheetNames.map((name) => {
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load(['rowCount', 'columnCount']);
    return [name, range] as const;
  });
  await context.sync();
  const sheetSizes = new Map(
    used.map(([name, range]) => [name, range.isNullObject ? 0 : range.rowCount * range.columnCount] as const),
  );
  return { sheetNames, sheetSizes };
}

function blockOf(range: Excel.Range): Block | undefined {
  const { values, formulas, numberFormat, valueTypes } = range;
  if (!values || !formulas || !numberFormat || !valueTypes) return undefined;
  return { rowIndex: range.rowIndex, columnIndex: range.columnIndex, values, formulas, numberFormat, valueTypes };
}

/**
 * Reads large sheets in blocks of whole rows of the used range, as many blocks per sync as fit the cell budget. A
 * payload error halves the budget and repeats that sync (Excel on the web measures bytes, the budget counts cells).
 */
async function readBlocks(
  context: Excel.RequestContext,
  sheets: readonly { name: string; sheet: Excel.Worksheet; dims: Dims }[],
  budget: number,
): Promise<{ blocks: Map<string, Block[]>; syncs: number }> {
  const blocks = new Map<string, Block[]>();
  let syncs = 0;
  type Pending = { name: string; sheet: Excel.Worksheet; dims: Dims; row: number };
  const queue: Pending[] = sheets.map((s) => ({ ...s, row: 0 }));
  let cellBudget = budget;
  while (queue.length > 0) {
    const batch: { pending: Pending; rows: number; range: Excel.Range }[] = [];
    let cells = 0;
    for (const pending of queue) {
      if (cells >= cellBudget) break;
      const width = Math.max(1, pending.dims.columnCount);
      const remaining = pending.dims.rowCount - pending.row;
      const rows = Math.max(1, Math.min(remaining, Math.floor((cellBudget - cells) / width)));
      if (cells > 0 && rows * width > cellBudget - cells) break;
      const range = pending.sheet.getRangeByIndexes(
        pending.dims.rowIndex + pending.row,
        pending.dims.columnIndex,
        rows,
        pending.dims.columnCount,
      );
      range.load(['rowIndex', 'columnIndex', ...CELL_PROPERTIES]);
      batch.push({ pending, rows, range });
      cells += rows * width;
      if (rows < remaining) break;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per cell budget: Excel's payload cap
      await context.sync();
      syncs += 1;
    } catch (error) {
      syncs += 1;
      if (!isPayloadError(error) || cellBudget <= 1000) throw error;
      cellBudget = Math.floor(cellBudget / 2);
      continue;
    }
    for (const { pending, rows, range } of batch) {
      const block = blockOf(range);
      if (!block) throw new Error(`Excel returned no values for ${pending.name}.`);
      blocks.set(pending.name, [...(blocks.get(pending.name) ?? []), block]);
      pending.row += rows;
      if (pending.row >= pending.dims.rowCount) queue.splice(queue.indexOf(pending), 1);
    }
  }
  return { blocks, syncs };
}

/**
 * Every worksheet of the open workbook as Grids. Without a known sheet list the list costs one more sync, and so do
 * sheets whose size is not known yet (see ReadGridsOptions).
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
  return { rowIndex: read.used.rowIndex, columnIndex: read.used.columnIndex, cells };
}

/** The original fill of one cell from a read's fills; undefined when it was not read (then it is loaded). */
export function fillAt(
  fills: ReadonlyMap<string, SheetFills> | undefined,
  sheet: string,
  row: number,
  col: number,
): CellFill | undefined {
  const sheetFill = fills?.get(sheet);
  if (!sheetFill) return undefined;
  return sheetFill.cells[row - sheetFill.rowIndex]?.[col - sheetFill.columnIndex];
}

function gridFromRead(read: SheetRead, blocks: readonly Block[]): Grid {
  const merges = read.merged && !read.merged.isNullObject ? parseAreasAddress(read.merged.address) : [];
  if (read.used.isNullObject) return buildGrid(read.name, [], merges);
  const rows: (CellInput | undefined)[][] = [];
  for (const block of blocks) addRows(rows, block);
  return buildGrid(read.name, rows, merges);
}

/** Lays a block's cells out from A1, so that a Grid position is the sheet position. */
function addRows(rows: (CellInput | undefined)[][], block: Block): void {
  block.values.forEach((valueRow, r) => {
    const out: (CellInput | undefined)[] = [];
    (valueRow ?? []).forEach((raw: unknown, c) => {
      const input = cellInput(
        raw,
        block.formulas[r]?.[c],
        block.numberFormat[r]?.[c],
        block.valueTypes[r]?.[c] as string | undefined,
      );
      if (input !== undefined) out[block.columnIndex + c] = input;
    });
    if (out.length > 0) rows[block.rowIndex + r] = out;
  });
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
