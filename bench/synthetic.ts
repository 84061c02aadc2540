// Synthetic workbooks for the scaling benchmark: the sample's Grids with the indicator block extended to N rows.
import { buildGrid, type CellInput } from '../src/core/grid/build-grid';
import type { Cell, CellRange, Grid } from '../src/core/grid/grid';
import { columnName } from '../src/core/grid/a1';
import { recognizeWorkbook } from '../src/core/template/recognize-workbook';

const plain = (cell: Cell): CellInput => ({
  value: cell.value,
  ...(cell.formula ? { formula: cell.formula } : {}),
  ...(cell.numFmt ? { numFmt: cell.numFmt } : {}),
});

/**
 * Returns the sample's grids with the data table's indicator block grown to `rows` indicators: the sample's rows are
 * repeated (names numbered so each is distinct, level-1/2 names written on every row, no merges inside the block) and
 * everything below the block moves down.
 */
export function extendIndicators(grids: readonly Grid[], rows: number): Grid[] {
  const { model } = recognizeWorkbook(grids);
  const block = model.data?.indicators;
  if (!block || block.rows.length === 0) throw new Error('extendIndicators: the workbook has no indicator block');
  const first = block.rows[0]?.row ?? 0;
  const last = block.rows[block.rows.length - 1]?.row ?? 0;
  const pattern = last - first + 1;
  const shift = rows - pattern;
  const nameCol = block.columns.name ?? 2;
  return grids.map((grid) => {
    if (grid.name !== block.sheet) return grid;
    const out: (CellInput | undefined)[][] = [];
    grid.cells.forEach((cells, r) => {
      if (r >= first && r <= last) return;
      const to = r > last ? r + shift : r;
      cells?.forEach((cell, c) => {
        if (cell && !cell.mergedFrom) (out[to] ??= [])[c] = plain(cell);
      });
    });
    for (let i = 0; i < rows; i++) {
      const source = grid.cells[first + (i % pattern)] ?? [];
      const row: (CellInput | undefined)[] = [];
      source.forEach((cell, c) => {
        if (!cell) return;
        const copy = plain(cell);
        row[c] =
          c === nameCol && typeof cell.value === 'string'
            ? ({ ...(copy as object), value: `${cell.value}${columnName(i)}` } as CellInput)
            : copy;
      });
      out[first + i] = row;
    }
    const merges: CellRange[] = grid.merges
      .filter((m) => m.bottom < first || m.top > last)
      .map((m) => (m.top > last ? { ...m, top: m.top + shift, bottom: m.bottom + shift } : m));
    return buildGrid(grid.name, out, merges);
  });
}
