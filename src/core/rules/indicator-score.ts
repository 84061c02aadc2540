// indicator-score: tables with 分值/得分 — the stated indicator 得分 differs from the score the family's rules give.
import { scoresEqual } from '../calc/compare';
import { explainIndicatorScore } from '../calc/scoring';
import { formatScore } from '../text/format';
import { indicatorPercent, indicatorUnit } from '../rule-kit/indicator-values';
import { defineRule } from '../rule-kit/rule';
import { fixList } from '../rule-kit/fix-cell';
import { indicatorScoreFix } from '../rule-kit/fix-indicators';

export default defineRule({
  meta: {
    id: 'indicator-score',
    name: '指标得分计算错误',
    severity: 'error',
    description: "Stated indicator 得分 ≠ the family's scoring rule (met → 分值; not met → ≥/=/≤ formula, 2 decimals).",
    messages: {
      score: '指标“{{name}}”的得分填写为 {{stated}}分，{{working}}。请改为 {{expected}}分。',
    },
  },
  check(context) {
    for (const calc of context.computed.indicators) {
      const { indicator, completion, expectedScore } = calc;
      const score = indicator.score;
      const weight = indicator.weight?.value;
      const target = indicator.target.value;
      const actual = indicator.actual.value;
      if (!completion || expectedScore === undefined || weight == null || !score || score.value === null) continue;
      if (target === null || actual === null) continue;
      if (scoresEqual(score.value, expectedScore, context.settings)) continue;
      const working = explainIndicatorScore(
        {
          direction: indicator.direction,
          target,
          actual,
          weight,
          percent: indicatorPercent(indicator),
          unit: indicatorUnit(indicator),
        },
        context.settings.scoring,
      );
      context.report({
        messageId: 'score',
        cells: [score.ref],
        data: {
          name: indicator.name.value ?? '',
          stated: formatScore(score.value),
          expected: formatScore(expectedScore),
          working,
          expectedScore,
        },
        fix: fixList(indicatorScoreFix(context, calc)),
      });
    }
  },
});
