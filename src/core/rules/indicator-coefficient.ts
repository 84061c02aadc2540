// indicator-coefficient: forms scored by 得分系数 (Chongqing) — 指标得分 ≠ 指标权重 × 得分系数, or a coefficient
// above what the completion allows.
import { computeCoefficientScore } from '../calc/coefficient-scoring';
import { nearlyEqual, roundTo, scoresEqual } from '../calc/compare';
import { SCORE_DECIMALS, shownIndicatorNumber } from '../calc/scoring';
import { formatPercent, formatScore } from '../text/format';
import { indicatorPercent, indicatorUnit } from '../rule-kit/indicator-values';
import { defineRule } from '../rule-kit/rule';

export default defineRule({
  meta: {
    id: 'indicator-coefficient',
    name: '得分系数与完成情况不符',
    severity: 'error',
    description:
      'Forms scored by 得分系数: 指标得分 ≠ 指标权重 × 得分系数, or 得分系数 above the completion (met → 100%, else actual ÷ target).',
    messages: {
      product:
        '指标“{{name}}”的指标得分填写为 {{stated}}分，但指标权重 {{weight}}分 × 得分系数 {{coefficient}} = {{expected}}分。请改为 {{expected}}分。',
      coefficient:
        '指标“{{name}}”全年完成值 {{actual}}，年初指标值 {{target}}，完成程度 {{rate}}，但得分系数填写为 {{coefficient}}、指标得分 {{stated}}分。按完成程度，得分系数应不高于 {{rate}}，指标得分为 {{weight}}分 × {{rate}} = {{expected}}分；如另有原因，请在说明中写明。',
    },
  },
  check(context) {
    for (const indicator of context.model.data?.indicators?.rows ?? []) {
      const coefficient = indicator.coefficient;
      const score = indicator.score;
      const weight = indicator.weight?.value;
      if (!coefficient || coefficient.value === null || !score || score.value === null || weight == null) continue;
      const calc = computeCoefficientScore(indicator, context.settings.scoring);
      const base = {
        name: indicator.name.value ?? '',
        stated: formatScore(score.value),
        weight: formatScore(weight),
        coefficient: formatPercent(coefficient.value),
      };
      const allowed = calc.allowedCoefficient;
      if (allowed !== undefined && coefficient.value > allowed && !nearlyEqual(coefficient.value, allowed, 0.005)) {
        const target = indicator.target.value ?? 0;
        const actual = indicator.actual.value ?? 0;
        const percent = indicatorPercent(indicator);
        const unit = indicatorUnit(indicator);
        const expected = roundTo(weight * allowed, SCORE_DECIMALS);
        context.report({
          messageId: 'coefficient',
          cells: [score.ref, coefficient.ref],
          data: {
            ...base,
            target: shownIndicatorNumber(target, percent, unit),
            actual: shownIndicatorNumber(actual, percent, unit),
            rate: formatPercent(allowed),
            expected: formatScore(expected),
          },
        });
      } else if (calc.product !== undefined && !scoresEqual(score.value, calc.product, context.settings)) {
        context.report({
          messageId: 'product',
          cells: [score.ref],
          data: { ...base, expected: formatScore(calc.product) },
        });
      }
    }
  },
});
