// The score of a form that scores its own rows (a project form): budget execution 分值 × min(执行率, 100%) plus the
// indicators' 得分 as the form states them (docs/scoring.md). No score sheet is needed; a one-sheet form whose indicator
// block was also read as a score sheet adds its budget score to that sheet's total.
import type { BudgetRow, DataTable, Field, WorkbookModel } from '../template/model';
import { fillTemplate } from '../messages';
import { formatPercent, formatScore } from '../text/format';
import { roundTo } from './compare';
import type { BudgetCalc, ScoreCalc } from './compute-workbook';
import { executionScore } from './scoring';
import { INLINE_TOTAL_TEXTS } from './scoring-texts';

/** The budget execution part of the total. `score` is undefined while it cannot be known (blank, no rate). */
export type BudgetScore = {
  readonly row: BudgetRow;
  /** The form's own 分值 for budget execution: the total row's 分值 cell, or the header's "（20分）". */
  readonly weight: Field<number> & { readonly value: number };
  /** 全年执行数 ÷ 全年预算数 of the total row, when both are stated. */
  readonly rate?: number;
  readonly score?: number;
  /**
   * 'rate': 分值 × min(执行率, 100%); 'parts': the same over the sums of the total's parts, where the total row's own
   * amounts disagree with them (budget-rollup reports that); 'stated': the 得分 as written, the rate being unknown.
   */
  readonly from: 'rate' | 'parts' | 'stated';
};

/** The full marks of a form's total where it states none: the grade bands are on a 100-point scale. */
export const FULL_MARKS = 100;

/** Whether a data table scores its own indicators (a 得分 column): it then carries the form's scores inline. */
export function carriesInlineScores(data: DataTable | undefined): data is DataTable {
  return data?.indicators?.columns.score !== undefined;
}

/** Whether a stated score still has to be filled: blank or unreadable, not a "—" that says the row is not scored. */
export function scoreToFill(field: Field<number> | undefined): boolean {
  return !field || (field.value === null && field.problem !== 'not-applicable');
}

/**
 * The budget execution score of the total row, when the form gives budget execution points; `partsRate` is the rate
 * over the total's parts where the total row's own amounts disagree with them (budget-rollup reports that).
 */
export function budgetScoreOf(
  data: DataTable,
  total: BudgetCalc | undefined,
  partsRate: number | undefined,
): BudgetScore | undefined {
  const row = total?.row;
  const weight = row?.weight?.value != null ? row.weight : data.budget?.headerWeight;
  if (!row || !weight || weight.value === null) return undefined;
  const points = { ...weight, value: weight.value };
  if (partsRate !== undefined) {
    return { row, weight: points, rate: partsRate, score: executionScore(weight.value, partsRate), from: 'parts' };
  }
  if (total?.rate !== undefined) {
    return { row, weight: points, rate: total.rate, score: executionScore(weight.value, total.rate), from: 'rate' };
  }
  const stated = row.score?.value ?? undefined;
  return { row, weight: points, ...(stated !== undefined ? { score: stated } : {}), from: 'stated' };
}

/** The indicator 得分 cells a form without a score sheet adds into its total, in row order. */
export function indicatorScoresOf(model: WorkbookModel): Field<number>[] {
  const rows = (model.data?.indicators?.rows ?? []).filter((r) => !r.subtotal);
  return rows.map((r) => r.score).filter((s): s is Field<number> => s !== undefined);
}

/** Up to this many indicator scores are written out one by one in the arithmetic; more are given as their sum. */
const PARTS_SHOWN = 15;

/** The budget part of the total in words: "预算执行得分 9.91分（10分 × 执行率 99.10%）". */
export function explainBudgetScore(budget: BudgetScore): string {
  const data = {
    score: formatScore(budget.score ?? 0),
    weight: formatScore(budget.weight.value),
    rate: budget.rate === undefined ? '' : formatPercent(budget.rate),
  };
  if (budget.from === 'stated' || budget.rate === undefined) return fillTemplate(INLINE_TOTAL_TEXTS.budgetStated, data);
  if (budget.from === 'parts') return fillTemplate(INLINE_TOTAL_TEXTS.budgetParts, data);
  const capped = roundTo(budget.rate * 100, 2) > 100;
  const working = fillTemplate(capped ? INLINE_TOTAL_TEXTS.budgetCapped : INLINE_TOTAL_TEXTS.budgetRate, data);
  const written = budget.row.score?.value;
  if (written == null || budget.score === undefined || Math.abs(written - budget.score) < 0.005) return working;
  // "（10分 × 执行率 99.10%）" becomes "（10分 × 执行率 99.10%，表中填写 9分）".
  return `${working.slice(0, -1)}${fillTemplate(INLINE_TOTAL_TEXTS.budgetWritten, { written: formatScore(written) })}）`;
}

/** How a project form's total is made up: "预算执行得分 … + 各指标得分 13 + 15 + …" (the caller adds "= total"). */
export function explainInlineTotal(score: ScoreCalc): string {
  const parts: string[] = [];
  if (score.budget) parts.push(explainBudgetScore(score.budget));
  const scores = score.indicatorScores;
  if (scores) {
    const values = scores.map((f) => f.value ?? 0);
    const sum = values.reduce((s, v) => s + v, 0);
    parts.push(
      values.length <= PARTS_SHOWN
        ? fillTemplate(INLINE_TOTAL_TEXTS.indicators, { parts: values.map(formatScore).join(' + ') })
        : fillTemplate(INLINE_TOTAL_TEXTS.indicatorSum, { sum: formatScore(sum) }),
    );
  } else {
    const budgetPart = score.budget?.score ?? 0;
    parts.push(fillTemplate(INLINE_TOTAL_TEXTS.sheetSum, { sum: formatScore(score.total - budgetPart) }));
  }
  return parts.join(' + ');
}

/** Whether the recomputed total is the form's: no score left to fill and no point of the full marks unseen. */
export function totalKnown(score: ScoreCalc): boolean {
  return score.blankScores === 0 && score.unseenWeight === undefined;
}

/** Whether a total is a project form's (scored on its own rows) rather than a score sheet's alone. */
export function isInlineTotal(score: ScoreCalc): boolean {
  return score.budget !== undefined || score.indicatorScores !== undefined;
}
