// The scoring rule set of a form family: how indicators and the execution rate are scored, as data (rules.md).
import type { Direction } from '../template/model';
import { fillTemplate } from '../messages';
import { isZero, roundTo } from './compare';
import { COMPLETION_TEXTS, QUALITATIVE_LEVEL_WORDS, SCORING_TEXTS } from './scoring-texts';

/** How a ≤ (reverse) indicator that missed its target is scored. */
export const REVERSE_FORMULAS = ['linear-to-double', 'target-over-actual'] as const;
export type ReverseFormula = (typeof REVERSE_FORMULAS)[number];

/** The three levels a 定性 indicator's result is stated in (the national system's drop-down). */
export const QUALITATIVE_LEVELS = ['met', 'partial', 'unmet'] as const;
export type QualitativeLevel = (typeof QUALITATIVE_LEVELS)[number];

export type ScoringRules = {
  /** Chinese name of the rule set, said in messages where the family matters ("全国绩效管理系统"). */
  readonly name: string;
  /**
   * ≤ indicators over target: 'linear-to-double' (national: (1 − (B − A) ÷ A) × 分值 while B < 2A, 0 from 2A on),
   * 'target-over-actual' (some provinces: A ÷ B × 分值).
   */
  readonly reverse: ReverseFormula;
  /**
   * Lower bounds of the 定性 bands, as fractions of 分值: 达成 [met, 100%], 部分达成 [partial, met),
   * 未达成 [0, partial).
   */
  readonly qualitativeBands: { readonly met: number; readonly partial: number };
  /** An actual at or above this multiple of a ≥ target must explain the over-completion in 偏差原因. */
  readonly overCompletionRatio: number;
  /**
   * Whether the family's own system caps the execution-rate score at 分值. The national system does not (a rate above
   * 100% gives more than 分值), so a score copied from it can exceed 分值; the check always expects at most 分值.
   */
  readonly budgetScoreCapped: boolean;
};

/** The national performance system behind 预算管理一体化 (pmkpi, PERF_T_WARNSET self* rules): the default. */
export const NATIONAL_SCORING: ScoringRules = {
  name: '全国预算管理一体化绩效管理系统',
  reverse: 'linear-to-double',
  qualitativeBands: { met: 0.8, partial: 0.6 },
  overCompletionRatio: 1.2,
  budgetScoreCapped: false,
};

/** Scores are kept to 2 decimals, as the system rounds them. */
export const SCORE_DECIMALS = 2;

export type Completion = {
  readonly met: boolean;
  /** Fraction; may exceed 1 for ≥ and = indicators. For ≤ indicators it is the share of 分值 earned. */
  readonly rate: number;
};

/** Indicator completion per direction under a family's rules (rules.md). Qualitative indicators have none. */
export function indicatorCompletion(
  direction: Direction,
  target: number,
  actual: number,
  rules: ScoringRules = NATIONAL_SCORING,
): Completion | undefined {
  switch (direction) {
    case '>=':
      return positiveCompletion(target, actual);
    case '=':
      // The system scores = like ≥, except that a target of 0 is met only by an actual of 0 or less.
      if (isZero(target)) return actual <= 1e-9 ? { met: true, rate: 1 } : { met: false, rate: 0 };
      return positiveCompletion(target, actual);
    case '<=':
      if (actual <= target + 1e-9) return { met: true, rate: 1 };
      if (rules.reverse === 'target-over-actual') return { met: false, rate: isZero(actual) ? 0 : target / actual };
      if (target <= 0 || actual >= 2 * target - 1e-9) return { met: false, rate: 0 };
      return { met: false, rate: 1 - (actual - target) / target };
    case 'qualitative':
      return undefined;
  }
}

function positiveCompletion(target: number, actual: number): Completion {
  if (isZero(target)) return { met: actual >= 0, rate: 1 };
  return { met: actual >= target - 1e-9, rate: actual / target };
}

/** Expected indicator score: met → 分值, else round(分值 × completion, 2), never above 分值 nor below 0. */
export function expectedIndicatorScore(weight: number, completion: Completion): number {
  if (completion.met) return weight;
  return roundTo(weight * Math.min(Math.max(completion.rate, 0), 1), SCORE_DECIMALS);
}

/** Execution-rate score: round(分值 × 执行率, 2), at most 分值 (a rate above 100% counts as 100%). */
export function executionScore(weight: number, rate: number): number {
  return roundTo(weight * Math.min(Math.max(rate, 0), 1), SCORE_DECIMALS);
}

/** What the national system itself computes for the execution rate: no cap at 分值. */
export function uncappedExecutionScore(weight: number, rate: number): number {
  return roundTo(weight * Math.max(rate, 0), SCORE_DECIMALS);
}

export type ScoreBand = {
  readonly level: QualitativeLevel;
  /** Lowest score of the band (inclusive). */
  readonly low: number;
  /** Highest score: inclusive for 达成 (分值), exclusive for the other two. */
  readonly high: number;
  readonly highInclusive: boolean;
};

/** The band a 定性 level allows for `weight` points; the bounds are rounded to 2 decimals as the system does. */
export function qualitativeBand(level: QualitativeLevel, weight: number, rules: ScoringRules): ScoreBand {
  const met = roundTo(weight * rules.qualitativeBands.met, SCORE_DECIMALS);
  const partial = roundTo(weight * rules.qualitativeBands.partial, SCORE_DECIMALS);
  switch (level) {
    case 'met':
      return { level, low: met, high: weight, highInclusive: true };
    case 'partial':
      return { level, low: partial, high: met, highInclusive: false };
    case 'unmet':
      return { level, low: 0, high: partial, highInclusive: false };
  }
}

/** Whether a stated score lies in the band (compared at 2 decimals, so float noise never moves a score across). */
export function scoreInBand(score: number, band: ScoreBand): boolean {
  const s = roundTo(score, SCORE_DECIMALS);
  if (s < band.low - 1e-9) return false;
  return band.highInclusive ? s <= band.high + 1e-9 : s < band.high - 1e-9;
}

/** The level a 定性 result states: one of the level words, or the target restated word for word (achieved as set). */
export function qualitativeLevelOf(actualText: string, targetText: string): QualitativeLevel | undefined {
  const fold = (t: string) => t.normalize('NFKC').replace(/[\s\u3000。.]+/g, '');
  const actual = fold(actualText);
  if (actual === '') return undefined;
  for (const [level, words] of QUALITATIVE_LEVEL_WORDS) if (words.test(actual)) return level;
  const target = fold(targetText);
  return target !== '' && actual === target ? 'met' : undefined;
}

/** A number as a message shows it: percentages as "95%", others without trailing zeros; the unit is appended. */
export function shownIndicatorNumber(value: number, percent: boolean, unit = ''): string {
  if (percent) return `${roundTo(value * 100, 2)}%`;
  return `${roundTo(value, 4)}${unit}`;
}

export type ScoreWorkingInput = {
  readonly direction: Direction;
  readonly target: number;
  readonly actual: number;
  readonly weight: number;
  readonly percent: boolean;
  readonly unit?: string;
};

/** How the expected score of one quantitative indicator is worked out, in words ("按反向指标计分：…"). */
export function explainIndicatorScore(input: ScoreWorkingInput, rules: ScoringRules): string {
  const { direction, target, actual, weight } = input;
  const completion = indicatorCompletion(direction, target, actual, rules);
  if (!completion) return '';
  const data = {
    target: shownIndicatorNumber(target, input.percent, input.unit),
    actual: shownIndicatorNumber(actual, input.percent, input.unit),
    weight: String(roundTo(weight, SCORE_DECIMALS)),
    expected: String(expectedIndicatorScore(weight, completion)),
  };
  const key = ((): keyof typeof SCORING_TEXTS => {
    switch (direction) {
      case '>=':
        return completion.met ? 'positiveMet' : 'positiveRatio';
      case '=':
        if (isZero(target)) return completion.met ? 'equalZeroMet' : 'equalZeroMissed';
        return completion.met ? 'equalMet' : 'equalRatio';
      default:
        if (completion.met) return 'reverseMet';
        if (rules.reverse === 'target-over-actual') return 'reverseRatio';
        if (target <= 0) return 'reverseZeroMissed';
        return completion.rate <= 0 ? 'reverseDouble' : 'reverseLinear';
    }
  })();
  return fillTemplate(SCORING_TEXTS[key], data);
}

/** How the completion rate of one quantitative indicator is worked out, in words; `shownRate` is the formatted rate. */
export function explainCompletion(
  input: Omit<ScoreWorkingInput, 'weight'>,
  rules: ScoringRules,
  shownRate: (rate: number) => string,
): string {
  const { direction, target, actual } = input;
  const completion = indicatorCompletion(direction, target, actual, rules);
  if (!completion) return '';
  const data = {
    target: shownIndicatorNumber(target, input.percent, input.unit),
    actual: shownIndicatorNumber(actual, input.percent, input.unit),
    rate: shownRate(completion.rate),
  };
  const key = ((): keyof typeof COMPLETION_TEXTS => {
    switch (direction) {
      case '>=':
        return isZero(target) ? 'positiveZero' : 'positive';
      case '=':
        if (isZero(target)) return completion.met ? 'equalZeroMet' : 'equalZeroMissed';
        return 'equal';
      default:
        if (completion.met) return 'reverseMet';
        if (rules.reverse === 'target-over-actual') return 'reverseRatio';
        if (target <= 0) return 'reverseZeroMissed';
        return completion.rate <= 0 ? 'reverseDouble' : 'reverseLinear';
    }
  })();
  return fillTemplate(COMPLETION_TEXTS[key], data);
}

/** How the execution-rate score is worked out, in words ("按执行率计分：10分 × 100.00% = 10分"). */
export function explainExecutionScore(weight: number, rate: number, shownRate: string): string {
  const data = {
    weight: String(roundTo(weight, SCORE_DECIMALS)),
    rate: shownRate,
    expected: String(executionScore(weight, rate)),
  };
  // A rate that shows as 100.00% is not "above 100%" to the reader, though a few 元 over budget make it so.
  const above = roundTo(rate * 100, 2) > 100;
  return fillTemplate(above ? SCORING_TEXTS.executionCapped : SCORING_TEXTS.executionWithin, data);
}
