// indicator-deviation-reason: a quantitative target is missed (or its 得分 < 分值) and 偏差原因 is blank.
import { scoresEqual } from '../calc/compare';
import { formatPercent } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { isNonAnswer } from '../rule-kit/texts';

export default defineRule({
  meta: {
    id: 'indicator-deviation-reason',
    name: '缺少偏差原因',
    severity: 'error',
    description: 'A quantitative target is not met (or its 得分 < 分值) and 偏差原因 is blank.',
    messages: {
      missing:
        '指标“{{name}}”未完成年度指标值（年度指标值 {{target}}，实际完成值 {{actual}}，完成率 {{rate}}），但偏差原因分析及改进措施未填写。请写明未完成的原因和改进措施。',
      deducted:
        '指标“{{name}}”得分 {{score}}分，低于分值 {{weight}}分，但偏差原因分析及改进措施未填写。请写明扣分（偏差）的原因和改进措施。',
    },
  },
  check(context) {
    const table = context.model.data;
    // A form with no reason column explains its shortfalls once, in a row of its own (偏差大或目标未完成原因分析).
    if (table?.indicators?.columns.reason === undefined && !isNonAnswer(table?.goals?.unmetReason?.value)) return;
    for (const calc of context.computed.indicators) {
      const { indicator, completion, expectedScore } = calc;
      if (!calc.quantitative || indicator.reason?.problem === 'error') continue;
      const weight = indicator.weight?.value;
      const score = indicator.score?.value;
      const missed = completion !== undefined && !completion.met;
      const deducted = weight != null && score != null && score < weight - context.settings.tolerance.score;
      // A met target scored below 分值 is a wrong score (indicator-score: 请改为满分), not a deviation to explain.
      const scoreWrong =
        expectedScore !== undefined && score != null && !scoresEqual(score, expectedScore, context.settings);
      if (!missed && (!deducted || scoreWrong)) continue;
      if (!isNonAnswer(indicator.reason?.value)) continue;
      const cell = indicator.reason?.ref ?? indicator.actual.ref;
      const data = {
        name: indicator.name.value ?? '',
        target: indicator.targetText || String(indicator.target.value ?? ''),
        actual: indicator.actualText || String(indicator.actual.value ?? ''),
        rate: completion ? formatPercent(completion.rate) : '',
        score: String(score ?? ''),
        weight: String(weight ?? ''),
      };
      context.report({ messageId: missed ? 'missing' : 'deducted', cells: [cell], data });
    }
  },
});
