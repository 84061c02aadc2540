// score-grade: the stated 等级 does not match the band of the recomputed total (the score sheet's, or on a project form
// without one, budget score + Σ indicator scores).
import { isInlineTotal } from '../calc/inline-score';
import { gradeDiffers } from '../template/choices';
import type { Grade, Stated } from '../template/model';
import { formatScore } from '../text/format';
import { defineRule, type RuleContext } from '../rule-kit/rule';
import { cellFix, fixList } from '../rule-kit/fix-cell';
import { gradeFix } from '../rule-kit/fix-score';
import { FIX_TEXTS } from '../rule-kit/fix-texts';

/** The stated grade: the score sheet's, or the one a form without a score sheet writes by its 总分. */
function statedGradeOf(context: RuleContext): Stated<Grade> | undefined {
  const { model } = context;
  return model.score ? model.score.grade : model.data?.statedGrade;
}

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
    const stated = statedGradeOf(context);
    const score = context.computed.score;
    if (!score || !gradeDiffers(stated, score.grade)) return;
    // Scores still to fill leave the total, and so the grade, unknown.
    if (isInlineTotal(score) && score.blankScores > 0) return;
    const bands = context.settings.gradeBands.map((b) => `${b.grade} ≥ ${b.min}`).join('，') + '，其余为差';
    context.report({
      messageId: 'grade',
      cells: [stated.ref],
      data: { stated: stated.text, computed: score.grade, total: formatScore(score.total), bands },
      fix: context.model.score ? fixList(gradeFix(context)) : [cellFix(stated, FIX_TEXTS.projectGrade, score.grade)],
    });
  },
});
