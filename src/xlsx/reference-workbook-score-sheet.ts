// Sheet 2 of the reference workbook: 自评评分表.
import type ExcelJS from 'exceljs';
import { REFERENCE_SHEET_NAMES, type ReferenceKind, SCORE_ROWS } from './reference-workbook-layout';
import { UNIT_NAME } from './reference-workbook-content';
import { SAMPLE_DEDUCTIONS, SAMPLE_GRADE, SCORE_TREE, type ScoreLeaf } from './reference-workbook-score-tree';
import {
  BOLD_FONT,
  CENTER,
  type CellStyle,
  LEFT,
  addr,
  formula,
  put,
  putMerged,
  startSheet,
  styleRange,
  wrappedHeight,
} from './reference-workbook-styles';

const SCORE_LEAVES: readonly ScoreLeaf[] = SCORE_TREE.flatMap((l1) => l1.children.flatMap((l2) => l2.children));

function sampleScore(indicator: ScoreLeaf): number {
  return SAMPLE_DEDUCTIONS[indicator.name]?.score ?? indicator.weight;
}

export function sampleTotalScore(): number {
  return SCORE_LEAVES.reduce((sum, x) => sum + sampleScore(x), 0);
}

export function buildScoreSheet(wb: ExcelJS.Workbook, kind: ReferenceKind): void {
  const sample = kind === 'sample';
  const ws = startSheet(wb, {
    name: REFERENCE_SHEET_NAMES.score,
    widths: [14, 8, 14, 8, 20, 8, 38, 44, 24, 8], // A to J (得分)
    orientation: 'landscape',
    titleRow: SCORE_ROWS.title,
    title: '湛江市部门（单位）整体支出绩效自评评分表',
  });
  put(ws, `A${SCORE_ROWS.unit}`, '单位名称', { alignment: CENTER, border: true });
  putMerged(ws, SCORE_ROWS.unit, 2, SCORE_ROWS.unit, 6, sample ? UNIT_NAME : undefined, {
    alignment: LEFT,
    border: true,
  });

  const h = SCORE_ROWS.header;
  const s = SCORE_ROWS.subHeader;
  const header: CellStyle = { font: BOLD_FONT, alignment: CENTER, border: true };
  putMerged(ws, h, 1, h, 2, '一级指标', header);
  putMerged(ws, h, 3, h, 4, '二级指标', header);
  putMerged(ws, h, 5, h, 6, '三级指标', header);
  putMerged(ws, h, 7, s, 7, '指标说明', header);
  putMerged(ws, h, 8, s, 8, '评分标准', header);
  putMerged(ws, h, 9, s, 9, '扣分原因', header);
  putMerged(ws, h, 10, s, 10, '得分', header);
  ['名称', '权重（%）', '名称', '权重（%）', '名称', '权重（%）'].forEach((label, i) =>
    put(ws, addr(i + 1, s), label, header),
  );

  const first = SCORE_ROWS.firstIndicator;
  SCORE_LEAVES.forEach((indicator, i) => {
    const r = first + i;
    put(ws, `E${r}`, indicator.name, { alignment: LEFT, border: true });
    put(ws, `F${r}`, indicator.weight, { alignment: CENTER, border: true });
    put(ws, `G${r}`, indicator.description, { alignment: LEFT, border: true });
    put(ws, `H${r}`, indicator.standard, { alignment: LEFT, border: true });
    const deduction = SAMPLE_DEDUCTIONS[indicator.name];
    put(ws, `I${r}`, sample && deduction ? deduction.reason : undefined, { alignment: LEFT, border: true });
    put(ws, `J${r}`, sample ? sampleScore(indicator) : undefined, { alignment: CENTER, border: true });
    ws.getRow(r).height = Math.max(
      wrappedHeight(indicator.description, ws.getColumn(7).width ?? 38),
      wrappedHeight(indicator.standard, ws.getColumn(8).width ?? 44),
    );
  });

  // Level-1 and level-2 names and weights, merged down over their children.
  const group = (
    top: number,
    nameCol: number,
    node: { readonly name: string; readonly weight: number },
    rows: number,
  ): void => {
    const bottom = top + rows - 1;
    putMerged(ws, top, nameCol, bottom, nameCol, node.name, { alignment: CENTER, border: true });
    putMerged(ws, top, nameCol + 1, bottom, nameCol + 1, node.weight, { alignment: CENTER, border: true });
  };
  let row = first;
  for (const level1 of SCORE_TREE) {
    group(
      row,
      1,
      level1,
      level1.children.reduce((n, level2) => n + level2.children.length, 0),
    );
    for (const level2 of level1.children) {
      group(row, 3, level2, level2.children.length);
      row += level2.children.length;
    }
  }

  const last = first + SCORE_LEAVES.length - 1;
  const t = SCORE_ROWS.total;
  const totalWeight = SCORE_TREE.reduce((sum, x) => sum + x.weight, 0);
  const totalScore = sample ? sampleTotalScore() : 0;
  put(ws, `A${t}`, '合计', { font: BOLD_FONT, alignment: CENTER, border: true });
  put(ws, `B${t}`, formula(`SUM(B${first}:B${last})`, totalWeight), {
    font: BOLD_FONT,
    alignment: CENTER,
    border: true,
  });
  styleRange(ws, t, 3, t, 9, { border: true });
  put(ws, `J${t}`, formula(`SUM(J${first}:J${last})`, totalScore), {
    font: BOLD_FONT,
    alignment: CENTER,
    border: true,
  });
  ws.getRow(t).height = 22;
  put(ws, `A${SCORE_ROWS.grade}`, '自评等级', { font: BOLD_FONT, alignment: CENTER, border: true });
  put(ws, `B${SCORE_ROWS.grade}`, sample ? SAMPLE_GRADE : undefined, {
    font: BOLD_FONT,
    alignment: CENTER,
    border: true,
  });
  ws.getRow(SCORE_ROWS.grade).height = 22;
}
