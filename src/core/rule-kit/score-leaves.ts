// The level-3 rows of the 评分表 (三级指标), for the rules that check them one by one.
import type { CellRef } from '../grid/grid';
import type { ScoreNode, WorkbookModel } from '../template/model';
import { leavesOf } from '../template/parse-score-sheet';

/** Every 三级指标 of the score sheet, in sheet order; none when the workbook has no score sheet. */
export function scoreLeaves(model: WorkbookModel): ScoreNode[] {
  return model.score ? leavesOf(model.score.roots) : [];
}

/** Where a finding about a leaf's 扣分原因 points: that cell, else the 得分 beside it (a leaf has one or the other). */
export function reasonCell(leaf: ScoreNode): CellRef {
  return leaf.reason?.ref ?? (leaf.score?.ref as CellRef);
}
