// Decides which sheet is which by the labels inside them (never by sheet names) and parses each into the model.
import type { Grid } from '../grid/grid';
import { countMaterialLabels, parseMaterial } from './parse-material';
import { detectDataTable, findYear, parseDataTable } from './parse-data-table';
import { findScoreHeader, parseScoreSheet } from './parse-score-sheet';
import type { DataTable, ScoreSheet, WorkbookModel } from './model';
import { readUnitName } from './read-unit';
import { recognizeFamily, type FamilyMatch } from './recognize-family';
import { SheetIndex } from './sheet-index';

export type Recognition = {
  readonly model: WorkbookModel;
  /** Parts that were not found, with the labels that were looked for. */
  readonly missing: ReadonlyArray<{ readonly part: 'data' | 'score'; readonly labels: readonly string[] }>;
  /** The family recognised (`sure`), or the closest one with the required labels that were missing. */
  readonly family: FamilyMatch;
};

export const DATA_TABLE_SIGNATURE = ['单位名称', '全年预算数', '全年执行数', '三级指标', '年度指标值', '实际完成值'];
export const SCORE_SHEET_SIGNATURE = ['一级指标', '二级指标', '三级指标', '权重', '得分'];
const SCORE_WORDS = ['得分', '分值', '权重', '自评得分', '总分', '自评总分', '指标分值'];

export function recognizeWorkbook(grids: readonly Grid[]): Recognition {
  const indexes = grids.map((grid) => new SheetIndex(grid));
  const match = recognizeFamily(indexes);
  const family = match.sure ? match.family : undefined;
  let data: { index: SheetIndex; score: number } | undefined;
  let score: { index: SheetIndex; header: number } | undefined;
  let material: { index: SheetIndex; count: number } | undefined;
  for (const index of indexes) {
    const scoreHeader = findScoreHeader(index);
    if (scoreHeader !== undefined && !score) {
      score = { index, header: scoreHeader };
      continue;
    }
    const signature = detectDataTable(index);
    const dataScore =
      (signature.budgetHeader !== undefined ? 2 : 0) +
      (signature.indicatorHeader !== undefined ? 2 : 0) +
      (signature.hasUnit ? 1 : 0);
    if (dataScore >= 2 && (!data || dataScore > data.score)) {
      data = { index, score: dataScore };
      continue;
    }
    const count = countMaterialLabels(index);
    if (count >= 3 && (!material || count > material.count)) material = { index, count };
  }
  // A one-sheet form holds its budget table above its scored indicators: the score sheet is also the data table.
  if (!data && score) {
    const signature = detectDataTable(score.index);
    if (signature.budgetHeader !== undefined) data = { index: score.index, score: 2 };
  }
  const missing: Recognition['missing'][number][] = [];
  const dataTable = data ? parseDataTable(data.index, family?.amountUnit) : undefined;
  // A family filed as its score sheet alone (部门整体支出绩效评价指标表) has no data table to miss.
  if (!dataTable && (family?.parts.dataTable ?? true)) missing.push({ part: 'data', labels: DATA_TABLE_SIGNATURE });
  // A project form scores its indicators on its own rows (a 得分 column): it has no score sheet to miss; nor has a
  // family whose forms have none (the Hunan 自评表 scores on its own rows).
  // Nor has a data table of no known family that writes no score at all (no 得分, 分值 or 权重 anywhere): a form
  // without scores (a 绩效目标自评表 cut before its indicators), not one whose score part is missing.
  const writesScores = () => indexes.some((index) => index.find(SCORE_WORDS) !== undefined);
  const scorePartDue = family ? family.parts.scoreSheet : !dataTable || writesScores();
  if (!score && !(dataTable && carriesScores(dataTable)) && scorePartDue)
    missing.push({ part: 'score', labels: SCORE_SHEET_SIGNATURE });
  const scoreSheet = score && parseScoreSheet(score.index, score.header);
  return {
    model: {
      sheets: grids.map((g) => g.name),
      ...(family ? { family: { id: family.id, name: family.name, confidence: match.confidence } } : {}),
      ...(dataTable ? { data: dataTable } : {}),
      ...(scoreSheet ? { score: family && !family.parts.dataTable ? withHead(scoreSheet, indexes) : scoreSheet } : {}),
      ...(material ? { material: parseMaterial(material.index) } : {}),
    },
    missing,
    family: match,
  };
}

/** Whether a data table scores its own indicators: a 得分 column in its indicator block. */
function carriesScores(table: DataTable): boolean {
  return table.indicators?.columns.score !== undefined;
}

/**
 * A score sheet filed without a data table names its unit and year on a cover page or in a title (雨花区2017年度部门
 * (单位)整体支出绩效评价自评报告 | 部门(单位)名称 …): the first sheet that states them.
 */
function withHead(sheet: ScoreSheet, indexes: readonly SheetIndex[]): ScoreSheet {
  const unit = sheet.unit?.value ? sheet.unit : indexes.map((i) => readUnitName(i)).find((f) => f?.value);
  const year = indexes.map((i) => findYear(i)).find((f) => f?.value != null);
  return { ...sheet, ...(unit ? { unit } : {}), ...(year ? { year } : {}) };
}
