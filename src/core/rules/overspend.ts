// overspend: 全年执行数 exceeds 全年预算数 on a row with no explanation (备注, or the report for the whole budget).
import type { BudgetRow } from '../template/model';
import { formatRate } from '../text/format';
import { budgetChildren, overspent } from '../rule-kit/budget-tree';
import { defineRule } from '../rule-kit/rule';
import { foldText, isNonAnswer, userTexts } from '../rule-kit/texts';
import { amountWriter, rowLabel } from '../rule-kit/naming';

const OVERSPEND_WORDS = /超预算|超出预算|超过预算|超支|超出年度预算/;

export default defineRule({
  meta: {
    id: 'overspend',
    name: '超预算支出未说明',
    severity: 'warning',
    description: '全年执行数 > 全年预算数 on a row, with no explanation in 备注 or the report.',
    messages: {
      over: '{{row}}的全年执行数 {{actual}} 超过全年预算数 {{planned}}，超支 {{over}}（执行率 {{rate}}）。超预算支出需要说明原因：请在备注栏写明超支原因和报批情况，或核对执行数。',
      overNoNoteColumn:
        '{{row}}的全年执行数 {{actual}} 超过预算数 {{planned}}，超支 {{over}}（执行率 {{rate}}），表中没有说明原因。预算表没有备注栏：请在年度总体目标的完成情况或偏差原因分析中写明超支原因和报批情况，或核对执行数。',
    },
  },
  check(context) {
    const money = amountWriter(context.model);
    const rows = context.model.data?.budget?.rows ?? [];
    const tol = context.settings.tolerance.amount;
    const spentOver = (row: BudgetRow) => overspent(row, tol);
    const reportMentions = userTexts(context.model, ['material']).some((t) => OVERSPEND_WORDS.test(foldText(t.text)));
    for (const row of rows) {
      if (!spentOver(row)) continue;
      // The overspend of a parent comes from its children: the child rows are where it is reported.
      if (budgetChildren(row, rows).some(spentOver)) continue;
      if (!isNonAnswer(row.note?.value)) continue;
      if (row.kind === 'total' && reportMentions) continue;
      const actual = row.actual?.value as number;
      const planned = row.planned?.value as number;
      // A form whose budget block has no 备注 column explains it in its texts, not in a 备注栏 (as low-execution says).
      const noteColumn = context.model.data?.budget?.columns.note !== undefined;
      // The rows it makes overspent too (年度资金总额 over its only source), where nothing explains them either:
      // marked with it, one cause.
      const unexplained = (p: BudgetRow) => isNonAnswer(p.note?.value) && !(p.kind === 'total' && reportMentions);
      const parents = rows.filter(
        (p) => p !== row && spentOver(p) && unexplained(p) && budgetChildren(p, rows).includes(row),
      );
      context.report({
        messageId: noteColumn ? 'over' : 'overNoNoteColumn',
        cells: [row.actual?.ref ?? row.label.ref, ...parents.flatMap((p) => (p.actual ? [p.actual.ref] : []))],
        data: {
          row: rowLabel(row.label.value, ''),
          actual: money(actual),
          planned: money(planned),
          over: money(actual - planned),
          rate: planned > tol ? formatRate(actual / planned) : '无法计算，全年预算数为 0',
          difference: actual - planned,
        },
      });
    }
  },
});
