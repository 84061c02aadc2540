// Breakdowns a form writes as "label：figure" inside the budget block ("按收入性质分：2030.12", "其中：基本支出：900.47"),
// one breakdown per column of cells, several side by side in the same rows (the Hunan form).
import { anchorOf, isBlankValue, valueAt } from '../grid/grid';
import type { Field, InlineBreakdown } from './model';
import type { SheetIndex } from './sheet-index';
import { parseNumberText } from '../text/numbers';

/** "其中：一般公共预算：1325.68", "政府性基金拨款：", "按支出性质分：1925.67" (NFKC, without spaces). */
const INLINE = /^(?:其中:)?([^:]+):([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)?$/;

const isFigure = (value: unknown): boolean =>
  typeof value === 'number' || (typeof value === 'string' && parseNumberText(value)?.prefix === '');

type InlineCell = { readonly row: number; readonly col: number; readonly name: string; readonly amount: Field<number> };

function inlineCell(index: SheetIndex, row: number, col: number): InlineCell | undefined {
  const value = valueAt(index.grid, row, col);
  if (typeof value !== 'string') return undefined;
  const match = INLINE.exec(value.normalize('NFKC').replace(/\s+/g, ''));
  if (!match?.[1]) return undefined;
  const field = index.text({ row, col });
  const figure = match[2] === undefined ? null : Number(match[2].replace(/,/g, ''));
  const amount: Field<number> =
    figure === null
      ? { ref: field.ref, raw: field.raw, value: null, problem: 'blank' }
      : { ref: field.ref, raw: field.raw, value: figure };
  return { row, col, name: match[1], amount };
}

/**
 * The "label：figure" cells of the rows between `first` and `last` that hold no figure in an amount column, grouped by
 * column; each "按…分：figure" cell opens a breakdown whose stated total it is. Returns the rows they fill, too.
 */
export function readInlineBreakdowns(
  index: SheetIndex,
  first: number,
  last: number,
  lastCol: number,
  amountCols: readonly number[],
): { breakdowns: InlineBreakdown[]; rows: Set<number> } {
  const open = new Map<number, { label: Field<string>; stated?: Field<number>; parts: InlineCell[] }>();
  const breakdowns: Array<{ label: Field<string>; stated?: Field<number>; parts: InlineCell[] }> = [];
  const rows = new Set<number>();
  for (let row = first; row <= last; row++) {
    // A figure in an amount column, typed as a number or as text with its unit ("3359.62万"): a row of the table.
    const figures = amountCols.some((col) => isFigure(valueAt(index.grid, row, col)));
    if (figures) continue;
    const cells: InlineCell[] = [];
    for (let col = 0; col <= lastCol; col++) {
      const anchor = anchorOf(index.grid, { row, col });
      if (anchor.col !== col || isBlankValue(valueAt(index.grid, row, col))) continue;
      const cell = inlineCell(index, row, col);
      if (cell) cells.push(cell);
    }
    if (cells.length === 0) continue;
    rows.add(row);
    for (const cell of cells) {
      if (cell.name.startsWith('按')) {
        const group = { label: index.text({ row, col: cell.col }), stated: cell.amount, parts: [] };
        open.set(cell.col, group);
        breakdowns.push(group);
        continue;
      }
      let group = open.get(cell.col);
      if (!group) {
        group = { label: index.text({ row, col: cell.col }), parts: [] };
        open.set(cell.col, group);
        breakdowns.push(group);
      }
      group.parts.push(cell);
    }
  }
  return {
    rows,
    breakdowns: breakdowns.map((g) => ({
      label: g.label,
      ...(g.stated && g.stated.value !== null ? { stated: g.stated } : {}),
      parts: g.parts.map((p) => ({ name: p.name, amount: p.amount })),
    })),
  };
}
