// score-range: a level-3 得分 is not a number, negative, or above its 权重 (blank scores are required-field's).
import { formatScore } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { scoreLeaves } from '../rule-kit/score-leaves';
import { shownValue } from '../rule-kit/naming';

export default defineRule({
  meta: {
    id: 'score-range',
    name: '得分超出范围',
    severity: 'error',
    description: 'A score is not a number, negative, or above its weight.',
    messages: {
      notNumber:
        '三级指标“{{name}}”的得分填写为“{{value}}”，不是数字，无法计入总分。请填写 0 至 {{weight}} 之间的数字。',
      negative: '三级指标“{{name}}”的得分为 {{score}}，得分不能为负数。请填写 0 至 {{weight}} 之间的数字。',
      aboveWeight:
        '三级指标“{{name}}”的得分为 {{score}} 分，超过了该指标的权重 {{weight}} 分。请改为不超过 {{weight}} 分的得分，或核对权重。',
    },
  },
  check(context) {
    for (const leaf of scoreLeaves(context.model)) {
      const score = leaf.score;
      if (!score || score.problem === 'error' || score.problem === 'blank' || score.problem === 'not-applicable')
        continue;
      const weight = leaf.weight?.value ?? null;
      const shownWeight = weight === null ? '权重' : formatScore(weight);
      if (score.value === null) {
        context.report({
          messageId: 'notNumber',
          cells: [score.ref],
          data: { name: leaf.title, value: shownValue(score.raw), weight: shownWeight },
        });
      } else if (score.value < -context.settings.tolerance.score) {
        context.report({
          messageId: 'negative',
          cells: [score.ref],
          data: { name: leaf.title, score: formatScore(score.value), weight: shownWeight },
        });
      } else if (weight !== null && score.value > weight + context.settings.tolerance.score) {
        context.report({
          messageId: 'aboveWeight',
          cells: [score.ref],
          data: { name: leaf.title, score: formatScore(score.value), weight: shownWeight },
        });
      }
    }
  },
});
