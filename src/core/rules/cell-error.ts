// cell-error: a cell the product reads holds an Excel error value.
import { fieldsOf } from '../rule-kit/fields';
import { defineRule } from '../rule-kit/rule';
import { shownValue } from '../rule-kit/naming';
import { fixesAt } from '../rule-kit/fix-index';

const CAUSES: Readonly<Record<string, string>> = {
  '#DIV/0!': '公式除以了 0 或空白单元格',
  '#REF!': '公式引用的单元格已被删除',
  '#VALUE!': '公式里有文本参与了计算',
  '#N/A': '查找函数没有找到对应值',
  '#NAME?': '公式里有无法识别的函数名或名称',
  '#NUM!': '公式的数值无效',
  '#NULL!': '公式的区域引用不相交',
};

export default defineRule({
  meta: {
    id: 'cell-error',
    name: '单元格公式错误',
    severity: 'error',
    description: 'A cell the product reads holds an Excel error (#DIV/0!, #REF!, #VALUE!, #N/A, #NAME?).',
    messages: {
      error: '{{what}}显示错误值 {{error}}（{{cause}}），无法读取。请修正该单元格的公式或直接填写数值。',
    },
  },
  check(context) {
    for (const use of fieldsOf(context.model)) {
      if (use.field.problem !== 'error') continue;
      const error = shownValue(use.field.raw);
      context.report({
        messageId: 'error',
        cells: [use.field.ref],
        data: { what: use.what, error, cause: CAUSES[error] ?? '公式出错' },
        // An error in a cell the recalculation knows (a total, a rate, a score) is repaired by its recalculated value.
        fix: fixesAt(context, use.field.ref),
      });
    }
  },
});
