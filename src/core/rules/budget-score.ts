// budget-score: MoF-style budget block — the stated 得分 ≠ 分值 × min(执行率, 100%).
import { scoresEqual } from '../calc/compare';
import { executionScore } from '../calc/formulas';
import { formatPercent, formatScore } from '../text/format';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'budget-score',
    name: '预算执行得分错误',
    severity: 'error',
    description: 'Budget block with 分值/得分: stated 得分 ≠ 分值 × min(执行率, 100%).',
    messages: {
      score:
        '{{row}}的得分填写为 {{stated}} 分，按分值 {{weight}} × min(执行率 {{rate}}, 100%) 应为 {{expected}} 分。请改为 {{expected}} 分。',
    },
  },
  check(context) {
    for (const calc of context.computed.budget.values()) {
      const { row } = calc;
      const weight = row.weight?.value;
      const score = row.score;
      if (weight == null || !score || score.value === null || calc.rate === undefined) continue;
      const expected = executionScore(weight, calc.rate);
      if (scoresEqual(score.value, expected, context.settings)) continue;
      context.report({
        messageId: 'score',
        cells: [score.ref],
        data: {
          row: row.label.value ?? '',
          stated: formatScore(score.value),
          weight: formatScore(weight),
          rate: formatPercent(calc.rate),
          expected: formatScore(expected),
          expectedScore: expected,
        },
      });
    }
  },
});
