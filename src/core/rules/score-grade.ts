// score-grade: the stated 等级 does not match the band of the recomputed total.
import { formatScore } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { fixList } from '../rule-kit/fix-cell';
import { gradeFix } from '../rule-kit/fix-score';

export default defineRule({
  meta: {
    id: 'score-grade',
    name: '自评等级不符',
    severity: 'error',
    description: 'The stated grade does not match the band of the recomputed total.',
    messages: {
      grade:
        '自评等级填写为“{{stated}}”，但按重算总分 {{total}} 分应为“{{computed}}”（{{bands}}）。请改为“{{computed}}”。',
    },
  },
  check(context) {
    const stated = context.model.score?.grade;
    const score = context.computed.score;
    if (!stated || stated.value === null || !score) return;
    const grade = stated.value.normalize('NFKC').replace(/\s+/g, '').replace(/等$/, '');
    if (grade === score.grade) return;
    const bands = context.settings.gradeBands.map((b) => `${b.grade} ≥ ${b.min}`).join('，') + '，其余为差';
    context.report({
      messageId: 'grade',
      cells: [stated.ref],
      data: { stated: stated.value, computed: score.grade, total: formatScore(score.total), bands },
      fix: fixList(gradeFix(context)),
    });
  },
});
