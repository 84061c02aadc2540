// Layout perturbations of a Grid for recognition tests: shift blocks, insert blanks, rename, relabel, drop columns.
import { buildGrid, type CellInput } from '../../src/core/grid/build-grid';
import type { Cell, CellRange, Grid } from '../../src/core/grid/grid';

type CellMapper = (cell: Cell, row: number, col: number) => CellInput | undefined;

/** Rebuilds a grid through `buildGrid` with cells and merges moved by `move` (return undefined to drop a cell). */
export function remapGrid(
  grid: Grid,
  move: (row: number, col: number) => { row: number; col: number } | undefined,
  map: CellMapper = (c) => c,
  name = grid.name,
): Grid {
  const rows: (CellInput | undefined)[][] = [];
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || cell.mergedFrom) return;
      const to = move(r, c);
      if (!to) return;
      const mapped = map(cell, r, c);
      if (mapped === undefined) return;
      (rows[to.row] ??= [])[to.col] = mapped;
    }),
  );
  const merges: CellRange[] = [];
  for (const m of grid.merges) {
    const a = move(m.top, m.left);
    const b = move(m.bottom, m.right);
    if (a && b) merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return buildGrid(name, rows, merges);
}

const plain = (cell: Cell): { value: Cell['value']; formula?: string; numFmt?: string } => ({
  value: cell.value,
  ...(cell.formula ? { formula: cell.formula } : {}),
  ...(cell.numFmt ? { numFmt: cell.numFmt } : {}),
});

/** Moves everything down/right; formulas are kept as text (the checks read cached values). */
export function shiftGrid(grid: Grid, rows: number, cols: number): Grid {
  return remapGrid(grid, (r, c) => ({ row: r + rows, col: c + cols }), plain);
}

/** Inserts blank rows before each of the given (original) row indexes. */
export function insertBlankRows(grid: Grid, before: readonly number[]): Grid {
  const sorted = [...before].sort((a, b) => a - b);
  return remapGrid(grid, (r, c) => ({ row: r + sorted.filter((b) => b <= r).length, col: c }), plain);
}

/** Inserts blank columns before each of the given (original) column indexes. */
export function insertBlankCols(grid: Grid, before: readonly number[]): Grid {
  return remapGrid(grid, (r, c) => ({ row: r, col: c + before.filter((b) => b <= c).length }), plain);
}

export function renameGrid(grid: Grid, name: string): Grid {
  return remapGrid(grid, (r, c) => ({ row: r, col: c }), plain, name);
}

/** Replaces whole-cell texts (labels) by a lookup table; other cells untouched. */
export function relabel(grid: Grid, table: Readonly<Record<string, string>>): Grid {
  return remapGrid(
    grid,
    (r, c) => ({ row: r, col: c }),
    (cell) =>
      typeof cell.value === 'string' && cell.value in table
        ? { ...plain(cell), value: table[cell.value] ?? cell.value }
        : plain(cell),
  );
}

/** Applies a text function to every string cell. */
export function mapTexts(grid: Grid, fn: (text: string, row: number, col: number) => string): Grid {
  return remapGrid(
    grid,
    (r, c) => ({ row: r, col: c }),
    (cell, r, c) => (typeof cell.value === 'string' ? { ...plain(cell), value: fn(cell.value, r, c) } : plain(cell)),
  );
}

/** Applies a function to every numeric cell. */
export function mapNumbers(grid: Grid, fn: (value: number, row: number, col: number, cell: Cell) => CellInput): Grid {
  return remapGrid(
    grid,
    (r, c) => ({ row: r, col: c }),
    (cell, r, c) => (typeof cell.value === 'number' ? fn(cell.value, r, c, cell) : plain(cell)),
  );
}

/** Removes whole columns, shifting the rest left. */
export function dropColumns(grid: Grid, cols: readonly number[]): Grid {
  return remapGrid(
    grid,
    (r, c) => (cols.includes(c) ? undefined : { row: r, col: c - cols.filter((d) => d < c).length }),
    plain,
  );
}

/** Sets cells (A1-free: row/col) to new inputs, for planting a value in a copy of a grid. */
export function setCells(grid: Grid, cells: ReadonlyArray<{ row: number; col: number; value: CellInput }>): Grid {
  const rows: (CellInput | undefined)[][] = [];
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => cell && !cell.mergedFrom && ((rows[r] ??= [])[c] = plain(cell))),
  );
  for (const { row, col, value } of cells) (rows[row] ??= [])[col] = value;
  return buildGrid(grid.name, rows, grid.merges);
}

/** The grid as a host that cannot tell merges reads it (ExcelApi below 1.13): no merges, covered cells empty. */
export function withoutMerges(grid: Grid): Grid {
  return remapGrid({ ...grid, merges: [] }, (row, col) => ({ row, col }), plain);
}

export function byName(grids: readonly Grid[], name: string): Grid {
  const grid = grids.find((g) => g.name === name);
  if (!grid) throw new Error(`no sheet ${name}`);
  return grid;
}
