// The parent/child relation of budget and "三公" rows, for rules that report a root instead of its consequences, and
// which rows spent more than their budget.
import { BUDGET_PARENT, SANGONG_PARENT } from '../template/labels';
import type { BudgetRow, Field, SangongRow } from '../template/model';

export function budgetChildren(row: BudgetRow, rows: readonly BudgetRow[]): BudgetRow[] {
  return rows.filter((r) => BUDGET_PARENT[r.kind] === row.kind);
}

export function budgetParent(row: BudgetRow, rows: readonly BudgetRow[]): BudgetRow | undefined {
  const parent = BUDGET_PARENT[row.kind];
  return parent === undefined ? undefined : rows.find((r) => r.kind === parent);
}

export function sangongChildren(row: SangongRow, rows: readonly SangongRow[]): SangongRow[] {
  return rows.filter((r) => SANGONG_PARENT[r.kind] === row.kind);
}

/** A row whose 执行数/决算数 exceeds its 预算数 by more than the amount tolerance. */
export function overspent(
  row: { readonly actual?: Field<number>; readonly planned?: Field<number> },
  tolerance: number,
): boolean {
  return row.actual?.value != null && row.planned?.value != null && row.actual.value > row.planned.value + tolerance;
}
