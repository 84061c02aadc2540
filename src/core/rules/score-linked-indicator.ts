// score-linked-indicator: a ★ indicator's 得分 differs from the score computed from the data table.
import { scoresEqual } from '../calc/compare';
import { explainExecutionScore } from '../calc/scoring';
import { formatAmount, formatPercent, formatScore } from '../text/format';
import { defineRule } from '../rule-kit/rule';

export default defineRule({
  meta: {
    id: 'score-linked-indicator',
    name: '关联指标得分不符',
    severity: 'warning',
    description: "A linked indicator's 得分 differs from the expected score computed from the data table.",
    messages: {
      execution:
        '“{{name}}”的得分填写为 {{stated}}分，自评数据表的整体执行率为 {{rate}}，{{working}}。请改为 {{expected}}分。',
      sangongWithin:
        '“{{name}}”的得分填写为 {{stated}}分，“三公”经费决算数 {{actual}} 未超过预算数 {{planned}}，应得满分 {{expected}}分。请改为 {{expected}}分。',
      sangong:
        '“{{name}}”的得分填写为 {{stated}}分，“三公”经费决算数 {{actual}} 超过预算数 {{planned}}，按控制情况计分：{{weight}}分 × 预算数 ÷ 决算数 = {{expected}}分。请改为 {{expected}}分。',
      indicators:
        '“{{name}}”的得分填写为 {{stated}}分，自评数据表 {{count}} 个定量绩效指标的平均完成率为 {{rate}}（超额完成的按 100% 计），按平均完成率计分：{{weight}}分 × {{rate}} = {{expected}}分。请改为 {{expected}}分。',
    },
  },
  check(context) {
    const { computed, settings, model } = context;
    const amountUnit = model.data?.amountUnit ?? '元';
    for (const linked of computed.score?.linked ?? []) {
      const score = linked.node.score;
      const weight = linked.node.weight?.value;
      if (!score || score.value === null || weight == null) continue;
      // Scores outside 0..权重 are score-range's; the root problem is reported there.
      if (score.value < 0 || score.value > weight + settings.tolerance.score) continue;
      if (scoresEqual(score.value, linked.expected, settings)) continue;
      const sangong = computed.sangong.get('total')?.row;
      const planned = sangong?.planned?.value ?? 0;
      const actual = sangong?.actual?.value ?? 0;
      const rate =
        linked.kind === 'execution' ? (computed.executionRate ?? 0) : (computed.indicatorCompletionMean ?? 0);
      const messageId =
        linked.kind === 'sangong' ? (actual <= planned + 1e-9 ? 'sangongWithin' : 'sangong') : linked.kind;
      context.report({
        messageId,
        cells: [score.ref, ...linked.sources],
        data: {
          name: linked.node.title,
          stated: formatScore(score.value),
          expected: formatScore(linked.expected),
          weight: formatScore(weight),
          rate: formatPercent(rate),
          working: explainExecutionScore(weight, rate, formatPercent(rate)),
          count: computed.indicators.filter((c) => c.completion).length,
          planned: `${formatAmount(planned)}${amountUnit}`,
          actual: `${formatAmount(actual)}${amountUnit}`,
        },
      });
    }
  },
});
