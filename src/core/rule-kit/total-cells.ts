// The total, subtotal and rate cells of each block, with the rows their sums should cover (hardcoded-total, formula-range).
import { toA1 } from '../grid/a1';
import type { CellRef } from '../grid/grid';
import type { Field, WorkbookModel } from '../template/model';
import { BUDGET_AMOUNT_COLUMNS } from '../template/model';
import { BUDGET_COLUMN_NAMES, SANGONG_COLUMN_NAMES } from '../template/labels';
import { leavesOf } from '../template/parse-score-sheet';
import type { Computed } from '../calc/compute-workbook';
import { rowLabel } from './naming';

export type TotalCell = {
  readonly field: Field<number>;
  /** Chinese name of the cell for messages ("年度资金总额的全年预算数"). */
  readonly what: string;
  /** For sums: each acceptable set of child rows (a parent split two ways has two); empty for rates. */
  readonly childRowSets: ReadonlyArray<readonly number[]>;
  readonly kind: 'sum' | 'rate';
};

export type TotalBlock = { readonly name: string; readonly cells: readonly TotalCell[] };

export function totalBlocks(model: WorkbookModel, computed: Computed): TotalBlock[] {
  const blocks: TotalBlock[] = [];
  const data = model.data;
  if (data?.budget) {
    const cells: TotalCell[] = [];
    for (const calc of computed.budget.values()) {
      const name = rowLabel(calc.row.label.value, '');
      if (calc.breakdowns.length > 0) {
        for (const col of BUDGET_AMOUNT_COLUMNS) {
          const field = calc.row[col];
          if (field)
            cells.push({
              field,
              what: `${name}的${BUDGET_COLUMN_NAMES[col]}`,
              childRowSets: calc.breakdowns.map((b) => b.children.map((c) => c.row)),
              kind: 'sum',
            });
        }
      }
      if (calc.row.rate)
        cells.push({
          field: calc.row.rate,
          what: `${name}的${BUDGET_COLUMN_NAMES.rate}`,
          childRowSets: [],
          kind: 'rate',
        });
    }
    blocks.push({ name: 'budget', cells });
  }
  if (data?.sangong) {
    const cells: TotalCell[] = [];
    for (const calc of computed.sangong.values()) {
      const name = rowLabel(calc.row.label.value, '');
      if (calc.breakdowns.length > 0) {
        for (const col of ['planned', 'actual'] as const) {
          const field = calc.row[col];
          if (field)
            cells.push({
              field,
              what: `"三公"经费${name}的${SANGONG_COLUMN_NAMES[col]}`,
              childRowSets: calc.breakdowns.map((b) => b.children.map((c) => c.row)),
              kind: 'sum',
            });
        }
      }
      if (calc.row.rate)
        cells.push({
          field: calc.row.rate,
          what: `"三公"经费${name}的${SANGONG_COLUMN_NAMES.rate}`,
          childRowSets: [],
          kind: 'rate',
        });
    }
    blocks.push({ name: 'sangong', cells });
  }
  if (data?.indicators) {
    const cells: TotalCell[] = [];
    for (const ind of data.indicators.rows) {
      if (ind.statedRate && ind.direction !== 'qualitative')
        cells.push({
          field: ind.statedRate,
          what: `指标"${ind.name.value ?? ''}"的完成率`,
          childRowSets: [],
          kind: 'rate',
        });
    }
    blocks.push({ name: 'indicators', cells });
  }
  const score = model.score;
  if (score?.total) {
    const cells: TotalCell[] = [];
    const leaves = leavesOf(score.roots).map((l) => l.row);
    const weight = score.total.weight;
    if (weight) {
      const col = weight.ref.col;
      const { l1Weight, l2Weight } = score.columns;
      const rows =
        col === l1Weight && !score.roots.some((r) => r.weightInName)
          ? score.roots.map((r) => r.name.ref.row)
          : col === l2Weight
            ? score.roots.flatMap((r) => r.children.map((c) => c.name.ref.row))
            : leaves;
      cells.push({ field: weight, what: '评分表合计权重', childRowSets: [rows], kind: 'sum' });
    }
    if (score.total.score)
      cells.push({ field: score.total.score, what: '评分表合计得分', childRowSets: [leaves], kind: 'sum' });
    blocks.push({ name: 'score', cells });
  }
  return blocks;
}

export function isFormulaCell(field: Field<number>): boolean {
  return field.formula !== undefined && field.formula.trim() !== '';
}

export function refKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.row}:${ref.col}`;
}

/** The formula a total over `rows` of column `col` should hold: SUM(a:b) for a contiguous run, else a + chain. */
export function sumFormula(col: number, rows: readonly number[]): string {
  const letters = toA1({ row: 0, col }).replace(/\d+$/, '');
  const sorted = [...rows].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first !== undefined && last !== undefined && sorted.length >= 2 && last - first + 1 === sorted.length)
    return `SUM(${letters}${first + 1}:${letters}${last + 1})`;
  return sorted.map((row) => `${letters}${row + 1}`).join('+');
}
