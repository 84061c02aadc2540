// Helpers shared by the blocks of a data table: header columns by label, row labels, a block's extent.
import type { CellPos } from '../grid/grid';
import { anchorOf, valueAt } from '../grid/grid';
import { columnLabel, normalizeLabel } from '../text/normalize';
import type { SheetIndex } from './sheet-index';

export type ColumnMap<K extends string> = Partial<Record<K, number>>;

/** Maps the header cells of one row to column roles by exact (normalised, unit-suffix-free) label. */
export function mapColumns<K extends string>(
  index: SheetIndex,
  row: number,
  labels: Readonly<Record<K, readonly string[]>>,
): ColumnMap<K> {
  const map: ColumnMap<K> = {};
  const wanted = Object.entries(labels) as [K, readonly string[]][];
  const normalised = wanted.map(([role, names]) => [role, names.map(normalizeLabel)] as const);
  for (let col = 0; col < index.grid.colCount; col++) {
    const norm = columnLabel(index.norm(row, col));
    if (norm === '') continue;
    for (const [role, names] of normalised) {
      if (map[role] === undefined && names.includes(norm)) {
        map[role] = col;
        break;
      }
    }
  }
  return map;
}

export function classify<K extends string>(
  text: string,
  names: ReadonlyArray<readonly [K, readonly string[]]>,
): K | undefined {
  for (const [kind, keys] of names) if (keys.some((k) => text.includes(normalizeLabel(k)))) return kind;
  return undefined;
}

/** The row label: the texts left of the first amount column, joined (group cells like 按资金来源 included). */
export function rowLabel(index: SheetIndex, row: number, beforeCol: number): { text: string; pos?: CellPos } {
  let text = '';
  let pos: CellPos | undefined;
  let last = '';
  for (let col = 0; col < beforeCol; col++) {
    const value = valueAt(index.grid, row, col);
    if (typeof value !== 'string' || value.trim() === '') continue;
    // The index holds the normalised text of every short text (of the merge anchor, whose value this cell carries).
    const norm = index.norm(row, col) || normalizeLabel(value);
    if (norm === last) continue;
    last = norm;
    text += norm;
    pos = anchorOf(index.grid, { row, col });
  }
  return pos ? { text, pos } : { text };
}

export type BlockRange = { header: number; end: number };

export function blockRows(
  index: SheetIndex,
  header: number,
  stopRows: ReadonlySet<number>,
  firstCol: number,
  lastCol: number,
): BlockRange {
  let row = header + 1;
  while (row < index.grid.rowCount && !stopRows.has(row) && !index.isBlankRow(row, firstCol, lastCol)) row++;
  return { header, end: row - 1 };
}
