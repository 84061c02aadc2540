// execution-rate-base: a stated 执行率 was computed against 年初预算数 instead of 全年预算数 (the wrong base).
import { percentsEqual, shownPercentDecimals } from '../calc/compare';
import { formatPercent } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { amountWriter, rowLabel } from '../rule-kit/naming';
import { budgetRateFix } from '../rule-kit/fix-budget';
import { fixList } from '../rule-kit/fix-cell';

export default defineRule({
  meta: {
    id: 'execution-rate-base',
    name: '执行率基数用错',
    severity: 'error',
    description: 'A stated 执行率 matches 全年执行数 ÷ 年初预算数 instead of ÷ 全年预算数.',
    messages: {
      base: '{{row}}的执行率填写为 {{stated}}，这是按年初预算数计算的（{{actual}} ÷ {{initial}}）。执行率应以全年预算数（调整后预算数）为基数：{{actual}} ÷ {{planned}} = {{computed}}。请改为 {{computed}}。',
    },
  },
  check(context) {
    const money = amountWriter(context.model);
    for (const calc of context.computed.budget.values()) {
      const { row } = calc;
      const stated = row.rate;
      if (!stated || stated.value === null || calc.rate === undefined || calc.rateOnInitial === undefined) continue;
      if (percentsEqual(stated.value, calc.rate, shownPercentDecimals(stated), context.settings)) continue;
      if (!percentsEqual(stated.value, calc.rateOnInitial, shownPercentDecimals(stated), context.settings)) continue;
      context.report({
        messageId: 'base',
        cells: [stated.ref],
        data: {
          row: rowLabel(row.label.value, ''),
          stated: formatPercent(stated.value),
          computed: formatPercent(calc.rate),
          actual: money(row.actual?.value ?? 0),
          initial: money(row.initial?.value ?? 0),
          planned: money(row.planned?.value ?? 0),
          statedRate: stated.value,
          computedRate: calc.rate,
        },
        fix: fixList(budgetRateFix(context, row)),
      });
    }
  },
});
