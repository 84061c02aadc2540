// number-as-text: a numeric field holds text that only looks like a number; it is used, but Excel cannot sum it.
import { fieldsOf } from '../rule-kit/fields';
import { defineRule } from '../rule-kit/rule';
import { shownValue } from '../rule-kit/naming';

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
    for (const use of fieldsOf(context.model)) {
      const { field } = use;
      if (!use.numeric || field.problem !== 'text-number' || typeof field.value !== 'number') continue;
      const number = field.percent ? `${Number((field.value * 100).toPrecision(12))}%` : String(field.value);
      context.report({
        messageId: 'text',
        cells: [field.ref],
        data: { what: use.what, value: shownValue(field.raw), number },
      });
    }
  },
});
