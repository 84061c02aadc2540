// budget-rollup: a budget parent row differs from the sum of its children, or a breakdown does not add up to the total.
import { amountsEqual } from '../calc/compare';
import type { BudgetAmountColumn } from '../template/model';
import { formatAmount } from '../text/format';
import { defineRule } from './rule';

const COLUMN_NAMES: Record<BudgetAmountColumn, string> = { initial: '年初预算数', planned: '全年预算数', actual: '全年执行数' };

export default defineRule({
  meta: {
    id: 'budget-rollup',
    severity: 'error',
    description: 'A budget parent row ≠ Σ of its children in an amount column, or a breakdown (资金来源 / 支出类型) does not sum to 年度资金总额.',
    messages: {
      breakdown:
        '{{parent}}的{{column}}为 {{stated}}，但按{{breakdown}}分列的 {{children}} 合计为 {{sum}}（相差 {{diff}}）。两者应相等：请核对{{parent}}或各分项金额。',
      children: '{{parent}}的{{column}}为 {{stated}}，但其下"其中"各项（{{children}}）合计为 {{sum}}（相差 {{diff}}）。请核对{{parent}}或各分项金额。',
      exceeds: '{{parent}}的{{column}}为 {{stated}}，但其中所列分项（{{children}}）合计已达 {{sum}}，超过了{{parent}}本身。请核对。',
    },
  },
  check(context) {
    for (const calc of context.computed.budget.values()) {
      for (const breakdown of calc.breakdowns) {
        for (const column of ['initial', 'planned', 'actual'] as const) {
          const stated = calc.row[column];
          const sum = breakdown.sums[column];
          if (!stated || stated.value === null || sum === undefined) continue;
          const children = breakdown.children.map((c) => c.label.value ?? '').join('、');
          const data = {
            parent: calc.row.label.value ?? '',
            column: COLUMN_NAMES[column],
            stated: formatAmount(stated.value),
            sum: formatAmount(sum),
            diff: formatAmount(Math.abs(stated.value - sum)),
            children,
            breakdown: breakdown.name,
          };
          if (breakdown.complete) {
            if (amountsEqual(stated.value, sum, context.settings)) continue;
            context.report({ messageId: breakdown.name === '其中' ? 'children' : 'breakdown', cells: [stated.ref], data });
          } else if (sum > stated.value + context.settings.tolerance.amount) {
            context.report({ messageId: 'exceeds', cells: [stated.ref], data });
          }
        }
      }
    }
  },
});
