// year-mismatch: a year in the data table or report text differs from 评价年度 (filing/notice years and 上年 references excepted).
import { defineRule } from '../rule-kit/rule';
import { placeOf, quote, sentenceAt, userTexts } from '../rule-kit/texts';

const YEAR =
  /(?<![\d.,])((?:19|20)\d{2})(?![\d.,%])(?!\s*(?:元|万元|万|亿|人|起|次|个|台|宗|件|户|家|名|米|公里|亩|吨|场|项|条|份|余|多|小时|天|辆|套|册|平方))/g;
const PRIOR = /上年|上一年|去年|同比|较上年|比上年|上年度|前一年/;
/** Years that date the filing or the notice: 报送/通知 fields, a document number 〔2025〕, a full date 2025年7月28日. */
const FILING_KEYS = new Set(['noticeTitle', 'noticeNumber', 'submittedOn']);

export default defineRule({
  meta: {
    id: 'year-mismatch',
    name: '年度不一致',
    severity: 'warning',
    description:
      'A year in text differs from 评价年度 (except 评价年度+1 dating the filing/notice, and 上年/同比 references).',
    messages: {
      year: '“{{where}}”中出现了 {{years}} 年（“{{context}}”），与评价年度 {{year}} 年不同。请核对是否误写了年份（如照搬了往年的材料）；若确指其他年度（如活动名称）可忽略。',
    },
  },
  check(context) {
    const year = context.model.data?.year?.value;
    if (year == null || !Number.isInteger(year)) return;
    // The project's own name may carry the year its money was granted ("2021年中央化肥减量增效示范县项目补助资金",
    // evaluated for 2022): that year, wherever the name is written, is part of a name.
    const projectName = (context.model.data?.project?.value ?? '').normalize('NFKC').replace(/\s+/g, '');
    const inProjectName = (t: string, at: number) =>
      projectName !== '' && projectName.includes(t.slice(at, at + 8).replace(/\s+/g, ''));
    for (const text of userTexts(context.model)) {
      const t = text.text.normalize('NFKC');
      const odd: { year: number; at: number }[] = [];
      for (const m of t.matchAll(YEAR)) {
        const y = Number(m[1]);
        const at = m.index ?? 0;
        if (y === year || inProjectName(t, at)) continue;
        const before = t.slice(Math.max(0, at - 1), at);
        const after = t.slice(at + 4, at + 12);
        if (y === year + 1) {
          if (text.key && FILING_KEYS.has(text.key)) continue;
          if (/[〔[(【]/.test(before) || /^\s*年\s*\d{1,2}\s*月/.test(after)) continue;
          const sentence = sentenceAt(t, at);
          if (/通知|报送|填报/.test(sentence)) continue;
        }
        if (y === year - 1 && PRIOR.test(sentenceAt(t, at))) continue;
        odd.push({ year: y, at });
      }
      const first = odd[0];
      if (!first) continue;
      // NFKC keeps CJK text the same length, so the positions hold in the text as typed.
      const around = text.text.slice(Math.max(0, first.at - 12), first.at + 12);
      context.report({
        messageId: 'year',
        cells: [text.field.ref],
        data: {
          where: placeOf(text),
          years: [...new Set(odd.map((o) => o.year))].join('、'),
          context: quote(around, 30),
          year,
        },
      });
    }
  },
});
