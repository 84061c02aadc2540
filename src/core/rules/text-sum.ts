// text-sum: a text states a total and its parts ("共89.97万元。其中：30万元…；30万元…；29.99万元…") that do not add up.
import { formatAmount } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { foldText, quote, userTexts } from '../rule-kit/texts';

/** An amount as written: its value in 元 and how far rounding to its written digits may have moved it, in 元. */
type Amount = { readonly yuan: number; readonly text: string; readonly slack: number };

const YUAN_PER = { 元: 1, 万元: 10_000, 亿元: 100_000_000 } as const;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const UNIT = '(亿元|万元|元)';
/** The total: 共/合计/总计/累计/总额… then, within a short clause, an amount with its unit. */
const TOTAL = new RegExp(
  String.raw`(?:共计|(?<!公)共|合计|总计|累计|总额|总投资|总投入)[^。；;，,：:其]{0,16}?${NUMBER}${UNIT}`,
  'g',
);
const AMOUNT = new RegExp(`${NUMBER}${UNIT}`, 'g');
/** Amounts joined by plus signs take the unit written after the last one ("30+30+29.99万元"). */
const PLUS_LIST = new RegExp(String.raw`${NUMBER}(?:\s*[+＋]\s*${NUMBER})+\s*${UNIT}`, 'g');
/** A comparison after the list ("较上年增加10万元") is not one of its parts: the list ends there. */
const LIST_END = /较|比上年|比去年|同比|增加|减少|增长|下降|增幅|降幅/;
/** A list that says it is not the whole: 等, 主要, 部分, 包括, 含, 约. */
const NOT_EXHAUSTIVE = /等[项方用资费款]?|主要|部分|包括|约|左右|以上|以下|不少于|不超过|其余|剩余|另有/;

function amountOf(integer: string, fraction: string | undefined, unit: keyof typeof YUAN_PER): Amount {
  const per = YUAN_PER[unit];
  const value = Number(`${integer.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
  return {
    yuan: value * per,
    text: `${integer}${fraction ? `.${fraction}` : ''}${unit}`,
    // A figure with decimals is exact to half its last digit; a whole figure ("30万元") is taken as exact.
    slack: fraction ? 0.5 * 10 ** -fraction.length * per : 0,
  };
}

/** The parts listed after 其中, to the end of its sentence; amounts in brackets (a part's own breakdown) left out. */
function partsAfter(text: string, from: number): { parts: Amount[]; exhaustive: boolean } | undefined {
  const start = text.indexOf('其中', from);
  if (start < 0) return undefined;
  // 其中 must open the total's own sentence or the very next one.
  const between = text.slice(from, start);
  if ((between.match(/[。！？!?\n]/g) ?? []).length > 1) return undefined;
  let end = text.slice(start).search(/[。！？!?\n]/);
  end = end < 0 ? text.length : start + end;
  let list = text.slice(start + 2, end).replace(/[（(][^）)]*[）)]/g, '');
  const comparison = list.search(LIST_END);
  if (comparison >= 0) list = list.slice(0, comparison);
  const parts: Amount[] = [];
  const plusSpans: Array<[number, number]> = [];
  for (const m of list.matchAll(PLUS_LIST)) {
    const unit = m[m.length - 1] as keyof typeof YUAN_PER;
    for (const n of m[0].matchAll(new RegExp(NUMBER, 'g'))) parts.push(amountOf(n[1] ?? '0', n[2], unit));
    plusSpans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  for (const m of list.matchAll(AMOUNT)) {
    const at = m.index ?? 0;
    if (plusSpans.some(([a, b]) => at >= a && at < b)) continue;
    parts.push(amountOf(m[1] ?? '0', m[2], m[3] as keyof typeof YUAN_PER));
  }
  return { parts, exhaustive: !NOT_EXHAUSTIVE.test(list) };
}

export default defineRule({
  meta: {
    id: 'text-sum',
    name: '文字中的分项合计不符',
    severity: 'error',
    description: 'A text states a total and its parts (共…万元，其中…) and the parts do not add up to the total.',
    messages: {
      sum: '文字中写明{{total}}，其中各项为 {{parts}}，合计 {{sum}}，与总数相差 {{difference}}。请核对总数或各分项金额，使两者一致（原文：“{{quote}}”）。',
    },
  },
  check(context) {
    for (const { field, text: raw } of userTexts(context.model)) {
      const text = foldText(raw).replace(/[：]/g, ':');
      if (!text.includes('其中')) continue;
      for (const m of text.matchAll(TOTAL)) {
        const total = amountOf(m[1] ?? '0', m[2], m[3] as keyof typeof YUAN_PER);
        const found = partsAfter(text, (m.index ?? 0) + m[0].length);
        if (!found || found.parts.length < 2) continue;
        const sum = found.parts.reduce((s, p) => s + p.yuan, 0);
        const slack = total.slack + found.parts.reduce((s, p) => s + p.slack, 0);
        const difference = sum - total.yuan;
        // A list that says it is partial may fall short of the total; it can never exceed it.
        if (Math.abs(difference) <= slack || (difference < 0 && !found.exhaustive)) continue;
        const inWan = total.text.endsWith('万元');
        const show = (yuan: number) => (inWan ? `${formatAmount(yuan / 10_000)}万元` : `${formatAmount(yuan)}元`);
        context.report({
          messageId: 'sum',
          cells: [field.ref],
          data: {
            total: `共${total.text}`,
            parts: found.parts.map((p) => p.text).join(' + '),
            sum: show(sum),
            difference: show(Math.abs(difference)),
            quote: quote(raw, 60),
          },
        });
        break;
      }
    }
  },
});
