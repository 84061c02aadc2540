// required-field: a value the evaluation cannot do without is blank, or a numeric field holds text that is no number.
import type { CellRef } from '../grid/grid';
import type { Field, WorkbookModel } from '../template/model';
import { fieldsOf } from '../rule-kit/fields';
import { defineRule } from '../rule-kit/rule';
import { shownValue } from '../rule-kit/naming';

const refKey = (ref: CellRef) => `${ref.sheet}!${ref.row}:${ref.col}`;

/** Blank, or a mark the form writes for "none / not applicable" ("-", "—", "/", "无"). */
const isNone = (f: Field<number> | undefined): boolean => !f || f.problem === 'blank' || f.problem === 'not-applicable';

/**
 * Blank cells of budget rows other than the total that are no gap: a row left wholly blank is a source of funds
 * the unit did not have (上年结转资金, 其他资金 left empty), and a scored total leaves its 其中 rows unscored.
 */
function blankChildRowCells(model: WorkbookModel): Set<string> {
  const cells = new Set<string>();
  const total = model.data?.budget?.rows.find((r) => r.kind === 'total');
  for (const row of model.data?.budget?.rows ?? []) {
    if (row.kind === 'total') continue;
    const fields = [row.initial, row.planned, row.actual, row.rate, row.weight, row.score];
    if (fields.every(isNone)) {
      for (const f of fields) if (f) cells.add(refKey(f.ref));
    }
    // Only the total row is scored (分值, 得分, 执行率 of 年度资金总额): a blank one on a 其中 row is no gap.
    if (total?.score?.value != null) {
      for (const f of [row.rate, row.weight, row.score]) if (f && isNone(f)) cells.add(refKey(f.ref));
    }
  }
  return cells;
}

export default defineRule({
  meta: {
    id: 'required-field',
    name: '必填项为空',
    severity: 'error',
    description:
      'A required value (unit, year, filing date, budget amounts, indicator target/actual, scores, weights) is blank or unreadable.',
    messages: {
      blank: '{{what}}未填写。请在此单元格填写{{what}}。',
      notNumber: '{{what}}应为数字，表中填写的是“{{value}}”，无法参与计算。请改为数字（如 12345.67）。',
      badYear: '评价年度应为四位年份（如 2024），表中填写的是“{{value}}”。请改正。',
    },
  },
  check(context) {
    const none = blankChildRowCells(context.model);
    for (const use of fieldsOf(context.model)) {
      const { field } = use;
      if (use.required && field.problem === 'blank' && !none.has(refKey(field.ref))) {
        context.report({ messageId: 'blank', cells: [field.ref], data: { what: use.what } });
      } else if (
        use.numeric &&
        field.problem === 'not-a-number' &&
        !use.nonNumberOwner &&
        !none.has(refKey(field.ref))
      ) {
        context.report({
          messageId: 'notNumber',
          cells: [field.ref],
          data: { what: use.what, value: shownValue(field.raw) },
        });
      }
    }
    const year = context.model.data?.year;
    if (year && year.value !== null && (!Number.isInteger(year.value) || year.value < 2000 || year.value > 2100)) {
      context.report({ messageId: 'badYear', cells: [year.ref], data: { value: shownValue(year.raw) } });
    }
  },
});
