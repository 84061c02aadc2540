// The parent/child relation of budget and "三公" rows, for rules that report a root instead of its consequences.
import { BUDGET_PARENT, SANGONG_PARENT } from '../template/labels';
import type { BudgetRow, SangongRow } from '../template/model';

export function budgetChildren(row: BudgetRow, rows: readonly BudgetRow[]): BudgetRow[] {
  return rows.filter((r) => BUDGET_PARENT[r.kind] === row.kind);
}

export function sangongChildren(row: SangongRow, rows: readonly SangongRow[]): SangongRow[] {
  return rows.filter((r) => SANGONG_PARENT[r.kind] === row.kind);
}
