// filing-date: 填报日期 is unparsable, not a real date, or before the end of 评价年度 (a blank one is required-field's).
import { formatDateChinese } from '../text/dates';
import { defineRule } from '../rule-kit/rule';
import { shownValue } from '../rule-kit/naming';

export default defineRule({
  meta: {
    id: 'filing-date',
    name: '填报日期有误',
    severity: 'error',
    description: '填报日期 unparsable, not a real date (2025-02-30), or before the end of 评价年度.',
    messages: {
      unparsable: '填报日期“{{value}}”无法识别为日期。请按“2025年7月25日”或“2025-07-25”的格式填写，或设置为日期格式。',
      notADate: '填报日期“{{value}}”不是真实存在的日期（该月没有这一天）。请核对后改正。',
      early:
        '填报日期为 {{date}}，早于评价年度 {{year}} 年结束。自评是在评价年度结束后的次年填报的：请核对填报日期或评价年度。',
    },
  },
  check(context) {
    const data = context.model.data;
    const filed = data?.filedOn;
    if (!filed) return;
    if (filed.problem === 'unparsable-date') {
      context.report({ messageId: 'unparsable', cells: [filed.ref], data: { value: shownValue(filed.raw) } });
      return;
    }
    if (filed.problem === 'not-a-date') {
      context.report({ messageId: 'notADate', cells: [filed.ref], data: { value: shownValue(filed.raw) } });
      return;
    }
    const year = data?.year?.value;
    if (!filed.value || year == null || !Number.isInteger(year)) return;
    if (filed.value.year > year) return;
    context.report({ messageId: 'early', cells: [filed.ref], data: { date: formatDateChinese(filed.value), year } });
  },
});
