// hardcoded-total: a total, subtotal or rate cell holds a typed constant where the block's other totals are formulas.
import { defineRule } from './rule';
import { isFormulaCell, totalBlocks } from './total-cells';

export default defineRule({
  meta: {
    id: 'hardcoded-total',
    severity: 'info',
    description: 'A total/subtotal/rate cell holds a typed constant where the other totals of the same block are formulas.',
    messages: {
      constant: '{{what}}是直接输入的数值，而同一表中其他合计（比率）单元格都是公式。分项改动后它不会自动更新：建议改回公式（如 {{example}}）。',
    },
  },
  check(context) {
    for (const block of totalBlocks(context.model, context.computed)) {
      const present = block.cells.filter((c) => c.field.problem !== 'blank' && c.field.problem !== 'error');
      const formulas = present.filter((c) => isFormulaCell(c.field));
      const constants = present.filter((c) => !isFormulaCell(c.field));
      // Only when formulas are the rule of the block; a sheet typed by hand throughout is a choice, not a slip.
      if (formulas.length === 0 || constants.length >= formulas.length) continue;
      const sample = formulas.find((f) => f.kind === 'sum') ?? formulas[0];
      for (const cell of constants) {
        const example = formulas.find((f) => f.kind === cell.kind) ?? sample;
        context.report({ messageId: 'constant', cells: [cell.field.ref], data: { what: cell.what, example: `=${example?.field.formula ?? 'SUM(…)'}` } });
      }
    }
  },
});
