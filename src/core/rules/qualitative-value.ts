// qualitative-value: a 定性 result that states no level and describes nothing ("较好", "有所提升").
import { defineRule } from '../rule-kit/rule';
import { describesResult } from '../rule-kit/indicator-values';
import { quote } from '../rule-kit/texts';

export default defineRule({
  meta: {
    id: 'qualitative-value',
    name: '定性指标完成值不明',
    severity: 'warning',
    description:
      "A 定性 indicator's 实际完成值 is none of the three levels (or a synonym) nor a description of what was achieved.",
    messages: {
      vague:
        '定性指标“{{name}}”的实际完成值“{{actual}}”既不是“达成年度指标”“部分达成年度指标并具有一定效果”“未达成年度指标且效果较差”中的一档，也没有写明实际完成了什么，评审无法判断得分。请改为三档之一，例如“达成年度指标”。',
    },
  },
  check(context) {
    for (const calc of context.computed.indicators) {
      const { indicator, qualitativeLevel } = calc;
      if (indicator.direction !== 'qualitative' || qualitativeLevel) continue;
      if (indicator.actual.problem === 'error') continue;
      const actual = indicator.actualText.trim();
      // A blank result is required-field's; a description is a result of its own.
      if (actual === '' || describesResult(actual)) continue;
      context.report({
        messageId: 'vague',
        cells: [indicator.actual.ref],
        data: { name: indicator.name.value ?? '', actual: quote(actual, 30) },
      });
    }
  },
});
