// score-total: the stated total differs from the recomputed one: the score sheet's level-3 scores, or on a project
// form that scores its own rows, budget execution 分值 × min(执行率, 100%) + the indicators' 得分.
import { scoresEqual } from '../calc/compare';
import type { ScoreCalc } from '../calc/compute-workbook';
import { explainInlineTotal, isInlineTotal } from '../calc/inline-score';
import { INLINE_TOTAL_TEXTS } from '../calc/scoring-texts';
import { fillTemplate } from '../messages';
import type { FixProposal } from '../finding';
import type { Field } from '../template/model';
import { leavesOf } from '../template/parse-score-sheet';
import { formatScore } from '../text/format';
import { defineRule, type RuleContext } from '../rule-kit/rule';
import { totalFixes } from '../rule-kit/fix-score';
import { cellFix, refsSumFormula } from '../rule-kit/fix-cell';
import { FIX_TEXTS } from '../rule-kit/fix-texts';

/** The stated total: the score sheet's 合计, or the 总分 a form without a score sheet states under its indicators. */
export function statedTotalOf(context: Pick<RuleContext, 'model'>): Field<number> | undefined {
  const { model } = context;
  return model.score ? model.score.total?.score : model.data?.statedScore;
}

/** The project total as a formula over the cells it adds: the budget 得分 + the indicators' (or the score sheet's) 得分. */
function inlineTotalFix(context: RuleContext, stated: Field<number>, score: ScoreCalc): FixProposal {
  const budgetRef = score.budget?.row.score?.ref;
  const sheet = context.model.score;
  const cells = sheet ? leavesOf(sheet.roots).map((leaf) => leaf.score?.ref) : score.indicatorScores?.map((f) => f.ref);
  const indicators = refsSumFormula(cells ?? []);
  const formula = budgetRef && indicators ? `${refsSumFormula([budgetRef]) ?? ''}+${indicators}` : undefined;
  return cellFix(stated, FIX_TEXTS.projectTotal, score.total, { formula });
}

/** A project form's 总分 row states its full marks (分值 100): the budget's and the indicators' 分值 must add up to it. */
function checkWeightTotal(context: RuleContext<'projectWeight'>): void {
  const { model, computed, settings } = context;
  const stated = model.score ? undefined : model.data?.statedWeight;
  const score = computed.score;
  const rows = model.data?.indicators?.rows ?? [];
  if (!stated || stated.value === null || !score?.indicatorScores) return;
  if (rows.some((r) => r.weight?.value == null)) return;
  if (scoresEqual(stated.value, score.totalWeight, settings)) return;
  const budget = score.budget?.weight.value;
  const indicators = score.totalWeight - (budget ?? 0);
  const working =
    budget === undefined
      ? fillTemplate(INLINE_TOTAL_TEXTS.indicatorWeights, { sum: formatScore(indicators) })
      : fillTemplate(INLINE_TOTAL_TEXTS.budgetAndIndicatorWeights, {
          budget: formatScore(budget),
          sum: formatScore(indicators),
        });
  context.report({
    messageId: 'projectWeight',
    cells: [stated.ref],
    data: { stated: formatScore(stated.value), computed: formatScore(score.totalWeight), working },
  });
}

export default defineRule({
  meta: {
    id: 'score-total',
    name: '得分合计错误',
    severity: 'error',
    description:
      'The stated total (合计 / 总分) differs from the sum of the level-3 scores, or on a project form from budget score + Σ indicator scores.',
    messages: {
      total:
        '合计得分填写为 {{stated}} 分，但各三级指标得分之和为 {{computed}} 分（相差 {{diff}} 分）。请改为 {{computed}} 分，或核对各项得分。',
      project:
        '总分填写为 {{stated}} 分，但{{working}} = {{computed}} 分（相差 {{diff}} 分）。请改为 {{computed}} 分，或核对各项得分。',
      projectWeight:
        '总分的分值填写为 {{stated}} 分，但{{working}} = {{computed}} 分。各项分值之和应等于总分的分值：请核对总分行或各项分值（如一级指标的分值设置）。',
    },
  },
  check(context) {
    checkWeightTotal(context);
    const stated = statedTotalOf(context);
    const score = context.computed.score;
    if (!stated || stated.value === null || !score) return;
    const inline = isInlineTotal(score);
    // Scores still to fill leave the total unknown: the blanks are reported, not a total computed as if they were 0.
    if (inline && score.blankScores > 0) return;
    if (scoresEqual(stated.value, score.total, context.settings)) return;
    const data = {
      stated: formatScore(stated.value),
      computed: formatScore(score.total),
      diff: formatScore(Math.abs(stated.value - score.total)),
    };
    if (!inline) {
      context.report({
        messageId: 'total',
        cells: [stated.ref],
        data,
        // The data table's 自评得分/自评等级 that merely repeat this total follow from it (score-stated-elsewhere skips them).
        fix: totalFixes(context),
      });
      return;
    }
    context.report({
      messageId: 'project',
      cells: [stated.ref],
      data: { ...data, working: explainInlineTotal(score) },
      fix: [inlineTotalFix(context, stated, score)],
    });
  },
});
