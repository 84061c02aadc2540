// formula-range: a total's SUM/+ formula leaves out a child row or takes in a row that is not one of its children.
import { fromA1, toA1 } from '../grid/a1';
import type { Grid } from '../grid/grid';
import { cellAt, isBlankValue } from '../grid/grid';
import { defineRule } from '../rule-kit/rule';
import { isFormulaCell, sumFormula, totalBlocks } from '../rule-kit/total-cells';

type Ref = { readonly sheet?: string; readonly row: number; readonly col: number };

const REF = String.raw`(?:(?:'[^']+'|[^\s!'+(),:]+)!)?\$?[A-Za-z]{1,3}\$?\d+`;
const TERM = new RegExp(
  String.raw`^(?:SUM\(\s*(${REF}(?:\s*:\s*${REF})?(?:\s*,\s*${REF}(?:\s*:\s*${REF})?)*)\s*\)|(${REF}))$`,
  'i',
);

function parseRef(text: string): Ref | undefined {
  const bang = text.lastIndexOf('!');
  const sheet = bang >= 0 ? text.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'") : undefined;
  const pos = fromA1(text.slice(bang + 1));
  return pos ? { ...pos, ...(sheet !== undefined ? { sheet } : {}) } : undefined;
}

/** The cells a formula of the form SUM(a:b, c) + d + SUM(e:f) adds up; undefined for any other formula. */
export function summedCells(formula: string): Ref[] | undefined {
  const terms = formula
    .replace(/^=/, '')
    .trim()
    .split(/\s*\+\s*/);
  const out: Ref[] = [];
  for (const term of terms) {
    const match = TERM.exec(term.trim());
    if (!match) return undefined;
    const parts = match[1] !== undefined ? match[1].split(/\s*,\s*/) : [match[2] ?? ''];
    for (const part of parts) {
      const [a = '', b] = part.split(/\s*:\s*/);
      const start = parseRef(a);
      const end = b === undefined ? start : parseRef(b);
      if (!start || !end) return undefined;
      for (let row = Math.min(start.row, end.row); row <= Math.max(start.row, end.row); row++) {
        for (let col = Math.min(start.col, end.col); col <= Math.max(start.col, end.col); col++)
          out.push({ row, col, ...(start.sheet !== undefined ? { sheet: start.sheet } : {}) });
      }
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'formula-range',
    name: '合计公式范围有误',
    severity: 'error',
    description: "A total's formula (SUM/+) leaves out a child row or includes a foreign row of its block.",
    messages: {
      missing:
        '{{what}}的公式 ={{formula}} 漏掉了分项 {{cells}}。即使目前数值碰巧一致，分项一旦变动合计就会出错：请把公式改为包含全部分项（{{expected}}）。',
      foreign:
        '{{what}}的公式 ={{formula}} 把不属于它的单元格 {{cells}} 也加了进去（可能重复计算或多算一行）。请把公式改为只加其分项（{{expected}}）。',
    },
  },
  check(context) {
    const grids = new Map<string, Grid>(context.grids.map((g) => [g.name, g]));
    for (const block of totalBlocks(context.model, context.computed)) {
      for (const cell of block.cells) {
        const { field } = cell;
        if (cell.kind !== 'sum' || !isFormulaCell(field) || field.problem === 'error' || cell.childRowSets.length === 0)
          continue;
        const refs = summedCells(field.formula ?? '');
        const grid = grids.get(field.ref.sheet);
        if (!refs || !grid) continue;
        const col = field.ref.col;
        // Blank cells and the covered parts of merged cells add nothing; only cells with a value count as summed.
        const counted = refs.filter((r) => {
          if (r.sheet !== undefined && r.sheet !== field.ref.sheet) return true;
          const c = cellAt(grid, r.row, r.col);
          return c !== undefined && !c.mergedFrom && !isBlankValue(c.value);
        });
        const summedRows = new Set(
          counted
            .filter((r) => (r.sheet === undefined || r.sheet === field.ref.sheet) && r.col === col)
            .map((r) => r.row),
        );
        const foreignOther = counted.filter(
          (r) => (r.sheet !== undefined && r.sheet !== field.ref.sheet) || r.col !== col,
        );
        // The formula may follow either breakdown of a parent; judge it against the one it is closest to.
        const best = [...cell.childRowSets]
          .map((rows) => ({
            rows,
            missing: rows.filter((r) => !summedRows.has(r) && !refs.some((x) => x.row === r && x.col === col)),
            foreign: [...summedRows].filter((r) => !rows.includes(r)),
          }))
          .sort((a, b) => a.missing.length + a.foreign.length - (b.missing.length + b.foreign.length))[0];
        if (!best) continue;
        const expected = `=${sumFormula(col, best.rows)}`;
        const foreignCells = [
          ...best.foreign.map((row) => toA1({ row, col })),
          ...foreignOther.map((r) => (r.sheet && r.sheet !== field.ref.sheet ? `${r.sheet}!` : '') + toA1(r)),
        ];
        if (best.missing.length > 0) {
          const missing = best.missing.map((row) => ({ sheet: field.ref.sheet, row, col }));
          context.report({
            messageId: 'missing',
            cells: [field.ref, ...missing],
            data: {
              what: cell.what,
              formula: field.formula ?? '',
              cells: best.missing.map((row) => toA1({ row, col })).join('、'),
              expected,
            },
          });
        } else if (foreignCells.length > 0) {
          context.report({
            messageId: 'foreign',
            cells: [field.ref],
            data: { what: cell.what, formula: field.formula ?? '', cells: foreignCells.join('、'), expected },
          });
        }
      }
    }
  },
});
