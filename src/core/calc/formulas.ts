// The formulas of rules.md's recalculation table, one small pure function each.
import { isZero } from './compare';
import type { Grade, Settings } from './settings';
import type { Direction } from '../template/model';

/** 执行率 = 全年执行数 ÷ 全年预算数; undefined when the budget is 0 or blank. */
export function executionRate(
  actual: number | null | undefined,
  planned: number | null | undefined,
): number | undefined {
  if (actual === null || actual === undefined || planned === null || planned === undefined || isZero(planned))
    return undefined;
  return actual / planned;
}

/** 预算调整率 = (全年预算数 − 年初预算数) ÷ 年初预算数. */
export function adjustmentRate(
  planned: number | null | undefined,
  initial: number | null | undefined,
): number | undefined {
  if (planned === null || planned === undefined || initial === null || initial === undefined || isZero(initial))
    return undefined;
  return (planned - initial) / initial;
}

/** 差额 = 全年执行数 − 全年预算数 (positive: 超支, negative: 结余). */
export function difference(actual: number, planned: number): number {
  return actual - planned;
}

/** "三公" 控制率 = 决算数 ÷ 预算数. */
export function controlRate(actual: number | null | undefined, planned: number | null | undefined): number | undefined {
  return executionRate(actual, planned);
}

export type Completion = {
  readonly met: boolean;
  /** Fraction; may exceed 1 for ≥ indicators. */ readonly rate: number;
};

/** Indicator completion per direction (rules.md). Qualitative indicators have none. */
export function indicatorCompletion(direction: Direction, target: number, actual: number): Completion | undefined {
  switch (direction) {
    case '>=':
      if (isZero(target)) return { met: actual >= 0, rate: 1 };
      return { met: actual >= target - 1e-9, rate: actual / target };
    case '<=':
      if (actual <= target + 1e-9) return { met: true, rate: 1 };
      return { met: false, rate: isZero(target) ? 0 : target / actual };
    case '=': {
      if (Math.abs(actual - target) <= 1e-9) return { met: true, rate: 1 };
      const max = Math.max(Math.abs(actual), Math.abs(target));
      return { met: false, rate: isZero(max) ? 1 : Math.min(Math.abs(actual), Math.abs(target)) / max };
    }
    case 'qualitative':
      return undefined;
  }
}

/** 同比 change = (actual − previous) ÷ previous. */
export function yearOnYear(actual: number, previous: number): number | undefined {
  return isZero(previous) ? undefined : (actual - previous) / previous;
}

/** Expected indicator score (MoF 财预〔2020〕10号): met → full marks, otherwise marks × completion (capped at 100%). */
export function expectedIndicatorScore(weight: number, completion: Completion): number {
  return completion.met ? weight : weight * Math.min(Math.max(completion.rate, 0), 1);
}

/** Execution-rate score of MoF-style budget tables: 分值 × min(执行率, 100%). */
export function executionScore(weight: number, rate: number): number {
  return weight * Math.min(Math.max(rate, 0), 1);
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
