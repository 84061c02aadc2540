// score-deduction-reason: points were deducted (得分 < 权重) but 扣分原因 is blank or a non-answer.
import { scoresEqual } from '../calc/compare';
import { formatScore } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { reasonCell, scoreLeaves } from '../rule-kit/score-leaves';
import { isNonAnswer } from '../rule-kit/texts';

export default defineRule({
  meta: {
    id: 'score-deduction-reason',
    name: '缺少扣分原因',
    severity: 'error',
    description: '得分 < 权重 and 扣分原因 is blank or a non-answer (无, /, -, 略).',
    messages: {
      missing:
        '三级指标“{{name}}”权重 {{weight}} 分、得分 {{score}} 分，扣了 {{deducted}} 分，但没有写明扣分原因{{stated}}。请在扣分原因栏写明扣分的具体原因。',
    },
  },
  check(context) {
    // A score sheet with no 扣分原因 column (its 评价标准 says how points are lost) has nowhere to write a reason.
    if (context.model.score?.columns.reason === undefined) return;
    const linked = new Map((context.computed.score?.linked ?? []).map((l) => [l.node, l.expected] as const));
    for (const leaf of scoreLeaves(context.model)) {
      const weight = leaf.weight?.value;
      const score = leaf.score?.value;
      if (weight == null || score == null || score < 0 || leaf.reason?.problem === 'error') continue;
      if (score >= weight - context.settings.tolerance.score) continue;
      // A linked score that should be full marks is score-linked-indicator's: its fix removes the deduction, so
      // asking for a reason as well would give the row two pieces of advice that contradict each other.
      const expected = linked.get(leaf);
      const fullMarksDue = expected !== undefined && expected >= weight - context.settings.tolerance.score;
      if (fullMarksDue && !scoresEqual(score, expected, context.settings)) continue;
      if (!isNonAnswer(leaf.reason?.value)) continue;
      const reasonValue = leaf.reason?.value;
      context.report({
        messageId: 'missing',
        cells: [reasonCell(leaf)],
        data: {
          name: leaf.title,
          weight: formatScore(weight),
          score: formatScore(score),
          deducted: formatScore(weight - score),
          stated: reasonValue ? `（填写的是"${reasonValue}"）` : '',
        },
      });
    }
  },
});
