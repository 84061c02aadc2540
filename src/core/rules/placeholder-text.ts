// placeholder-text: template residue (（单位名称）, XX, ……, 【…】, instruction texts) left in a value the user fills.
import { defineRule } from './rule';
import { placeOf, quote, userTexts } from './texts';

/** Template residue, each found on the NFKC-folded text (full-width brackets become half-width). */
const RESIDUE: readonly RegExp[] = [
  /\(\s*(?:单位名称|部门名称|单位全称|填写单位名称)\s*\)/,
  /[X×Ｘ]{2,}|x{2,}/,
  /…{2,}|\.{6,}/,
  /【[^】]*】/,
  /\(\s*\d+\s*字以[内下]\s*\)/,
  /说明本单位[^。]*/,
  /对照《[^》]*》\s*逐项分析[^。]*/,
  /此处填写|请在此填写|请在此处填写/,
];

export default defineRule({
  meta: {
    id: 'placeholder-text',
    name: '模板提示文字未删除',
    severity: 'error',
    description:
      'Template residue left in a value the user fills: （单位名称）, XX, ××, ……, 【…】, （100字以内）, instruction texts.',
    messages: {
      residue:
        '“{{where}}”中还留有模板的提示文字“{{residue}}”，没有替换成实际内容。请删除提示文字并填写本单位的实际情况。',
    },
  },
  check(context) {
    for (const text of userTexts(context.model)) {
      const folded = text.text.normalize('NFKC');
      const found = RESIDUE.map((re) => re.exec(folded)?.[0]).filter((m): m is string => m !== undefined);
      if (found.length === 0) continue;
      context.report({
        messageId: 'residue',
        cells: [text.field.ref],
        data: { where: placeOf(text), residue: found.map((f) => quote(f, 30)).join('”、“') },
      });
    }
  },
});
