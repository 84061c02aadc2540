// hardcoded-total: a total, subtotal or rate cell holds a typed constant where the block's other totals are formulas.
import { defineRule } from '../rule-kit/rule';
import { isFormulaCell, sumFormula, totalBlocks } from '../rule-kit/total-cells';

export default defineRule({
  meta: {
    id: 'hardcoded-total',
    name: '合计为手填数字',
    severity: 'info',
    description:
      'A total/subtotal/rate cell holds a typed constant where the other totals of the same block are formulas.',
    messages: {
      constant:
        '{{what}}是直接输入的数值，而同一表中其他合计（比率）单元格都是公式。分项改动后它不会自动更新：建议改回公式（如 {{example}}）。',
    },
  },
  check(context) {
    for (const block of totalBlocks(context.model, context.computed)) {
      const present = block.cells.filter((c) => c.field.problem !== 'blank' && c.field.problem !== 'error');
      const formulas = present.filter((c) => isFormulaCell(c.field));
      const constants = present.filter((c) => !isFormulaCell(c.field));
      for (const cell of constants) {
        // Only where formulas are the rule among the block's other totals; a sheet typed by hand throughout is a choice.
        if (formulas.length <= constants.length - 1) continue;
        const children = cell.childRowSets[0];
        const example =
          cell.kind === 'sum' && children && children.length > 0
            ? `=${sumFormula(cell.field.ref.col, children)}`
            : `=${(formulas.find((f) => f.kind === cell.kind) ?? formulas[0])?.field.formula ?? ''}`;
        context.report({ messageId: 'constant', cells: [cell.field.ref], data: { what: cell.what, example } });
      }
    }
  },
});
