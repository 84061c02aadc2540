// Fixes of the budget and "三公" blocks. Parents are recomputed bottom-up, so a fix is what the sheet shows once every
// fix is applied, not a sum of children that are themselves about to change; a fixed amount carries the rates and
// scores of its row and of the rows above it, which follow from it.
import { amountsEqual, percentsEqual, scoresEqual } from '../calc/compare';
import type { Breakdown, BudgetCalc, SangongCalc } from '../calc/compute-workbook';
import { controlRate, executionRate } from '../calc/formulas';
import { executionScore } from '../calc/scoring';
import type { Settings } from '../calc/settings';
import type { FixProposal } from '../finding';
import { toA1 } from '../grid/a1';
import type { CellRef } from '../grid/grid';
import { BUDGET_COLUMN_NAMES, BUDGET_PARENT, SANGONG_COLUMN_NAMES, SANGONG_PARENT } from '../template/labels';
import type { BudgetAmountColumn, BudgetKind, BudgetRow, Field, SangongKind, SangongRow } from '../template/model';
import {
  cellFix,
  differs,
  fixList,
  percentFormat,
  perRun,
  rateFormula,
  refsSumFormula,
  type FixContext,
} from './fix-cell';
import { FIX_TEXTS, fillFixText } from './fix-texts';

type TreeRow<C extends string> = { readonly kind: string; readonly label: Field<string> } & Readonly<
  Partial<Record<C, Field<number>>>
>;
type TreeCalc<R, C extends string> = { readonly row: R; readonly breakdowns: readonly Breakdown<R, C>[] };
type Solved<R> = { readonly value: number | undefined; readonly children?: readonly R[] };
type Solver<R, C extends string> = (row: R, column: C) => Solved<R>;

function solveTree<R extends TreeRow<C>, C extends string>(
  calcs: Iterable<TreeCalc<R, C>>,
  settings: Settings,
): Solver<R, C> {
  const byKind = new Map<string, TreeCalc<R, C>>();
  for (const calc of calcs) byKind.set(calc.row.kind, calc);
  const memo = new Map<string, Solved<R>>();
  const solve = (row: R, column: C): Solved<R> => {
    const key = `${row.kind}:${column}`;
    const known = memo.get(key);
    if (known) return known;
    const field = row[column] as Field<number> | undefined;
    let result: Solved<R> = { value: field?.value ?? undefined };
    const calc = byKind.get(row.kind);
    if (field && calc) {
      const sums = calc.breakdowns
        .filter((b) => b.complete)
        .map((b) => ({
          children: b.children,
          sum: b.children.reduce((s, child) => s + (solve(child, column).value ?? 0), 0),
        }));
      const first = sums[0];
      // Two complete breakdowns that disagree (资金来源 vs 支出类型) say a child is wrong, not the parent: no fix.
      if (first && sums.every((s) => amountsEqual(s.sum, first.sum, settings)))
        result = { value: first.sum, children: first.children };
    }
    memo.set(key, result);
    return result;
  };
  return solve;
}

const budgetSolver = perRun((c): Solver<BudgetRow, BudgetAmountColumn> =>
  solveTree<BudgetRow, BudgetAmountColumn>(c.computed.budget.values(), c.settings),
);
const sangongSolver = perRun((c): Solver<SangongRow, 'planned' | 'actual'> =>
  solveTree<SangongRow, 'planned' | 'actual'>(c.computed.sangong.values(), c.settings),
);

function rowName(label: Field<string>): string {
  return (label.value ?? '').replace(/^其中[:：]\s*/, '').trim();
}

/** The amount a parent row adds up to once its children are fixed, with the formula over them. */
function amountFix<R extends TreeRow<C>, C extends string>(
  context: FixContext,
  solve: Solver<R, C>,
  row: R,
  column: C,
  what: string,
): FixProposal | undefined {
  const field = row[column] as Field<number> | undefined;
  const solved = solve(row, column);
  const value = solved.value;
  if (!solved.children || value === undefined) return undefined;
  if (!differs(field, (v) => amountsEqual(v, value, context.settings))) return undefined;
  const children = solved.children.map((c) => (c[column] as Field<number> | undefined)?.ref);
  return cellFix(field, what, value, { formula: refsSumFormula(children) });
}

export function budgetAmountFix(context: FixContext, row: BudgetRow, column: BudgetAmountColumn) {
  const what = fillFixText(FIX_TEXTS.budgetAmount, { row: rowName(row.label), column: BUDGET_COLUMN_NAMES[column] });
  return amountFix(context, budgetSolver(context), row, column, what);
}

/** 执行率 over the fixed amounts. */
function solvedRate(context: FixContext, row: BudgetRow): number | undefined {
  const solve = budgetSolver(context);
  return executionRate(solve(row, 'actual').value, solve(row, 'planned').value);
}

export function budgetRateFix(context: FixContext, row: BudgetRow): FixProposal | undefined {
  const rate = solvedRate(context, row);
  const stated = row.rate;
  if (rate === undefined || !differs(stated, (v) => percentsEqual(v, rate, stated?.decimals, context.settings)))
    return undefined;
  return cellFix(stated, fillFixText(FIX_TEXTS.budgetRate, { row: rowName(row.label) }), rate, {
    formula: rateFormula(row.actual?.ref, row.planned?.ref),
    numFmt: percentFormat(stated),
  });
}

/** round(分值 × min(执行率, 100%), 2) over the row's own cells. */
function budgetScoreFormula(actual?: CellRef, planned?: CellRef, weight?: CellRef): string | undefined {
  if (!actual || !planned || !weight) return undefined;
  return `ROUND(MIN(${toA1(actual)}/${toA1(planned)},1)*${toA1(weight)},2)`;
}

export function budgetScoreFix(context: FixContext, row: BudgetRow): FixProposal | undefined {
  const rate = solvedRate(context, row);
  const weight = row.weight?.value;
  if (rate === undefined || weight == null) return undefined;
  const expected = executionScore(weight, rate);
  if (!differs(row.score, (v) => scoresEqual(v, expected, context.settings))) return undefined;
  return cellFix(row.score, fillFixText(FIX_TEXTS.budgetScore, { row: rowName(row.label) }), expected, {
    formula: budgetScoreFormula(row.actual?.ref, row.planned?.ref, row.weight?.ref),
  });
}

/** The rows from `kind` up to 年度资金总额 (or the "三公" 合计), those present. */
function lineage<K extends string, C>(
  kind: K,
  parents: Readonly<Partial<Record<K, K>>>,
  calcs: ReadonlyMap<K, C>,
): C[] {
  const out: C[] = [];
  for (let k: K | undefined = kind; k !== undefined; k = parents[k]) {
    const calc = calcs.get(k);
    if (calc) out.push(calc);
  }
  return out;
}

/**
 * The fix of a budget row's amounts in `columns` and everything that follows from it: the same columns of the rows
 * above, and the 执行率 and 得分 of each of those rows.
 */
export function budgetFixes(
  context: FixContext,
  row: BudgetRow,
  columns: readonly BudgetAmountColumn[],
): FixProposal[] {
  return lineage<BudgetKind, BudgetCalc>(row.kind, BUDGET_PARENT, context.computed.budget).flatMap(({ row: r }) =>
    fixList(
      ...columns.map((column) => budgetAmountFix(context, r, column)),
      budgetRateFix(context, r),
      budgetScoreFix(context, r),
    ),
  );
}

export function sangongRateFix(context: FixContext, row: SangongRow): FixProposal | undefined {
  const solve = sangongSolver(context);
  const rate = controlRate(solve(row, 'actual').value, solve(row, 'planned').value);
  const stated = row.rate;
  if (rate === undefined || !differs(stated, (v) => percentsEqual(v, rate, stated?.decimals, context.settings)))
    return undefined;
  return cellFix(stated, fillFixText(FIX_TEXTS.sangongRate, { row: rowName(row.label) }), rate, {
    formula: rateFormula(row.actual?.ref, row.planned?.ref),
    numFmt: percentFormat(stated),
  });
}

/** The "三公" counterpart of budgetFixes: the amounts of the row and the rows above, and their 控制率. */
export function sangongFixes(
  context: FixContext,
  row: SangongRow,
  columns: ReadonlyArray<'planned' | 'actual'>,
): FixProposal[] {
  const solve = sangongSolver(context);
  return lineage<SangongKind, SangongCalc>(row.kind, SANGONG_PARENT, context.computed.sangong).flatMap(({ row: r }) =>
    fixList(
      ...columns.map((column) => {
        const what = fillFixText(FIX_TEXTS.sangongAmount, {
          row: rowName(r.label),
          column: SANGONG_COLUMN_NAMES[column],
        });
        return amountFix(context, solve, r, column, what);
      }),
      sangongRateFix(context, r),
    ),
  );
}
