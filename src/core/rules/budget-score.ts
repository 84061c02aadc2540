// budget-score: a budget block with 分值/得分 — the stated 得分 ≠ round(分值 × 执行率, 2), at most 分值.
import { scoresEqual } from '../calc/compare';
import { executionScore, explainExecutionScore, uncappedExecutionScore } from '../calc/scoring';
import { formatPercent, formatScore } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { budgetScoreFix } from '../rule-kit/fix-budget';
import { fixList } from '../rule-kit/fix-cell';

export default defineRule({
  meta: {
    id: 'budget-score',
    name: '预算执行得分错误',
    severity: 'error',
    description: 'Budget block with 分值/得分: stated 得分 ≠ round(分值 × 执行率, 2), capped at 分值.',
    messages: {
      score: '{{row}}的得分填写为 {{stated}}分，{{working}}。请改为 {{expected}}分。',
      aboveWeight:
        '{{row}}的得分填写为 {{stated}}分，超过分值 {{weight}}分：{{system}}按执行率 {{rate}} 计分时不设上限，但得分不能超过分值。请改为 {{expected}}分。',
    },
  },
  check(context) {
    const { scoring } = context.settings;
    for (const calc of context.computed.budget.values()) {
      const { row } = calc;
      const weight = row.weight?.value;
      const score = row.score;
      if (weight == null || !score || score.value === null || calc.rate === undefined) continue;
      const expected = executionScore(weight, calc.rate);
      if (scoresEqual(score.value, expected, context.settings)) continue;
      const rate = formatPercent(calc.rate);
      // A score copied from a system that does not cap (rate above 100% → more than 分值) gets its own explanation.
      const copiedUncapped =
        !scoring.budgetScoreCapped &&
        calc.rate > 1 &&
        scoresEqual(score.value, uncappedExecutionScore(weight, calc.rate), context.settings);
      context.report({
        messageId: copiedUncapped ? 'aboveWeight' : 'score',
        cells: [score.ref],
        data: {
          row: row.label.value ?? '',
          stated: formatScore(score.value),
          weight: formatScore(weight),
          rate,
          expected: formatScore(expected),
          working: explainExecutionScore(weight, calc.rate, rate),
          system: scoring.name,
          expectedScore: expected,
        },
        fix: fixList(budgetScoreFix(context, row)),
      });
    }
  },
});
