// satisfaction-basis: a 满意度 result with nothing saying how it was measured; reviewers score such results 0.
import { shownIndicatorNumber } from '../calc/scoring';
import type { Indicator } from '../template/model';
import { indicatorPercent, indicatorUnit } from '../rule-kit/indicator-values';
import { defineRule } from '../rule-kit/rule';
import { foldText, quote, userTexts } from '../rule-kit/texts';

/** How a satisfaction figure is measured; "未接到投诉" (no complaints) is not among them. */
const METHOD = /问卷|调查|调研|测评|回访|座谈|访谈|评议/;
/** A sample size: "发放问卷200份", "回访群众50户", "座谈3次". */
const COUNT = /\d+(份|人次|人|户|名|家|位|个|次|场)/;
const SATISFACTION = /满意/;

/** Whether a text states a measurement: a method and a count in one sentence (and, outside the row, a 满意度). */
function statesBasis(text: string, needsSatisfaction: boolean): boolean {
  for (const sentence of foldText(text).split(/[。；;！!？?\n]/)) {
    if (needsSatisfaction && !SATISFACTION.test(sentence)) continue;
    if (METHOD.test(sentence) && COUNT.test(sentence)) return true;
  }
  return false;
}

/**
 * A satisfaction result: named so, or a rate under a 满意度 heading. A count under that heading whose own name says
 * nothing of satisfaction ("因粮食市场波动引起的粮食安全事件发生数 0起") is measured by counting, not by a survey.
 */
function isSatisfaction(indicator: Indicator): boolean {
  if (SATISFACTION.test(indicator.name.value ?? '')) return true;
  const underHeading = [indicator.level2?.value, indicator.level1?.value].some(
    (t) => t !== null && t !== undefined && SATISFACTION.test(t),
  );
  return underHeading && (indicatorPercent(indicator) || indicator.actual.value === null);
}

export default defineRule({
  meta: {
    id: 'satisfaction-basis',
    name: '满意度缺少调查依据',
    severity: 'warning',
    description:
      'A 满意度 indicator states a result but neither its row, its 偏差原因 nor the report says how it was measured (survey with a count).',
    messages: {
      noBasis:
        '满意度指标“{{name}}”填写了结果 {{actual}}，但该行、偏差原因和报告素材都没有写明满意度是怎样测得的（调查方式和样本数量）；没有调查依据的满意度，评审时通常不予认可，“未接到投诉”也不能代替调查。请在偏差原因中写明调查方式和样本数量，例如“发放问卷200份，收回有效问卷196份”。',
    },
  },
  check(context) {
    const { model } = context;
    const candidates = context.computed.indicators.filter(
      ({ indicator }) =>
        isSatisfaction(indicator) && indicator.actual.problem !== 'error' && indicator.actualText.trim() !== '',
    );
    if (candidates.length === 0) return;
    // The report's own word on the survey covers every 满意度 row.
    const reportSays = userTexts(model, ['material', 'data']).some((t) => statesBasis(t.text, true));
    if (reportSays) return;
    for (const { indicator } of candidates) {
      const row = [indicator.name.value, indicator.targetText, indicator.actualText, indicator.reason?.value];
      if (row.some((t) => t && statesBasis(t, false))) continue;
      const value = indicator.actual.value;
      context.report({
        messageId: 'noBasis',
        cells: [indicator.actual.ref],
        data: {
          name: indicator.name.value ?? '',
          // A result written with its direction ("≥90%") is quoted as written: "90%" would misstate it.
          actual:
            value === null || /[≥≤><≧≦＞＜]/.test(indicator.actualText)
              ? quote(indicator.actualText, 20)
              : shownIndicatorNumber(value, indicatorPercent(indicator), indicatorUnit(indicator)),
        },
      });
    }
  },
});
