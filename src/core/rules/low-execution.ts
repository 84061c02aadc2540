// low-execution: 执行率 below the setting (90%) with no explanation in 备注/说明.
import { amountsEqual } from '../calc/compare';
import type { BudgetRow } from '../template/model';
import { formatPercent } from '../text/format';
import { budgetChildren, budgetParent } from '../rule-kit/budget-tree';
import { defineRule } from '../rule-kit/rule';
import { isNonAnswer } from '../rule-kit/texts';
import { amountWriter, rowLabel } from '../rule-kit/naming';

/** An indicator of budget execution itself. */
const EXECUTION_INDICATOR = /预算执行率|资金执行率|支出执行率|资金支出率|支出进度/;

export default defineRule({
  meta: {
    id: 'low-execution',
    name: '执行率偏低未说明',
    severity: 'warning',
    description: '执行率 < the low-execution setting (90%) and no explanation in 备注/说明.',
    messages: {
      low: '{{row}}的执行率为 {{rate}}（{{actual}} ÷ {{planned}}），低于 {{threshold}}。请在备注栏说明执行率偏低的原因（如项目延期、资金结转）。',
      lowNoNoteColumn:
        '{{row}}的执行率为 {{rate}}（{{actual}} ÷ {{planned}}），低于 {{threshold}}，表中没有说明原因。预算表没有备注栏：请在年度总体目标的实际完成情况或偏差原因分析中说明执行率偏低的原因（如项目延期、资金结转）。',
    },
  },
  check(context) {
    const money = amountWriter(context.model);
    const rows = context.model.data?.budget?.rows ?? [];
    const threshold = context.settings.lowExecutionRate;
    const rateOf = (row: BudgetRow) => context.computed.budget.get(row.kind)?.rate;
    const low = (row: BudgetRow) => {
      const rate = rateOf(row);
      return rate !== undefined && rate < threshold;
    };
    // Which row the shortfall is explained on: the most specific row that states its own 执行率. A 其中 row left
    // blank or "—" in the 执行率 column while its parent states one (a project form) is carried by the parent.
    const states = (row: BudgetRow) => row.rate?.value != null;
    const carriedByParent = (row: BudgetRow) => {
      const parent = budgetParent(row, rows);
      return parent !== undefined && !states(row) && states(parent) && low(parent);
    };
    // A form with no 备注 column that explains its shortfalls in a row of its own (偏差大或目标未完成原因分析).
    const noteColumn = context.model.data?.budget?.columns.note !== undefined;
    if (!noteColumn && !isNonAnswer(context.model.data?.goals?.unmetReason?.value)) return;
    // A transfer-payment form explains its execution on the 执行准确性 row of its 资金管理情况 block.
    if (!noteColumn && !isNonAnswer(context.model.data?.executionNote?.value)) return;
    // Without a 备注 column, an indicator that measures the same money (its target and result are the row's budget and
    // execution, or it is the 预算执行率) may give the reason in its 偏差原因 cell (廊坊 I14: 剩余3%尾款未付).
    const indicators = context.model.data?.indicators?.rows ?? [];
    const explainedByIndicator = (row: BudgetRow) =>
      !noteColumn &&
      indicators.some((indicator) => {
        if (isNonAnswer(indicator.reason?.value)) return false;
        const same = (a: number | null | undefined, b: number | null | undefined) =>
          a != null && b != null && amountsEqual(a, b, context.settings);
        const sameMoney =
          same(indicator.target.value, row.planned?.value) && same(indicator.actual.value, row.actual?.value);
        return sameMoney || EXECUTION_INDICATOR.test(indicator.name.value ?? '');
      });
    for (const row of rows) {
      if (!low(row) || !isNonAnswer(row.note?.value) || explainedByIndicator(row)) continue;
      // A parent is low because a child is: the child is where the explanation belongs.
      if (budgetChildren(row, rows).some((child) => low(child) && !carriedByParent(child))) continue;
      if (carriedByParent(row)) continue;
      const rate = rateOf(row) as number;
      // A form whose budget block has no 备注 column (a project form) explains it in its texts, not in a 备注栏.
      context.report({
        messageId: noteColumn ? 'low' : 'lowNoNoteColumn',
        cells: [row.rate?.ref ?? row.actual?.ref ?? row.label.ref],
        data: {
          row: rowLabel(row.label.value, ''),
          rate: formatPercent(rate),
          actual: money(row.actual?.value ?? 0),
          planned: money(row.planned?.value ?? 0),
          threshold: formatPercent(threshold),
          computedRate: rate,
        },
      });
    }
  },
});
