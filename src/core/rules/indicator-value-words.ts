// indicator-value-words: a measured indicator's 实际完成值 states the result in words ("完成", "达成目标值") where its
// 年度指标值 is a figure: filled, so no gap, but nothing to compare or to check the 得分 against.
import { defineRule } from '../rule-kit/rule';
import { quote } from '../rule-kit/texts';

export default defineRule({
  meta: {
    id: 'indicator-value-words',
    name: '完成值未写数值',
    severity: 'warning',
    description:
      "A measured indicator's 实际完成值 is written in words: it cannot be compared with the 年度指标值, nor its score checked.",
    messages: {
      words:
        '指标“{{name}}”的年度指标值是数值，实际完成值却写的是“{{actual}}”，无法与年度指标值比较，得分也无法核对。请填写实际达到的数值（如 100%）。',
    },
  },
  check(context) {
    for (const indicator of context.model.data?.indicators?.rows ?? []) {
      if (indicator.direction === 'qualitative' || indicator.actual.problem !== 'not-a-number') continue;
      context.report({
        messageId: 'words',
        cells: [indicator.actual.ref],
        data: { name: indicator.name.value ?? '', actual: quote(indicator.actualText.trim(), 30) },
      });
    }
  },
});
