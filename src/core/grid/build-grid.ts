// Builds Grids from plain data: the one constructor both producers (exceljs, office-js) and the tests go through.
import { rangeFromA1 } from './a1';
import { fromA1 } from './a1';
import type { Cell, CellRange, CellValue, Grid } from './grid';

/** A cell as a producer or a test hands it in: a bare value, or a value with formula / number format. */
export type CellInput = CellValue | { value: CellValue; formula?: string; numFmt?: string };

/** Excel holds no NaN or ±Infinity (it shows #NUM!); a producer that hands one in gets what Excel would show. */
function excelValue(value: CellValue): CellValue {
  return typeof value === 'number' && !Number.isFinite(value) ? { error: '#NUM!' } : value;
}

function toCell(input: CellInput): Cell {
  if (input === null || typeof input !== 'object' || 'error' in input) return { value: excelValue(input) };
  const cell: { value: CellValue; formula?: string; numFmt?: string } = { value: excelValue(input.value) };
  if (input.formula !== undefined && input.formula !== '') cell.formula = input.formula.replace(/^=/, '');
  if (input.numFmt !== undefined && input.numFmt !== 'General') cell.numFmt = input.numFmt;
  return cell;
}

/**
 * Builds a Grid from rows of cells (row 0 = sheet row 1) and merged ranges. Merged ranges are filled: every covered
 * cell gets the anchor's value and formula-less copy, marked with `mergedFrom`.
 */
export function buildGrid(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<CellInput | undefined> | undefined>,
  merges: readonly CellRange[] = [],
): Grid {
  const cells: (Cell | undefined)[][] = [];
  let colCount = 0;
  rows.forEach((row, r) => {
    if (!row) return;
    const out: (Cell | undefined)[] = [];
    row.forEach((input, c) => {
      if (input === undefined || input === null || input === '') return;
      out[c] = toCell(input);
      colCount = Math.max(colCount, c + 1);
    });
    if (out.length > 0) cells[r] = out;
  });
  for (const m of merges) {
    const anchor = cells[m.top]?.[m.left];
    if (!anchor) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const row = (cells[r] ??= []);
        row[c] = {
          value: anchor.value,
          ...(anchor.numFmt ? { numFmt: anchor.numFmt } : {}),
          mergedFrom: { row: m.top, col: m.left },
        };
      }
    }
    colCount = Math.max(colCount, m.right + 1);
  }
  const rowCount = Math.max(cells.length, ...merges.map((m) => m.bottom + 1), 0);
  return { name, cells, rowCount, colCount, merges };
}

/**
 * Builds a Grid from a sparse A1 map, the way tests describe sheets: gridFromA1('评分表', { B3: '得分', H30: 99 },
 * ['A5:A10']).
 */
export function gridFromA1(
  name: string,
  cells: Readonly<Record<string, CellInput>>,
  merges: readonly string[] = [],
): Grid {
  const rows: (CellInput | undefined)[][] = [];
  for (const [address, input] of Object.entries(cells)) {
    const pos = fromA1(address);
    if (!pos) throw new TypeError(`gridFromA1: bad address ${address}`);
    (rows[pos.row] ??= [])[pos.col] = input;
  }
  const ranges = merges.map((m) => {
    const range = rangeFromA1(m);
    if (!range) throw new TypeError(`gridFromA1: bad range ${m}`);
    return range;
  });
  return buildGrid(name, rows, ranges);
}
