// indicator-score: tables with 分值/得分 — the stated indicator 得分 differs from the expected score.
import { scoresEqual } from '../calc/compare';
import { formatPercent, formatScore } from '../text/format';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'indicator-score',
    name: '指标得分计算错误',
    severity: 'error',
    description: 'Stated indicator 得分 ≠ expected (met → 分值; not met → 分值 × completion).',
    messages: {
      met: '指标"{{name}}"已完成年度指标值，应得满分 {{expected}} 分，表中填写 {{stated}} 分。请改为 {{expected}} 分，或在偏差原因中说明。',
      ratio:
        '指标"{{name}}"完成率为 {{rate}}，得分应为 {{expected}} 分（分值 {{weight}} × 完成率），表中填写 {{stated}} 分。请改为 {{expected}} 分。',
    },
  },
  check(context) {
    for (const calc of context.computed.indicators) {
      const { indicator, completion, expectedScore } = calc;
      const score = indicator.score;
      const weight = indicator.weight?.value;
      if (!completion || expectedScore === undefined || weight == null || !score || score.value === null) continue;
      if (scoresEqual(score.value, expectedScore, context.settings)) continue;
      context.report({
        messageId: completion.met ? 'met' : 'ratio',
        cells: [score.ref],
        data: {
          name: indicator.name.value ?? '',
          stated: formatScore(score.value),
          expected: formatScore(expectedScore),
          weight: formatScore(weight),
          rate: formatPercent(Math.min(completion.rate, 1)),
          expectedScore,
        },
      });
    }
  },
});
