// placeholder-text: template residue (（单位名称）, XX, ……, 【…】, instruction texts) left in a value the user fills.
import type { CellRef } from '../grid/grid';
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
      residueRows:
        '{{count}} 个单元格只有模板的占位符“{{residue}}”（{{where}}等），是模板留下的空行，没有填写内容。请删除这些空行，或填写实际内容。',
    },
  },
  check(context) {
    // Cells holding nothing but a placeholder ("……" rows the form ships) are one leftover, reported once per sheet.
    const rows = new Map<string, { cells: CellRef[]; where: string; residue: string }>();
    for (const text of userTexts(context.model)) {
      const found = templateResidue(text.text);
      if (found.length === 0) continue;
      if (found.length === 1 && text.text.normalize('NFKC').trim() === found[0]) {
        const group = rows.get(text.field.ref.sheet);
        if (group) group.cells.push(text.field.ref);
        else rows.set(text.field.ref.sheet, { cells: [text.field.ref], where: placeOf(text), residue: found[0] });
        continue;
      }
      context.report({
        messageId: 'residue',
        cells: [text.field.ref],
        data: { where: placeOf(text), residue: found.map((f) => quote(f, 30)).join('”、“') },
      });
    }
    for (const group of rows.values()) {
      if (group.cells.length === 1) {
        context.report({
          messageId: 'residue',
          cells: group.cells,
          data: { where: group.where, residue: quote(group.residue, 30) },
        });
        continue;
      }
      context.report({
        messageId: 'residueRows',
        cells: group.cells,
        data: { count: group.cells.length, where: group.where, residue: quote(group.residue, 30) },
      });
    }
  },
});
