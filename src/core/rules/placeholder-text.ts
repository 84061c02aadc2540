// placeholder-text: template residue (（单位名称）, XX, ……, 【…】, instruction texts) left in a value the user fills.
import { templateResidue } from '../text/residue';
import { defineRule } from '../rule-kit/rule';
import { placeOf, quote, userTexts } from '../rule-kit/texts';

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
      const found = templateResidue(text.text);
      if (found.length === 0) continue;
      context.report({
        messageId: 'residue',
        cells: [text.field.ref],
        data: { where: placeOf(text), residue: found.map((f) => quote(f, 30)).join('”、“') },
      });
    }
  },
});
