// Sheet 1 of the reference workbook: 自评数据表 (key fields, budget, "三公"经费, goals, indicators).
import type ExcelJS from 'exceljs';
import type { AmountTreeRow, BudgetKind, SangongKind } from '../core/template/budget-tree';
import { BUDGET_COLUMN_NAMES as BUDGET, SANGONG_COLUMN_NAMES as SANGONG } from '../core/template/labels';
import {
  AMOUNT_FORMAT,
  DATA_ROWS,
  DATE_FORMAT,
  FIXED_DATE,
  INDICATOR_PERCENT_FORMAT,
  RATE_FORMAT,
  REFERENCE_CELLS,
  REFERENCE_SHEET_NAMES,
  type ReferenceKind,
} from './reference-workbook-layout';
import {
  BLANK_NOTE,
  BUDGET_ROWS,
  INDICATOR_HEADERS,
  type Indicator,
  REPORT_BUDGET_TOTAL_CENTS,
  REPORT_SPENT_TOTAL_CENTS,
  SAMPLE_ACHIEVED,
  SAMPLE_BUDGET_LEAVES,
  SAMPLE_BUDGET_NOTES,
  SAMPLE_GOAL,
  SAMPLE_INDICATORS,
  SAMPLE_NOTE,
  SAMPLE_SANGONG_LEAVES,
  SANGONG_ROWS,
  STAFF,
  UNIT_NAME,
  YEAR,
} from './reference-workbook-content';
import { SAMPLE_GRADE } from './reference-workbook-score-tree';
import {
  BOLD_FONT,
  CENTER,
  type CellStyle,
  LEFT,
  RIGHT,
  addr,
  centsToAmount,
  formula,
  put,
  putMerged,
  startSheet,
  styleRange,
  widthOf,
  wrappedHeight,
} from './reference-workbook-styles';

const DATA_LAST_COL = 11; // K: the width of the indicator block, the widest table

function budgetCents(kind: BudgetKind, column: 0 | 1 | 2): number {
  const row = BUDGET_ROWS.find((r) => r.kind === kind);
  if (row?.sums) return row.sums.reduce((sum, child) => sum + budgetCents(child, column), 0);
  return SAMPLE_BUDGET_LEAVES[kind as keyof typeof SAMPLE_BUDGET_LEAVES][column];
}

function sangongCents(kind: SangongKind, column: 0 | 1): number {
  const row = SANGONG_ROWS.find((r) => r.kind === kind);
  if (row?.sums) return row.sums.reduce((sum, child) => sum + sangongCents(child, column), 0);
  return SAMPLE_SANGONG_LEAVES[kind as keyof typeof SAMPLE_SANGONG_LEAVES][column];
}

/** Guards the invented sample figures: both breakdowns must add up to the report's two totals. */
function assertSampleBudget(): void {
  for (const column of [0, 1, 2] as const) {
    const bySource = budgetCents('total', column);
    const byType = budgetCents('basic', column) + budgetCents('project', column);
    if (bySource !== byType) throw new Error(`reference sample: breakdowns differ in amount column ${column}`);
  }
  if (budgetCents('total', 1) !== REPORT_BUDGET_TOTAL_CENTS || budgetCents('total', 2) !== REPORT_SPENT_TOTAL_CENTS) {
    throw new Error('reference sample: totals differ from the 2024 report');
  }
}

/**
 * The formula of a parent row over its children's rows, in one amount column: SUM(first:last) when the children are
 * adjacent rows, child+child otherwise (年度资金总额 = 财政拨款 + 其他资金, with the 其中 rows between them).
 */
function childFormula(
  rows: ReadonlyArray<{ readonly kind: string }>,
  firstRow: number,
  children: readonly string[],
  column: string,
): string {
  const childRows = children.map((kind) => firstRow + rows.findIndex((r) => r.kind === kind));
  const adjacent = childRows.every((r, i) => i === 0 || r === (childRows[i - 1] ?? 0) + 1);
  if (adjacent) return `SUM(${column}${Math.min(...childRows)}:${column}${Math.max(...childRows)})`;
  return childRows.map((r) => `${column}${r}`).join('+');
}

function rateFormula(numerator: string, denominator: string): string {
  return `IF(${denominator}=0,"",${numerator}/${denominator})`;
}

function rateResult(numeratorCents: number, denominatorCents: number): number | string {
  return denominatorCents === 0 ? '' : numeratorCents / denominatorCents;
}

/** A table of amounts (budget or "三公") as the sheet lays it out: its tree rows and their amount columns. */
type AmountTable<K extends string> = {
  readonly rows: readonly AmountTreeRow<K>[];
  readonly firstRow: number;
  /** The amount columns, 预算数 then 执行数/决算数 last; the rate (执行率 / 控制率) stands in the next column. */
  readonly columns: readonly string[];
  /** The sample's amount of a row in a column (by index), in cents; none for the blank template. */
  readonly cents: ((kind: K, column: number) => number) | undefined;
};

/** Each row's label (indented by depth), its amounts (parents as sums of their children) and its rate formula. */
function putAmountRows<K extends string>(ws: ExcelJS.Worksheet, table: AmountTable<K>): void {
  const { rows, firstRow, columns, cents } = table;
  const last = columns.length - 1;
  const [planned, actual] = [columns[last - 1] as string, columns[last] as string];
  const rateColumn = String.fromCharCode(actual.charCodeAt(0) + 1);
  rows.forEach((row, i) => {
    const r = firstRow + i;
    putMerged(ws, r, 1, r, 2, row.label, {
      alignment: { ...LEFT, indent: row.depth },
      border: true,
      ...(row.depth === 0 ? { font: BOLD_FONT } : {}),
    });
    columns.forEach((column, k) => {
      const amount = cents ? centsToAmount(cents(row.kind, k)) : undefined;
      const value = row.sums ? formula(childFormula(rows, firstRow, row.sums, column), amount ?? 0) : amount;
      put(ws, `${column}${r}`, value, { numFmt: AMOUNT_FORMAT, alignment: RIGHT, border: true });
    });
    const rate = cents ? rateResult(cents(row.kind, last), cents(row.kind, last - 1)) : '';
    put(ws, `${rateColumn}${r}`, formula(rateFormula(`${actual}${r}`, `${planned}${r}`), rate), {
      numFmt: RATE_FORMAT,
      alignment: RIGHT,
      border: true,
    });
  });
}

/**
 * Completion rate per rules.md under the national scoring rules (the reference family's), written so it works for any
 * 指标性质 and stays blank for 定性 or missing values: ≤ keeps 1 − (B − A) ÷ A of the points up to 2A; = with a target
 * of 0 is met only by 0 or less, otherwise it is scored like ≥.
 */
function completionFormula(r: number): string {
  const [d, e, g] = [`D${r}`, `E${r}`, `G${r}`];
  return (
    `IF(OR(${e}="",${g}=""),"",` +
    `IF(${d}="≥",IF(${e}=0,"",${g}/${e}),` +
    `IF(${d}="≤",IF(${g}<=${e},1,IF(${g}>=2*${e},0,1-(${g}-${e})/${e})),` +
    `IF(${d}="=",IF(${e}=0,IF(${g}<=0,1,0),${g}/${e}),""))))`
  );
}

function completionResult(indicator: Indicator): number | string {
  const { nature, target, actual } = indicator;
  if (typeof target !== 'number' || typeof actual !== 'number') return '';
  switch (nature) {
    case '≥':
      return target === 0 ? '' : actual / target;
    case '≤':
      if (actual <= target) return 1;
      return actual >= 2 * target ? 0 : 1 - (actual - target) / target;
    case '=':
      if (target === 0) return actual <= 0 ? 1 : 0;
      return actual / target;
    case '定性':
      return '';
  }
}

export function buildDataSheet(wb: ExcelJS.Workbook, kind: ReferenceKind, statedScore: number): void {
  const sample = kind === 'sample';
  // Title and key-value fields: one label per row, so a blank value never borrows its neighbour label.
  const ws = startSheet(wb, {
    name: REFERENCE_SHEET_NAMES.data,
    widths: [14, 20, 22, 16, 16, 10, 12, 12, 10, 10, 36], // A to K: DATA_LAST_COL
    orientation: 'landscape',
    titleRow: DATA_ROWS.title,
    title: sample ? `部门整体支出绩效自评表（${YEAR}年度）` : '部门整体支出绩效自评表（    年度）',
  });

  const keyValue = (row: number, label: string, value: ExcelJS.CellValue | undefined, numFmt?: string): void => {
    put(ws, addr(1, row), label, { alignment: CENTER, border: true });
    putMerged(ws, row, 2, row, 3, value, { alignment: LEFT, border: true, ...(numFmt ? { numFmt } : {}) });
  };
  keyValue(DATA_ROWS.unit, '单位名称', sample ? UNIT_NAME : undefined);
  keyValue(DATA_ROWS.year, '评价年度', sample ? YEAR : undefined);
  keyValue(DATA_ROWS.filedOn, '填报日期', sample ? FIXED_DATE : undefined, DATE_FORMAT);
  put(ws, addr(1, DATA_ROWS.amountUnit), '金额单位：元', { alignment: { horizontal: 'left', vertical: 'middle' } });
  STAFF.forEach(([label, value], i) => keyValue(DATA_ROWS.firstStaff + i, label, sample ? value : undefined));
  keyValue(
    DATA_ROWS.statedScore,
    '自评得分',
    formula(`${REFERENCE_SHEET_NAMES.score}!${REFERENCE_CELLS.score.totalScore}`, statedScore),
  );
  keyValue(DATA_ROWS.statedGrade, '自评等级', sample ? SAMPLE_GRADE : undefined);

  // 年度部门整体支出规模
  putMerged(ws, DATA_ROWS.budgetTitle, 1, DATA_ROWS.budgetTitle, DATA_LAST_COL, '年度部门整体支出规模', {
    font: BOLD_FONT,
    alignment: CENTER,
  });
  const bh = DATA_ROWS.budgetHeader;
  putMerged(ws, bh, 1, bh, 2, '项目', { font: BOLD_FONT, alignment: CENTER, border: true });
  [BUDGET.initial, BUDGET.planned, BUDGET.actual, BUDGET.rate].forEach((label, i) =>
    put(ws, addr(3 + i, bh), label, { font: BOLD_FONT, alignment: CENTER, border: true }),
  );
  putMerged(ws, bh, 7, bh, DATA_LAST_COL, '备注', { font: BOLD_FONT, alignment: CENTER, border: true });

  if (sample) assertSampleBudget();
  putAmountRows(ws, {
    rows: BUDGET_ROWS,
    firstRow: DATA_ROWS.firstBudget,
    columns: ['C', 'D', 'E'],
    cents: sample ? (kind, k) => budgetCents(kind, k as 0 | 1 | 2) : undefined,
  });
  BUDGET_ROWS.forEach((row, i) => {
    const r = DATA_ROWS.firstBudget + i;
    putMerged(ws, r, 7, r, DATA_LAST_COL, sample ? SAMPLE_BUDGET_NOTES[row.kind] : undefined, {
      alignment: LEFT,
      border: true,
    });
  });

  // "三公"经费
  const sh = DATA_ROWS.sangongHeader;
  putMerged(ws, sh, 1, sh, 2, '"三公"经费', { font: BOLD_FONT, alignment: CENTER, border: true });
  [SANGONG.planned, SANGONG.actual, SANGONG.rate].forEach((label, i) =>
    put(ws, addr(3 + i, sh), label, { font: BOLD_FONT, alignment: CENTER, border: true }),
  );
  putAmountRows(ws, {
    rows: SANGONG_ROWS,
    firstRow: DATA_ROWS.firstSangong,
    columns: ['C', 'D'],
    cents: sample ? (kind, k) => sangongCents(kind, k as 0 | 1) : undefined,
  });

  // 年度总体目标 / 实际完成情况
  const textWidth = widthOf(ws, 2, DATA_LAST_COL);
  (
    [
      [DATA_ROWS.goal, '年度总体目标', SAMPLE_GOAL],
      [DATA_ROWS.achieved, '实际完成情况', SAMPLE_ACHIEVED],
    ] as const
  ).forEach(([r, label, text]) => {
    put(ws, addr(1, r), label, { font: BOLD_FONT, alignment: CENTER, border: true });
    putMerged(ws, r, 2, r, DATA_LAST_COL, sample ? text : undefined, { alignment: LEFT, border: true });
    ws.getRow(r).height = sample ? wrappedHeight(text, textWidth) : 60;
  });

  // 绩效指标
  const ih = DATA_ROWS.indicatorHeader;
  INDICATOR_HEADERS.forEach((label, i) =>
    put(ws, addr(i + 1, ih), label, { font: BOLD_FONT, alignment: CENTER, border: true }),
  );
  ws.getRow(ih).height = 30;
  SAMPLE_INDICATORS.forEach((indicator, i) => {
    const r = DATA_ROWS.firstIndicator + i;
    const percent = indicator.unit === '%';
    const numberStyle: CellStyle = {
      alignment: CENTER,
      border: true,
      ...(percent ? { numFmt: INDICATOR_PERCENT_FORMAT } : {}),
    };
    const v = <T>(value: T): T | undefined => (sample ? value : undefined);
    put(ws, `C${r}`, v(indicator.name), { alignment: LEFT, border: true });
    put(ws, `D${r}`, v(indicator.nature), { alignment: CENTER, border: true });
    put(ws, `E${r}`, v(indicator.target), numberStyle);
    put(ws, `F${r}`, v(indicator.unit === '' ? undefined : indicator.unit), { alignment: CENTER, border: true });
    put(ws, `G${r}`, v(indicator.actual), numberStyle);
    put(ws, `H${r}`, v(indicator.previous), numberStyle);
    put(ws, `I${r}`, formula(completionFormula(r), sample ? completionResult(indicator) : ''), {
      numFmt: RATE_FORMAT,
      alignment: CENTER,
      border: true,
    });
    put(ws, `J${r}`, v('是'), { alignment: CENTER, border: true });
    put(ws, `K${r}`, v(indicator.reason), { alignment: LEFT, border: true });
    ws.getRow(r).height =
      sample && indicator.reason ? wrappedHeight(indicator.reason, ws.getColumn(11).width ?? 36) : 20;
  });
  // 一级/二级 names merged down over their rows (blank template: empty bordered cells, left for the user to merge).
  const mergeRuns = (column: number, key: (x: Indicator) => string, name: (x: Indicator) => string): void => {
    let start = 0;
    SAMPLE_INDICATORS.forEach((indicator, i) => {
      const next = SAMPLE_INDICATORS[i + 1];
      if (next && key(next) === key(indicator)) return;
      const top = DATA_ROWS.firstIndicator + start;
      const bottom = DATA_ROWS.firstIndicator + i;
      if (sample) putMerged(ws, top, column, bottom, column, name(indicator), { alignment: CENTER, border: true });
      else styleRange(ws, top, column, bottom, column, { alignment: CENTER, border: true });
      start = i + 1;
    });
  };
  mergeRuns(
    1,
    (x) => x.level1,
    (x) => x.level1,
  );
  // The level-2 key carries its level-1 so a run never crosses a level-1 boundary.
  mergeRuns(
    2,
    (x) => `${x.level1}/${x.level2}`,
    (x) => x.level2,
  );

  const note = sample ? SAMPLE_NOTE : BLANK_NOTE;
  putMerged(ws, DATA_ROWS.note, 1, DATA_ROWS.note, DATA_LAST_COL, note, { alignment: { ...LEFT, vertical: 'top' } });
  ws.getRow(DATA_ROWS.note).height = wrappedHeight(note, widthOf(ws, 1, DATA_LAST_COL));
}
