// execution-rate: a stated 执行率 differs from 全年执行数 ÷ 全年预算数 (the wrong-base case is execution-rate-base's).
import { percentsEqual, shownPercentDecimals } from '../calc/compare';
import { formatPercent } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { amountWriter, rowLabel } from '../rule-kit/naming';
import { budgetAmountFix, budgetRateFix, budgetScoreFix } from '../rule-kit/fix-budget';
import type { RuleContext } from '../rule-kit/rule';
import type { BudgetRow } from '../template/model';
import { formatScore } from '../text/format';
import { fixList } from '../rule-kit/fix-cell';

export default defineRule({
  meta: {
    id: 'execution-rate',
    name: '执行率计算错误',
    severity: 'error',
    description: 'A stated 执行率 ≠ 全年执行数 ÷ 全年预算数, or 全年预算数 is 0/blank while 全年执行数 is not.',
    messages: {
      rate: '{{row}}的执行率应为 {{computed}}（{{actual}} ÷ {{planned}}），表中填写 {{stated}}。请改为 {{computed}}，或核对全年预算数和全年执行数。',
      noBase:
        '{{row}}的全年预算数为 0 或空白，但全年执行数为 {{actual}}，执行率无法计算。请补填全年预算数（调整后预算数）。',
      fromParts:
        '{{row}}的全年预算数和全年执行数填写为 0，执行率 {{stated}}{{score}} 无从算起；按其下各项合计（{{actual}} ÷ {{planned}}），执行率应为 {{computed}}{{expectedScore}}。请先改正{{row}}的金额，再把执行率改为 {{computed}}{{scoreAdvice}}。',
    },
  },
  check(context) {
    const money = amountWriter(context.model);
    for (const calc of context.computed.budget.values()) {
      const { row } = calc;
      if (reportFromParts(context, row, money)) continue;
      const actual = row.actual?.value;
      const planned = row.planned?.value;
      const name = rowLabel(row.label.value, '');
      if (
        actual != null &&
        Math.abs(actual) > 0 &&
        (planned == null || planned === 0) &&
        row.planned?.problem !== 'error'
      ) {
        context.report({
          messageId: 'noBase',
          cells: [row.rate?.ref ?? row.planned?.ref ?? row.label.ref],
          data: { row: name, actual: money(actual) },
          fix: fixList(budgetRateFix(context, row)),
        });
        continue;
      }
      const stated = row.rate;
      if (!stated || stated.value === null || calc.rate === undefined || actual == null || planned == null) continue;
      if (percentsEqual(stated.value, calc.rate, shownPercentDecimals(stated), context.settings)) continue;
      // A rate that matches 全年执行数 ÷ 年初预算数 is reported by execution-rate-base, with the right explanation.
      if (
        calc.rateOnInitial !== undefined &&
        percentsEqual(stated.value, calc.rateOnInitial, shownPercentDecimals(stated), context.settings)
      )
        continue;
      context.report({
        messageId: 'rate',
        cells: [stated.ref],
        data: {
          row: name,
          computed: formatPercent(calc.rate),
          stated: formatPercent(stated.value),
          actual: money(actual),
          planned: money(planned),
        },
        fix: fixList(budgetRateFix(context, row)),
      });
    }
  },
});

type Messages = 'rate' | 'noBase' | 'fromParts';

/**
 * A row whose own amounts are 0 or blank gives no rate to check its stated 执行率 (and 得分) against; when the rows
 * under it carry the figures, the rate they give is what the row should state: a total left at 0 with its 其中 rows
 * filled states a rate (and a score) of 0 that is wrong too, not only its amounts.
 */
function reportFromParts(context: RuleContext<Messages>, row: BudgetRow, money: (v: number) => string): boolean {
  const own = (v: number | null | undefined) => v == null || v === 0;
  const stated = row.rate;
  if (!stated || stated.value === null || !own(row.planned?.value) || !own(row.actual?.value)) return false;
  const rateFix = budgetRateFix(context, row);
  const planned = budgetAmountFix(context, row, 'planned')?.value;
  const actual = budgetAmountFix(context, row, 'actual')?.value;
  if (!rateFix || typeof rateFix.value !== 'number' || typeof planned !== 'number' || typeof actual !== 'number')
    return false;
  const scoreFix = budgetScoreFix(context, row);
  const score = row.score?.value;
  const scored = scoreFix && typeof scoreFix.value === 'number' && score != null;
  const computed = formatPercent(rateFix.value);
  context.report({
    messageId: 'fromParts',
    cells: scored && row.score ? [stated.ref, row.score.ref] : [stated.ref],
    data: {
      row: rowLabel(row.label.value, ''),
      stated: formatPercent(stated.value),
      score: scored ? ` 和得分 ${formatScore(score)}分` : '',
      computed,
      expectedScore: scored ? `，得分应为 ${formatScore(scoreFix.value as number)}分` : '',
      scoreAdvice: scored ? `、得分改为 ${formatScore(scoreFix.value as number)}分` : '',
      actual: money(actual),
      planned: money(planned),
    },
    fix: fixList(rateFix, scoreFix),
  });
  return true;
}
