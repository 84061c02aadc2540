// perfect-score-unsupported: full marks while an indicator has no actual value, missed its target or describes nothing.
import { scoresEqual } from '../calc/compare';
import { shownIndicatorNumber } from '../calc/scoring';
import type { CellRef } from '../grid/grid';
import { formatScore } from '../text/format';
import { describesResult, indicatorPercent, indicatorUnit } from '../rule-kit/indicator-values';
import { defineRule, type RuleContext } from '../rule-kit/rule';
import { quote } from '../rule-kit/texts';

type Perfect = { readonly text: 'total' | 'every'; readonly total?: number; readonly cell?: CellRef };

/** The full marks a review sees first: the score sheet's total, or every scored data-table indicator at 分值. */
function perfectOf(context: RuleContext): Perfect | undefined {
  const { model, computed, settings } = context;
  const sheetTotal = model.score?.total;
  const score = computed.score;
  // A total with scores still to fill is not a total yet; a project form without a score sheet claims its own 总分
  // (none stated: its indicators' full marks are what it claims, below).
  const claimsTotal = model.score !== undefined || model.data?.statedScore?.value != null;
  if (score && score.totalWeight > 0 && score.blankScores === 0 && claimsTotal) {
    const stated =
      sheetTotal?.score?.value ?? (model.score ? undefined : model.data?.statedScore?.value) ?? score.total;
    const weight = sheetTotal?.weight?.value ?? score.totalWeight;
    if (weight > 0 && scoresEqual(stated, weight, settings)) {
      const cell = sheetTotal?.score?.ref ?? model.data?.statedScore?.ref;
      return { text: 'total', total: stated, ...(cell ? { cell } : {}) };
    }
  }
  const scored = computed.indicators.filter(({ indicator }) => indicator.weight?.value != null);
  if (scored.length === 0) return undefined;
  const full = scored.every(({ indicator }) => {
    const w = indicator.weight?.value ?? 0;
    const s = indicator.score?.value;
    return s != null && scoresEqual(s, w, settings);
  });
  return full ? { text: 'every' } : undefined;
}

export default defineRule({
  meta: {
    id: 'perfect-score-unsupported',
    name: '满分缺少依据',
    severity: 'warning',
    description:
      'Full marks (total or every indicator) while a quantitative indicator has no actual, a target is missed, or a 定性 result describes nothing.',
    messages: {
      noActual:
        '{{perfect}}，但定量指标“{{name}}”没有填写实际完成值，满分缺少依据，这是评审最先退回的问题。请填写该指标的实际完成值。',
      unmet:
        '{{perfect}}，但指标“{{name}}”没有完成年度指标值（年度指标值 {{target}}，实际完成值 {{actual}}），满分与之矛盾。请按实际完成情况扣分，并写明扣分原因。',
      noDescription:
        '{{perfect}}，但定性指标“{{name}}”的实际完成值只写了“{{actual}}”，没有描述具体完成了什么，满分缺少依据。请在实际完成值或偏差原因中写明该指标的具体完成情况。',
    },
  },
  check(context) {
    const perfect = perfectOf(context);
    if (!perfect) return;
    const perfectText =
      perfect.text === 'total' ? `自评为满分（${formatScore(perfect.total ?? 0)}分）` : '各绩效指标均得满分';
    for (const calc of context.computed.indicators) {
      const { indicator, completion } = calc;
      const name = indicator.name.value ?? '';
      const report = (messageId: 'noActual' | 'unmet' | 'noDescription', cell: CellRef, extra = {}) =>
        context.report({
          messageId,
          cells: [cell, ...(perfect.cell ? [perfect.cell] : [])],
          data: { perfect: perfectText, name, ...extra },
        });
      if (indicator.actual.problem === 'error' || indicator.target.problem === 'error') continue;
      if (indicator.direction === 'qualitative') {
        const described = [indicator.actualText, indicator.reason?.value].some((t) => describesResult(t));
        const actual = indicator.actualText.trim();
        if (!described && actual !== '') report('noDescription', indicator.actual.ref, { actual: quote(actual, 20) });
        continue;
      }
      if (!calc.quantitative) continue;
      if (indicator.actual.value === null) {
        report('noActual', indicator.actual.ref);
        continue;
      }
      if (!completion || completion.met) continue;
      const show = (v: number | null) =>
        v === null ? '' : shownIndicatorNumber(v, indicatorPercent(indicator), indicatorUnit(indicator));
      report('unmet', indicator.actual.ref, {
        target: show(indicator.target.value),
        actual: show(indicator.actual.value),
      });
    }
  },
});
