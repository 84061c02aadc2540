// Helpers shared by the blocks of a data table: header columns by label, row labels, a block's extent.
import type { CellPos } from '../grid/grid';
import { anchorOf, isBlankValue, valueAt } from '../grid/grid';
import { columnLabel, normalizeLabel } from '../text/normalize';
import type { SheetIndex } from './sheet-index';

export type ColumnMap<K extends string> = Partial<Record<K, number>>;

/**
 * The label heading a column on a header row. A header two rows high leaves the lower row empty under a label that
 * spans both (实际完成值 | 分值 | 得分 beside 指标性质 | 指标值 | 度量单位): with its merge known, the covered cell carries
 * the label; on a host that cannot tell merges (ExcelApi below 1.13) it is empty, and the label is the one above it.
 */
function headerLabel(index: SheetIndex, row: number, col: number): string {
  const own = columnLabel(index.norm(row, col));
  if (own !== '' || row === 0 || !isBlankValue(valueAt(index.grid, row, col))) return own;
  return columnLabel(index.norm(row - 1, col));
}

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
    const norm = headerLabel(index, row, col);
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

/** Blank rows a block may hold inside it (the rows of a merged level label, on a host that cannot tell merges). */
const MAX_INNER_BLANK_ROWS = 4;

/**
 * The rows of a block under its header: up to the first blank row, a stop row or the sheet's end. With `continues`,
 * a run of a few blank rows is inside the block when the row after it continues the block (an indicator row under
 * merged 二级指标 cells, which read as blank rows where the merges are not known).
 */
export function blockRows(
  index: SheetIndex,
  header: number,
  stopRows: ReadonlySet<number>,
  firstCol: number,
  lastCol: number,
  continues?: (row: number) => boolean,
): BlockRange {
  const inside = (row: number) => row < index.grid.rowCount && !stopRows.has(row);
  let row = header + 1;
  for (;;) {
    while (inside(row) && !index.isBlankRow(row, firstCol, lastCol)) row++;
    if (!continues || !inside(row)) break;
    let next = row;
    while (next - row < MAX_INNER_BLANK_ROWS && inside(next) && index.isBlankRow(next, firstCol, lastCol)) next++;
    if (!inside(next) || index.isBlankRow(next, firstCol, lastCol) || !continues(next)) break;
    row = next;
  }
  return { header, end: row - 1 };
}
