// sangong-control: a "三公" row spent more than its budget (warning), or its stated 控制率 is miscomputed (error).
import { percentsEqual } from '../calc/compare';
import type { SangongRow } from '../template/model';
import { formatPercent } from '../text/format';
import { overspent, sangongChildren } from '../rule-kit/budget-tree';
import { defineRule } from '../rule-kit/rule';
import { amountWriter, rowLabel } from '../rule-kit/naming';
import { sangongRateFix } from '../rule-kit/fix-budget';
import { fixList } from '../rule-kit/fix-cell';

export default defineRule({
  meta: {
    id: 'sangong-control',
    name: '“三公”经费超预算',
    severity: 'warning',
    description: 'A "三公" row\'s 决算数 > 预算数 (warning); a stated 控制率 ≠ 决算 ÷ 预算 (error).',
    messages: {
      over: '“三公”经费中{{row}}的决算数 {{actual}} 超过预算数 {{planned}}（超出 {{over}}）。“三公”经费不得超预算：请核对决算数，或在报告中说明原因。',
      rate: '“三公”经费中{{row}}的控制率应为 {{computed}}（{{actual}} ÷ {{planned}}），表中填写 {{stated}}。请改为 {{computed}}。',
    },
  },
  check(context) {
    const money = amountWriter(context.model);
    const rows = context.model.data?.sangong?.rows ?? [];
    const tol = context.settings.tolerance.amount;
    const over = (row: SangongRow) => overspent(row, tol);
    for (const row of rows) {
      const name = rowLabel(row.label.value, '');
      const actual = row.actual?.value;
      const planned = row.planned?.value;
      const rate = context.computed.sangong.get(row.kind)?.rate;
      const stated = row.rate;
      if (
        stated &&
        stated.value !== null &&
        rate !== undefined &&
        !percentsEqual(stated.value, rate, stated.decimals, context.settings)
      ) {
        context.report({
          messageId: 'rate',
          severity: 'error',
          cells: [stated.ref],
          data: {
            row: name,
            computed: formatPercent(rate),
            stated: formatPercent(stated.value),
            actual: money(actual ?? 0),
            planned: money(planned ?? 0),
          },
          fix: fixList(sangongRateFix(context, row)),
        });
      }
      if (!over(row) || sangongChildren(row, rows).some(over) || actual == null || planned == null) continue;
      const cells = [row.actual?.ref, row.planned?.ref].filter((r): r is NonNullable<typeof r> => r !== undefined);
      context.report({
        messageId: 'over',
        cells,
        data: {
          row: name,
          actual: money(actual),
          planned: money(planned),
          over: money(actual - planned),
        },
      });
    }
  },
});
