// The Grid: the core's one input type, produced identically from exceljs (.xlsx files) and office-js (the open workbook).

/** 0-based row/column inside a sheet. Row 0, col 0 is cell A1. */
export type CellPos = { readonly row: number; readonly col: number };

/** A cell position qualified by its sheet name. */
export type CellRef = CellPos & { readonly sheet: string };

/** An Excel error value such as #DIV/0! or #REF!. */
export type CellErrorValue = { readonly error: string };

/**
 * A cell's value as Excel holds it. Dates are Excel serial numbers (as office-js returns them); the number format tells
 * that they are dates. Rich text and hyperlinks are flattened to their text.
 */
export type CellValue = number | string | boolean | CellErrorValue | null;

export type Cell = {
  readonly value: CellValue;
  /** The formula without the leading "=", when the cell holds one; `value` is then its cached result. */
  readonly formula?: string;
  /** The number format code, omitted for "General". */
  readonly numFmt?: string;
  /** Set on the cells a merged range covers other than its top-left: their value was filled in from the anchor. */
  readonly mergedFrom?: CellPos;
};

/** An inclusive rectangle of cells. */
export type CellRange = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

/**
 * One worksheet. `cells[row][col]` is undefined for an empty cell; rows and columns are counted from A1 whatever the
 * sheet's used range is, so a position in a Grid is the position in the sheet.
 */
export type Grid = {
  readonly name: string;
  readonly cells: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly CellRange[];
};

export function isCellError(value: CellValue | undefined): value is CellErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function cellAt(grid: Grid, row: number, col: number): Cell | undefined {
  return grid.cells[row]?.[col];
}

export function valueAt(grid: Grid, row: number, col: number): CellValue {
  return grid.cells[row]?.[col]?.value ?? null;
}

/** True when the cell holds nothing a person would see (no value, or only whitespace). */
export function isBlankValue(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The top-left cell of the merged range covering `pos`, or `pos` itself. Findings always point at anchors. */
export function anchorOf(grid: Grid, pos: CellPos): CellPos {
  return cellAt(grid, pos.row, pos.col)?.mergedFrom ?? pos;
}
