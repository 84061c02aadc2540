// The formulas of rules.md's recalculation table, one small pure function each (indicator and execution scoring:
// scoring.ts, the family's rule set).
import { isZero } from './compare';
import type { Grade, Settings } from './settings';

/** An amount as a cell gives it: a number, or null/undefined when blank or not a number. */
type Amount = number | null | undefined;

/** numerator ÷ denominator; undefined when either is blank or the denominator is 0. */
function ratio(numerator: Amount, denominator: Amount): number | undefined {
  if (numerator == null || denominator == null || isZero(denominator)) return undefined;
  return numerator / denominator;
}

/** 执行率 = 全年执行数 ÷ 全年预算数; undefined when the budget is 0 or blank. */
export function executionRate(actual: Amount, planned: Amount): number | undefined {
  return ratio(actual, planned);
}

/** 预算调整率 = (全年预算数 − 年初预算数) ÷ 年初预算数. */
export function adjustmentRate(planned: Amount, initial: Amount): number | undefined {
  return planned == null || initial == null ? undefined : ratio(planned - initial, initial);
}

/** 差额 = 全年执行数 − 全年预算数 (positive: 超支, negative: 结余). */
export function difference(actual: number, planned: number): number {
  return actual - planned;
}

/** "三公" 控制率 = 决算数 ÷ 预算数. */
export function controlRate(actual: Amount, planned: Amount): number | undefined {
  return executionRate(actual, planned);
}

/** 同比 change = (actual − previous) ÷ previous. */
export function yearOnYear(actual: number, previous: number): number | undefined {
  return isZero(previous) ? undefined : (actual - previous) / previous;
}

/** Linked "三公" score: full marks when 决算 ≤ 预算, else 权重 × 预算 ÷ 决算. */
export function sangongScore(weight: number, planned: number, actual: number): number {
  if (actual <= planned + 1e-9) return weight;
  return isZero(actual) ? weight : (weight * planned) / actual;
}

export function gradeFor(total: number, settings: Settings): Grade {
  for (const band of settings.gradeBands) if (total >= band.min - 1e-9) return band.grade;
  return '差';
}
