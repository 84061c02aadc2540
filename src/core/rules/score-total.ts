// score-total: the stated total of the score sheet differs from the sum of its level-3 scores.
import { scoresEqual } from '../calc/compare';
import { formatScore } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { totalFixes } from '../rule-kit/fix-score';

export default defineRule({
  meta: {
    id: 'score-total',
    name: '得分合计错误',
    severity: 'error',
    description: 'The stated total (合计 row) differs from the sum of the level-3 scores.',
    messages: {
      total:
        '合计得分填写为 {{stated}} 分，但各三级指标得分之和为 {{computed}} 分（相差 {{diff}} 分）。请改为 {{computed}} 分，或核对各项得分。',
    },
  },
  check(context) {
    const stated = context.model.score?.total?.score;
    const computed = context.computed.score?.total;
    if (!stated || stated.value === null || computed === undefined) return;
    if (scoresEqual(stated.value, computed, context.settings)) return;
    context.report({
      messageId: 'total',
      cells: [stated.ref],
      data: {
        stated: formatScore(stated.value),
        computed: formatScore(computed),
        diff: formatScore(Math.abs(stated.value - computed)),
      },
      // The data table's 自评得分/自评等级 that merely repeat this total follow from it (score-stated-elsewhere skips them).
      fix: totalFixes(context),
    });
  },
});
