// required-field: a value the evaluation cannot do without is blank, or a numeric field holds text that is no number.
import { fieldsOf } from './fields';
import { defineRule } from './rule';
import { shownValue } from './support';

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
    for (const use of fieldsOf(context.model)) {
      const { field } = use;
      if (use.required && field.problem === 'blank') {
        context.report({ messageId: 'blank', cells: [field.ref], data: { what: use.what } });
      } else if (use.numeric && field.problem === 'not-a-number' && !use.nonNumberOwner) {
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
