// The 得分系数 scheme of the Chongqing form: 指标得分 = 指标权重 × 得分系数, the coefficient stating the completion.
import type { Indicator } from '../template/model';
import { roundTo } from './compare';
import { indicatorCompletion, SCORE_DECIMALS, type Completion, type ScoringRules } from './scoring';

export type CoefficientCalc = {
  readonly indicator: Indicator;
  /** 指标权重 × 得分系数, 2 decimals. */
  readonly product?: number;
  readonly completion?: Completion;
  /** The coefficient the completion allows: 100% when met, else the completion (between 0 and 100%). */
  readonly allowedCoefficient?: number;
};

export function computeCoefficientScore(indicator: Indicator, rules: ScoringRules): CoefficientCalc {
  const direction = indicator.direction;
  const weight = indicator.weight?.value;
  const coefficient = indicator.coefficient?.value;
  const product = weight != null && coefficient != null ? roundTo(weight * coefficient, SCORE_DECIMALS) : undefined;
  const target = indicator.target.value;
  const actual = indicator.actual.value;
  const completion =
    direction === 'qualitative' || target === null || actual === null
      ? undefined
      : indicatorCompletion(direction, target, actual, rules);
  const allowed = completion && (completion.met ? 1 : Math.min(Math.max(completion.rate, 0), 1));
  return {
    indicator,
    ...(product !== undefined ? { product } : {}),
    ...(completion ? { completion } : {}),
    ...(allowed !== undefined ? { allowedCoefficient: allowed } : {}),
  };
}
