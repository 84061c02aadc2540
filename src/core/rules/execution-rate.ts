// execution-rate: a stated 执行率 differs from 全年执行数 ÷ 全年预算数 (the wrong-base case is execution-rate-base's).
import { percentsEqual } from '../calc/compare';
import { formatPercent } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { amountWriter, rowLabel } from '../rule-kit/naming';
import { budgetRateFix } from '../rule-kit/fix-budget';
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
    },
  },
  check(context) {
    const money = amountWriter(context.model);
    for (const calc of context.computed.budget.values()) {
      const { row } = calc;
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
      if (percentsEqual(stated.value, calc.rate, stated.decimals, context.settings)) continue;
      // A rate that matches 全年执行数 ÷ 年初预算数 is reported by execution-rate-base, with the right explanation.
      if (
        calc.rateOnInitial !== undefined &&
        percentsEqual(stated.value, calc.rateOnInitial, stated.decimals, context.settings)
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
