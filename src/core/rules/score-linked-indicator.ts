// score-linked-indicator: a ★ indicator's 得分 differs from the score computed from the data table.
import { scoresEqual } from '../calc/compare';
import { formatAmount, formatPercent, formatScore } from '../text/format';
import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'score-linked-indicator',
    name: '关联指标得分不符',
    severity: 'warning',
    description: "A linked indicator's 得分 differs from the expected score computed from the data table.",
    messages: {
      execution:
        '"{{name}}"得分填写为 {{stated}} 分，按自评数据表的整体执行率 {{rate}} 计算应为 {{expected}} 分（权重 {{weight}} × min(执行率, 100%)）。请改为 {{expected}} 分，或核对数据表。',
      sangong:
        '"{{name}}"得分填写为 {{stated}} 分，按"三公"经费预算数 {{planned}}、决算数 {{actual}} 计算应为 {{expected}} 分（决算不超预算得满分，否则权重 × 预算 ÷ 决算）。请改为 {{expected}} 分，或核对数据表。',
      indicators:
        '"{{name}}"得分填写为 {{stated}} 分，按自评数据表各定量绩效指标的平均完成率 {{rate}} 计算应为 {{expected}} 分（权重 {{weight}} × 平均完成率）。请改为 {{expected}} 分，或核对各指标的完成值。',
    },
  },
  check(context) {
    const { computed, settings } = context;
    for (const linked of computed.score?.linked ?? []) {
      const score = linked.node.score;
      const weight = linked.node.weight?.value;
      if (!score || score.value === null || weight == null) continue;
      // Scores outside 0..权重 are score-range's; the root problem is reported there.
      if (score.value < 0 || score.value > weight + settings.tolerance.score) continue;
      if (scoresEqual(score.value, linked.expected, settings)) continue;
      const sangong = computed.sangong.get('total')?.row;
      context.report({
        messageId: linked.kind,
        cells: [score.ref, ...linked.sources],
        data: {
          name: linked.node.title,
          stated: formatScore(score.value),
          expected: formatScore(linked.expected),
          weight: formatScore(weight),
          rate: formatPercent(
            linked.kind === 'execution' ? (computed.executionRate ?? 0) : (computed.indicatorCompletionMean ?? 0),
          ),
          planned: formatAmount(sangong?.planned?.value ?? 0),
          actual: formatAmount(sangong?.actual?.value ?? 0),
        },
      });
    }
  },
});
