// Fixes of the score sheet (weights, 合计, 自评等级) and of the data table's restatement of its total and grade.
import { gradeDiffers } from '../template/choices';
import { scoresEqual } from '../calc/compare';
import type { Settings } from '../calc/settings';
import type { FixProposal } from '../finding';
import { qualifiedA1, toA1 } from '../grid/a1';
import type { CellRef } from '../grid/grid';
import type { Field, ScoreNode, ScoreSheet } from '../template/model';
import { cellFix, differs, fixList, type FixContext } from './fix-cell';
import { FIX_LEVEL_NAMES, FIX_TEXTS, fillFixText } from './fix-texts';

function lastRowOf(node: ScoreNode): number {
  return node.children.reduce((last, child) => Math.max(last, lastRowOf(child)), node.row);
}

/** SUM over one column from `top` to `bottom`: in a merged column only the anchors hold values, so it adds those. */
function columnSum(col: number, top: number, bottom: number): string {
  const first = toA1({ row: top, col });
  return bottom > top ? `SUM(${first}:${toA1({ row: bottom, col })})` : first;
}

/** Whether every node of a level keeps its weight in `col` (not in its name), so a column sum adds exactly them. */
function weightsInColumn(nodes: readonly ScoreNode[], col: number): boolean {
  return nodes.length > 0 && nodes.every((n) => n.weight && !n.weightInName && n.weight.ref.col === col);
}

function gradeFormula(total: CellRef, from: string, settings: Settings): string {
  const cell = total.sheet === from ? toA1(total) : qualifiedA1(total.sheet, total);
  return settings.gradeBands.reduceRight(
    (otherwise, band) => `IF(${cell}>=${band.min},"${band.grade}",${otherwise})`,
    '"差"',
  );
}

/** A level-1 or level-2 weight ≠ the sum of its leaves' weights, rewritten as the sum over the level below. */
function nodeWeightFix(context: FixContext, node: ScoreNode): FixProposal | undefined {
  const sheet = context.model.score;
  const calc = context.computed.score?.nodes.get(node);
  if (!sheet || !calc || node.children.length === 0 || node.weightInName) return undefined;
  const value = calc.weightSum;
  if (!differs(node.weight, (v) => scoresEqual(v, value, context.settings))) return undefined;
  const childCol = node.level === 1 ? sheet.columns.l2Weight : sheet.columns.l3Weight;
  const formula =
    childCol !== undefined && weightsInColumn(node.children, childCol)
      ? columnSum(childCol, node.row, lastRowOf(node))
      : undefined;
  const what = fillFixText(FIX_TEXTS.nodeWeight, { level: FIX_LEVEL_NAMES[node.level], name: node.title });
  return cellFix(node.weight, what, value, { formula });
}

/** A 合计 cell of the score sheet (weight or score) that differs from its recomputed value, and what its fix needs. */
type TotalToFix = {
  readonly sheet: ScoreSheet;
  readonly field: Field<number>;
  readonly expected: number;
  /** The rows its column sum covers: the data rows above the 合计 row. */
  readonly first: number;
  readonly last: number;
};

function totalToFix(context: FixContext, column: 'weight' | 'score'): TotalToFix | undefined {
  const sheet = context.model.score;
  const score = context.computed.score;
  if (!sheet || !score) return undefined;
  const field = sheet.total?.[column];
  const expected = column === 'weight' ? score.totalWeight : score.total;
  if (!differs(field, (v) => scoresEqual(v, expected, context.settings))) return undefined;
  const first = sheet.firstDataRow;
  return { sheet, field, expected, first, last: (sheet.total?.row ?? first) - 1 };
}

export function totalWeightFix(context: FixContext): FixProposal | undefined {
  const total = totalToFix(context, 'weight');
  if (!total) return undefined;
  const { sheet, field } = total;
  const { columns } = sheet;
  const level2 = sheet.roots.flatMap((r) => r.children);
  const col = field.ref.col;
  const level =
    col === columns.l1Weight
      ? sheet.roots
      : col === columns.l2Weight
        ? level2
        : col === columns.l3Weight
          ? level2.flatMap((n) => n.children)
          : [];
  const formula = weightsInColumn(level, col) ? columnSum(col, total.first, total.last) : undefined;
  return cellFix(field, FIX_TEXTS.totalWeight, total.expected, { formula });
}

/** The weight of a level-1 or level-2 node and what follows from it: its level-1 parent's weight and the 合计 weight. */
export function weightFixes(context: FixContext, node: ScoreNode): FixProposal[] {
  const parent = context.model.score?.roots.find((r) => r.children.includes(node));
  return fixList(
    nodeWeightFix(context, node),
    parent ? nodeWeightFix(context, parent) : undefined,
    totalWeightFix(context),
  );
}

export function totalScoreFix(context: FixContext): FixProposal | undefined {
  const total = totalToFix(context, 'score');
  if (!total) return undefined;
  const col = total.sheet.columns.score;
  const formula = col !== undefined ? columnSum(col, total.first, total.last) : undefined;
  return cellFix(total.field, FIX_TEXTS.totalScore, total.expected, { formula });
}

export function gradeFix(context: FixContext): FixProposal | undefined {
  const sheet = context.model.score;
  const score = context.computed.score;
  const grade = sheet?.grade;
  if (!score || !gradeDiffers(grade, score.grade)) return undefined;
  const totalScore = sheet?.total?.score;
  const formula = totalScore ? gradeFormula(totalScore.ref, grade.ref.sheet, context.settings) : undefined;
  return cellFix(grade, FIX_TEXTS.grade, score.grade, { formula });
}

/** The data table's 自评得分, as a reference to the score sheet's total. */
export function dataScoreFix(context: FixContext): FixProposal | undefined {
  const { model } = context;
  const score = context.computed.score;
  const stated = model.data?.statedScore;
  if (!score || !model.score || !differs(stated, (v) => scoresEqual(v, score.total, context.settings)))
    return undefined;
  const totalCell = model.score.total?.score?.ref;
  return cellFix(stated, FIX_TEXTS.dataScore, score.total, {
    formula: totalCell ? qualifiedA1(totalCell.sheet, totalCell) : undefined,
  });
}

/** The data table's 自评等级, as a reference to the score sheet's grade (or the bands over its total). */
export function dataGradeFix(context: FixContext): FixProposal | undefined {
  const { model } = context;
  const score = context.computed.score;
  const stated = model.data?.statedGrade;
  if (!score || !model.score || !gradeDiffers(stated, score.grade)) return undefined;
  const totalCell = model.score.total?.score?.ref;
  const gradeCell = model.score.grade?.ref;
  const formula = gradeCell
    ? qualifiedA1(gradeCell.sheet, gradeCell)
    : totalCell
      ? gradeFormula(totalCell, stated.ref.sheet, context.settings)
      : undefined;
  return cellFix(stated, FIX_TEXTS.dataGrade, score.grade, { formula });
}

/** The score sheet's total and the data-table cells that repeat it (and its grade): they follow from the total. */
export function totalFixes(context: FixContext): FixProposal[] {
  return fixList(totalScoreFix(context), dataScoreFix(context), dataGradeFix(context));
}
