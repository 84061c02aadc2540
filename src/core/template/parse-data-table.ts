// Recognises the data table (自评数据表) by its labels: key–value fields, the budget, "三公", goals and indicator blocks.
import type { CellPos } from '../grid/grid';
import { isBlankValue, valueAt } from '../grid/grid';
import { columnLabel, normalizeLabel } from '../text/normalize';
import { parseDateText, type DateParts } from '../text/dates';
import { parseNumberText } from '../text/numbers';
import { mapColumns } from './block-columns';
import {
  FIELD_LABELS,
  GOAL_LABELS,
  INDICATOR_COLUMN_LABELS,
  SANGONG_COLUMN_LABELS,
  SANGONG_TITLE,
  STAFF_LABELS,
} from './labels';
import { gradeField, parseGrade } from './choices';
import { collectTexts, isKnownLabel } from './known-labels';
import {
  BUDGET_HEADER_LABELS,
  findAmountHeaderRows,
  isSangongBlock,
  parseBudget,
  parseSangong,
  statedUnit,
  unitFromText,
  withTypedUnits,
} from './parse-budget';
import { findIndicatorHeader, parseIndicators } from './parse-indicators';
import { otherBlankUnitSlots, readUnitName } from './read-unit';
import type { AmountUnit, BudgetBlock, DataTable, Field, SangongBlock, StaffKey } from './model';
import { optional } from './optional';
import type { SheetIndex } from './sheet-index';

function keyValue<T>(
  index: SheetIndex,
  labels: readonly string[],
  read: (pos: CellPos) => Field<T>,
  inlineRead?: (text: string, pos: CellPos) => Field<T>,
): Field<T> | undefined {
  const hit = index.find(labels);
  if (!hit) return undefined;
  if (hit.inline !== undefined && hit.inline !== '' && inlineRead) return inlineRead(hit.inline, hit.pos);
  const at = index.valueRightOf(hit.pos);
  if (at) return read(at);
  // The blank to fill: the slot right of the label; a label written with its colon and nothing after it ("填报日期:")
  // takes its value after the colon, in its own cell, as does a label with nothing of the form right of it.
  const right = index.slotRightOf(hit.pos);
  const endsWithColon = /[:：]\s*$/.test(String(valueAt(index.grid, hit.pos.row, hit.pos.col) ?? ''));
  const slot = endsWithColon || right.col >= index.grid.colCount ? hit.pos : right;
  return { ref: { sheet: index.grid.name, row: slot.row, col: slot.col }, value: null, raw: null, problem: 'blank' };
}

/** The first cell above row `bottom` whose text states "单位:万元" or "单位:元" somewhere inside it. */
function findUnitStatement(index: SheetIndex, bottom: number): Field<string> | undefined {
  const last = Math.min(bottom - 1, index.grid.rowCount - 1);
  for (let row = 0; row <= last; row++) {
    const cells = index.grid.cells[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const cell = cells[col];
      if (!cell || cell.mergedFrom || typeof cell.value !== 'string') continue;
      const norm = normalizeLabel(cell.value);
      if (/单位:(万元|元)/.test(norm)) return index.text({ row, col });
    }
  }
  return undefined;
}

/**
 * The stated total score: beside its label, or, on a 总分 row under the indicators of a project form, in the
 * indicators' 得分 column (the cell right of the label there is the 分值 total, 100).
 */
function readStatedScore(
  index: SheetIndex,
  indicatorHeader: number | undefined,
  labels: readonly string[] = FIELD_LABELS.statedScore,
): Field<number> | undefined {
  const hit = index.find(labels);
  // 自评得分 heading the indicators' score column is that column, not the form's stated total: look for the others.
  if (hit && indicatorHeader !== undefined && hit.pos.row === indicatorHeader) {
    const own = columnLabel(index.norm(hit.pos.row, hit.pos.col));
    const others = labels.filter((l) => normalizeLabel(l) !== own);
    return others.length < labels.length ? readStatedScore(index, indicatorHeader, others) : undefined;
  }
  const columns = indicatorHeader === undefined ? {} : mapColumns(index, indicatorHeader, INDICATOR_COLUMN_LABELS);
  if (hit && hit.inline === undefined && columns.score !== undefined && indicatorHeader !== undefined) {
    if (hit.pos.row > indicatorHeader && columns.score > hit.pos.col) {
      const inColumn = index.number({ row: hit.pos.row, col: columns.score });
      // A total written once across the row (总分 | 100分, one cell wide on a host that cannot tell merges) is the
      // row's only figure; with a 分值 total beside it, the 得分 column's cell is the stated total even when blank.
      const weight = columns.weight === undefined ? undefined : index.number({ row: hit.pos.row, col: columns.weight });
      if (inColumn.problem !== 'blank' || (weight !== undefined && weight.problem !== 'blank')) return inColumn;
    }
  }
  return keyValue(index, labels, (pos) => index.number(pos));
}

/** The 分值 total on a project form's 总分 row, in the indicators' 分值 column (100, or what the form states). */
function readStatedWeight(
  index: SheetIndex,
  indicatorHeader: number | undefined,
  score: Field<number> | undefined,
): Field<number> | undefined {
  if (!score || indicatorHeader === undefined || score.ref.row <= indicatorHeader) return undefined;
  const weightCol = mapColumns(index, indicatorHeader, INDICATOR_COLUMN_LABELS).weight;
  if (weightCol === undefined || weightCol === score.ref.col) return undefined;
  const field = index.number({ row: score.ref.row, col: weightCol });
  return field.value === null ? undefined : field;
}

/** A grade written without a label right of the stated total (总分 … 100 | 96 | 优), as project forms do. */
function gradeBesideScore(index: SheetIndex, score: Field<number> | undefined): Field<string> | undefined {
  if (!score || score.value === null) return undefined;
  const field = index.text({ row: score.ref.row, col: score.ref.col + 1 });
  return field.value !== null && parseGrade(field.value) !== undefined ? field : undefined;
}

/** A date written after its label in the same cell ("填报日期：2022年3月18日"). */
function inlineDate(index: SheetIndex, text: string, pos: CellPos): Field<DateParts> {
  const reading = parseDateText(text);
  const { problem: _problem, ...field } = index.date(pos);
  if (reading.kind === 'date') return { ...field, value: reading.date };
  return { ...field, value: null, problem: reading.kind === 'not-a-date' ? 'not-a-date' : 'unparsable-date' };
}

/** The first row that holds anything: a sheet's top, or a project's when several stand on one sheet. */
function firstRow(index: SheetIndex): number {
  return Math.max(
    0,
    index.grid.cells.findIndex((r) => r?.some((c) => c && !isBlankValue(c.value))),
  );
}

/**
 * The 执行准确性 row of a 资金管理情况 block (执行准确性 | 执行准确 | 因使用了往年结余资金…): its last text right of the
 * label, unless that only restates the heading ("执行准确").
 */
function readExecutionNote(index: SheetIndex): Field<string> | undefined {
  const hit = index.find(['执行准确性']);
  if (!hit) return undefined;
  const cells = index.grid.cells[hit.pos.row] ?? [];
  for (let col = cells.length - 1; col > hit.pos.col; col--) {
    const cell = cells[col];
    if (!cell || cell.mergedFrom || typeof cell.value !== 'string' || cell.value.trim() === '') continue;
    const text = index.text({ row: hit.pos.row, col });
    return /^执行准确/.test(cell.value.trim()) ? undefined : text;
  }
  return undefined;
}

export function findYear(index: SheetIndex): Field<number> | undefined {
  const field = keyValue(index, FIELD_LABELS.year, (pos) => index.number(pos));
  if (field) return field;
  // The year may stand only in the title: 部门整体支出绩效自评表（2024年度）, 项目支出绩效自评表（2021年）.
  // The title heads the sheet, or the project when several stand on one sheet: the first six rows that hold anything.
  const first = firstRow(index);
  for (let row = first; row < Math.min(index.grid.rowCount, first + 6); row++) {
    for (const cell of index.grid.cells[row] ?? []) {
      if (!cell || cell.mergedFrom || typeof cell.value !== 'string') continue;
      // "2024年度", a year alone in brackets: "（2021年）", or a title opening with its year ("2020年忠烈祠…自评表").
      const match = /(\d{4})\s*年度|\(\s*(\d{4})\s*年\s*\)|^(\d{4})\s*年(?!\d{1,2}月)\S*表$/.exec(
        cell.value.normalize('NFKC').trim(),
      );
      if (!match) continue;
      const col = (index.grid.cells[row] ?? []).indexOf(cell);
      const year = Number(match[1] ?? match[2] ?? match[3]);
      return { ref: { sheet: index.grid.name, row, col }, value: year, raw: cell.value };
    }
  }
  return undefined;
}

/**
 * A form with no year label and no year in its title: the year its 完成情况 text reports on ("中心2021年较好地完成了
 * 履职任务"), when that text names one year only.
 */
function yearOfAchievement(achieved: Field<string> | undefined): Field<number> | undefined {
  const text = achieved?.value?.normalize('NFKC') ?? '';
  const years = new Set([...text.matchAll(/(20\d{2})\s*年/g)].map((m) => Number(m[1])));
  if (!achieved || years.size !== 1) return undefined;
  return { ref: achieved.ref, value: [...years][0] ?? null, raw: achieved.raw };
}

/**
 * The text of a goal label: right of it, or, on a row of goal headers (年初绩效目标 | 全年(调整)绩效目标 |
 * 全年目标实际完成情况; 年度总体目标 | 预期目标 | 实际完成情况), below it. A heading merged down over its rows
 * (年度总体目标 beside 预期目标) hands over to the header right of it.
 */
function goalValue(index: SheetIndex, pos: CellPos, underSubHeader = false): Field<string> {
  const right = index.valueRightOf(pos);
  if (right && !isKnownLabel(index.norm(right.row, right.col))) return index.text(right);
  const own = index.ref(pos);
  const below = index.ref({ row: pos.row + 1, col: pos.col });
  const belowBlank = index.text({ row: pos.row + 1, col: pos.col }).value === null;
  // Beside a sub-header (年度总体目标 | 预期目标 … 实际完成情况): the text under that sub-header, blank or not, never
  // the next sub-header's.
  if (!underSubHeader && right && ((below.row === own.row && below.col === own.col) || belowBlank))
    return goalValue(index, right, true);
  return index.text({ row: pos.row + 1, col: pos.col });
}

export type DataTableSignature = { budgetHeader?: number; indicatorHeader?: number; hasUnit: boolean };

/** Cheap test of whether a sheet looks like a data table, and where its blocks start. */
export function detectDataTable(index: SheetIndex): DataTableSignature {
  const indicatorHeader = findIndicatorHeader(index);
  const budgetHeader = findAmountHeaderRows(index)[0];
  return {
    ...(budgetHeader !== undefined ? { budgetHeader } : {}),
    ...(indicatorHeader !== undefined ? { indicatorHeader } : {}),
    hasUnit: index.find(FIELD_LABELS.unit) !== undefined,
  };
}

const nonEmpty = <T>(list: readonly T[]): readonly T[] | undefined => (list.length > 0 ? list : undefined);

/**
 * Reads the data table. `familyUnit` is the amount unit of the recognised family's printed form, used when the sheet
 * states none (a copy that lost its "（万元）" header).
 */
export function parseDataTable(index: SheetIndex, familyUnit?: AmountUnit): DataTable {
  const sheet = index.grid.name;
  const amountHeaders = findAmountHeaderRows(index);
  const indicatorHeader = findIndicatorHeader(index);
  const stopRows = new Set<number>([...amountHeaders, ...(indicatorHeader !== undefined ? [indicatorHeader] : [])]);
  for (const pos of index.findAll([...SANGONG_TITLE, '年度部门整体支出规模', ...GOAL_LABELS.target]))
    stopRows.add(pos.row);

  let budget: BudgetBlock | undefined;
  let sangong: SangongBlock | undefined;
  for (const header of amountHeaders) {
    const budgetCols = mapColumns(index, header, BUDGET_HEADER_LABELS);
    const amountCols = [budgetCols.initial, budgetCols.planned, budgetCols.actual].filter(
      (c): c is number => c !== undefined,
    );
    const firstAmount = Math.min(...amountCols);
    const labelCol = budgetCols.label ?? (firstAmount > 0 ? 0 : undefined);
    if (!sangong && isSangongBlock(index, header, labelCol, firstAmount)) {
      sangong = parseSangong(index, header, mapColumns(index, header, SANGONG_COLUMN_LABELS), stopRows);
    } else if (!budget) {
      budget = parseBudget(index, header, budgetCols, stopRows);
    }
  }

  // "单位" alone is also the indicator block's 计量单位 header, so it only counts in the inline form "单位：万元".
  const inlineUnit = index.find(['单位'], undefined, { inlineOnly: true });
  const amountUnitHit = index.find(['金额单位']) ?? (unitFromText(inlineUnit?.inline) ? inlineUnit : undefined);
  let amountUnitCell: Field<string> | undefined;
  if (amountUnitHit) {
    const at = amountUnitHit.inline !== undefined ? amountUnitHit.pos : index.valueRightOf(amountUnitHit.pos);
    if (at) amountUnitCell = index.text(at);
  }
  // Else "单位：万元" written anywhere in a cell above the tables (after the title, before a date...).
  if (!amountUnitHit) amountUnitCell = findUnitStatement(index, Math.min(...stopRows));
  const stated = amountUnitHit
    ? unitFromText(amountUnitHit.inline ?? amountUnitCell?.value ?? undefined)
    : statedUnit(normalizeLabel(amountUnitCell?.value ?? ''));
  const amountUnit = stated ?? budget?.headerUnit ?? familyUnit ?? '元';

  const staff: Partial<Record<StaffKey, Field<number>>> = {};
  for (const [key, labels] of Object.entries(STAFF_LABELS) as [StaffKey, readonly string[]][]) {
    const field = keyValue(
      index,
      labels,
      (pos) => index.number(pos),
      (text, pos) => ({ ...index.number(pos), value: parseNumberText(text)?.value ?? null }),
    );
    if (field) staff[key] = field;
  }

  const goalField = (labels: readonly string[]) => {
    const hit = index.find(labels);
    return hit ? goalValue(index, hit.pos) : undefined;
  };
  const goals = {
    ...optional('target', goalField(GOAL_LABELS.target)),
    ...optional('achieved', goalField(GOAL_LABELS.achieved)),
    ...optional('unmetReason', goalField(GOAL_LABELS.unmetReason)),
  };

  const executionNote = readExecutionNote(index);

  const titleRow = firstRow(index);
  const titleCell = index.grid.cells[titleRow]?.find((c) => c && typeof c.value === 'string');
  const titlePos = titleCell
    ? { row: titleRow, col: (index.grid.cells[titleRow] ?? []).indexOf(titleCell) }
    : undefined;

  const statedScore = readStatedScore(index, indicatorHeader);
  const statedGrade =
    keyValue(index, FIELD_LABELS.statedGrade, (pos) => index.text(pos)) ?? gradeBesideScore(index, statedScore);
  return {
    sheet,
    amountUnit,
    staff,
    texts: collectTexts(index),
    ...optional('title', titlePos && index.text(titlePos)),
    ...optional('year', findYear(index) ?? yearOfAchievement(goals.achieved)),
    ...optional('unit', readUnitName(index)),
    ...optional('unitBlanks', nonEmpty(otherBlankUnitSlots(index))),
    ...optional(
      'filedOn',
      keyValue(
        index,
        FIELD_LABELS.filedOn,
        (pos) => index.date(pos),
        (text, pos) => inlineDate(index, text, pos),
      ),
    ),
    ...optional('amountUnitCell', amountUnitCell),
    ...optional('statedScore', statedScore),
    ...optional('statedWeight', readStatedWeight(index, indicatorHeader, statedScore)),
    ...optional('statedGrade', statedGrade && gradeField(statedGrade)),
    ...optional(
      'project',
      keyValue(index, FIELD_LABELS.project, (pos) => index.text(pos)),
    ),
    ...optional('budget', budget && withTypedUnits(budget, amountUnit)),
    ...optional('sangong', sangong),
    ...(Object.keys(goals).length > 0 ? { goals } : {}),
    ...optional('executionNote', executionNote),
    ...optional(
      'indicators',
      indicatorHeader === undefined
        ? undefined
        : parseIndicators(
            index,
            indicatorHeader,
            mapColumns(index, indicatorHeader, INDICATOR_COLUMN_LABELS),
            stopRows,
          ),
    ),
  };
}
