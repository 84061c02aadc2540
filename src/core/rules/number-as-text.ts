// number-as-text: a numeric field holds text that only looks like a number; it is used, but Excel cannot sum it.
import type { CellRef } from '../grid/grid';
import type { WorkbookModel } from '../template/model';
import { BUDGET_AMOUNT_COLUMNS } from '../template/model';
import { fieldsOf } from '../rule-kit/fields';
import { defineRule } from '../rule-kit/rule';
import { shownValue } from '../rule-kit/naming';

const keyOf = (ref: CellRef) => `${ref.sheet}!${ref.row}:${ref.col}`;

/**
 * Cells where a number typed as text is normal and harmless: an indicator's 年度指标值 and 实际完成值 ("100%",
 * "≥95%", "1000万元" are how targets are written, and nothing sums them).
 */
function indicatorValueCells(model: WorkbookModel): Set<string> {
  const cells = new Set<string>();
  for (const ind of model.data?.indicators?.rows ?? []) {
    cells.add(keyOf(ind.target.ref));
    cells.add(keyOf(ind.actual.ref));
  }
  return cells;
}

/** The budget and "三公" amount cells, whose number is in the amount unit of the table (a typed "150万" is 150 万元). */
function amountCells(model: WorkbookModel): Set<string> {
  const cells = new Set<string>();
  for (const row of model.data?.budget?.rows ?? []) {
    for (const col of BUDGET_AMOUNT_COLUMNS) {
      const field = row[col];
      if (field) cells.add(keyOf(field.ref));
    }
  }
  for (const row of model.data?.sangong?.rows ?? []) {
    for (const field of [row.planned, row.actual]) if (field) cells.add(keyOf(field.ref));
  }
  return cells;
}

export default defineRule({
  meta: {
    id: 'number-as-text',
    name: '数字存为文本',
    severity: 'warning',
    description:
      'A numeric field holds text that looks like a number ("34,474,255.03", "１２３", "99分", "100%" typed as text).',
    messages: {
      text: '{{what}}是以文本形式填写的数字“{{value}}”，本次按 {{number}} 计算，但 Excel 的求和公式会忽略它。请将单元格改为数值格式并重新输入数字。',
    },
  },
  check(context) {
    const skipped = indicatorValueCells(context.model);
    const amounts = amountCells(context.model);
    const amountUnit = context.model.data?.amountUnit ?? '元';
    for (const use of fieldsOf(context.model)) {
      const { field } = use;
      if (!use.numeric || field.problem !== 'text-number' || typeof field.value !== 'number') continue;
      const key = keyOf(field.ref);
      if (skipped.has(key)) continue;
      // The number as it is used, with its unit: "150万" in a 万元 table is used as 150万元, "99分" as 99分.
      const unit = amounts.has(key) ? amountUnit : (field.unit ?? '');
      const number = field.percent
        ? `${Number((field.value * 100).toPrecision(12))}%`
        : `${Number(field.value.toPrecision(12))}${unit}`;
      context.report({
        messageId: 'text',
        cells: [field.ref],
        data: { what: use.what, value: shownValue(field.raw), number },
      });
    }
  },
});
