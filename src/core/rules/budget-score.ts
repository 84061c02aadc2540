// budget-score: a budget block with 分值/得分 — the stated 得分 ≠ round(分值 × 执行率, 2), at most 分值.
import { roundTo, scoresEqual } from '../calc/compare';
import { executionScore, explainExecutionScore, uncappedExecutionScore } from '../calc/scoring';
import { formatPercent, formatScore } from '../text/format';
import { defineRule, type RuleContext } from '../rule-kit/rule';
import { FULL_MARKS } from '../calc/inline-score';
import { budgetScoreFix } from '../rule-kit/fix-budget';
import { fixList } from '../rule-kit/fix-cell';
import { formScoreDecimals, scoreAgrees, WHOLE_POINTS } from '../rule-kit/score-precision';
import { fillTemplate } from '../messages';

/**
 * A project form scores budget execution and its indicators out of one total (its 总分 分值, else 100): a budget 分值
 * that takes the whole of it while the indicators carry points of their own cannot be right (鄂州市 F6: 100 + 70).
 */
function checkWeightAll(context: RuleContext<'weightAll'>): void {
  const { model, computed } = context;
  const weight = computed.score?.budget?.weight;
  const rows = model.data?.indicators?.rows ?? [];
  const indicators = rows.reduce((sum, r) => sum + (r.weight?.value ?? 0), 0);
  const full = model.data?.statedWeight?.value ?? FULL_MARKS;
  if (!weight || model.score || indicators <= 0 || weight.value < full) return;
  context.report({
    messageId: 'weightAll',
    cells: [weight.ref],
    data: {
      row: computed.score?.budget?.row.label.value ?? '',
      weight: formatScore(weight.value),
      full: formatScore(full),
      indicators: formatScore(indicators),
      sum: formatScore(weight.value + indicators),
    },
  });
}

export default defineRule({
  meta: {
    id: 'budget-score',
    name: '预算执行得分错误',
    severity: 'error',
    description: 'Budget block with 分值/得分: stated 得分 ≠ round(分值 × 执行率, 2), capped at 分值.',
    messages: {
      score: '{{row}}的得分填写为 {{stated}}分，{{working}}。请改为 {{expected}}分。',
      weightAll:
        '{{row}}的分值填写为 {{weight}}分，已占满总分 {{full}}分，但绩效指标另有分值 {{indicators}}分（合计 {{sum}}分）。请核对预算执行的分值（财预〔2020〕10号的项目支出绩效自评表为 10分）。',
      aboveWeight:
        '{{row}}的得分填写为 {{stated}}分，超过分值 {{weight}}分：{{system}}按执行率 {{rate}} 计分时不设上限，但得分不能超过分值。请改为 {{expected}}分。',
    },
  },
  check(context) {
    checkWeightAll(context);
    const { scoring } = context.settings;
    const decimals = formScoreDecimals(context.model);
    for (const calc of context.computed.budget.values()) {
      const { row } = calc;
      const weight = row.weight?.value;
      const score = row.score;
      if (weight == null || !score || score.value === null || calc.rate === undefined) continue;
      const exact = executionScore(weight, calc.rate);
      if (scoreAgrees(score.value, exact, decimals, context.settings)) continue;
      const expected = decimals === undefined ? exact : roundTo(exact, decimals);
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
          working:
            explainExecutionScore(weight, calc.rate, rate) +
            (expected === exact ? '' : fillTemplate(WHOLE_POINTS, { expected: formatScore(expected) })),
          system: scoring.name,
          expectedScore: expected,
        },
        fix: fixList(budgetScoreFix(context, row)),
      });
    }
  },
});
