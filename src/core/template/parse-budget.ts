// The amount blocks of a data table: the budget (年度资金总额 and its 其中 rows) and the "三公" block.
import { isBlankValue, valueAt } from '../grid/grid';
import { columnLabel, normalizeLabel, trailingParenthetical } from '../text/normalize';
import { parseNumberText } from '../text/numbers';
import { blockRows, classify, rowLabel, type ColumnMap } from './block-columns';
import {
  BUDGET_COLUMN_LABELS,
  BUDGET_ROW_NAMES,
  SANGONG_COLUMN_LABELS,
  SANGONG_ROW_NAMES,
  SANGONG_TITLE,
} from './labels';
import { readInlineBreakdowns } from './inline-breakdowns';
import type { AmountUnit, BudgetBlock, BudgetRow, Field, InlineBreakdown, SangongBlock, SangongRow } from './model';
import { optional } from './optional';
import type { SheetIndex } from './sheet-index';

const AMOUNT_LABELS = [
  ...BUDGET_COLUMN_LABELS.initial,
  ...BUDGET_COLUMN_LABELS.planned,
  ...BUDGET_COLUMN_LABELS.actual,
].map(normalizeLabel);
/** The budget-like headers: 全年预算数 and its synonyms, or 年初预算数 in a form that states no other budget. */
const BUDGET_LIKE = [...BUDGET_COLUMN_LABELS.initial, ...BUDGET_COLUMN_LABELS.planned].map(normalizeLabel);

/**
 * The budget header's columns as project forms also write them (the Sichuan form: 预算执行率, 原因). Kept out of the
 * shared label list: "预算执行率" is also an indicator's name, which must not read as a label of the form elsewhere.
 */
export const BUDGET_HEADER_LABELS = {
  ...BUDGET_COLUMN_LABELS,
  rate: [...BUDGET_COLUMN_LABELS.rate, '预算执行率'],
  note: [...BUDGET_COLUMN_LABELS.note, '原因'],
} as const;

/** Rows whose cells include both a budget-like and an actual-like column header. */
export function findAmountHeaderRows(index: SheetIndex): number[] {
  const rows = new Set<number>();
  for (let row = 0; row < index.grid.rowCount; row++) {
    let planned = false;
    let actual = false;
    const cells = index.grid.cells[row];
    if (!cells) continue;
    for (let col = 0; col < cells.length; col++) {
      // Only text cells can be headers (a merged cell carries its anchor's value): skips the numbers of big blocks.
      if (typeof cells[col]?.value !== 'string') continue;
      const norm = columnLabel(index.norm(row, col));
      if (!AMOUNT_LABELS.includes(norm)) continue;
      if (BUDGET_LIKE.includes(norm)) planned = true;
      else actual = true;
    }
    if (planned && actual) rows.add(row);
  }
  return [...rows];
}

/** The amount unit a text states: "(万元)" anywhere in it, or "单位:万元" / "金额单位:元" (normalised text). */
export function statedUnit(norm: string): AmountUnit | undefined {
  const match = /\((万元|元)\)|单位:(万元|元)/.exec(norm);
  return (match?.[1] ?? match?.[2]) as AmountUnit | undefined;
}

export function unitFromText(text: string | undefined): AmountUnit | undefined {
  if (!text) return undefined;
  const norm = normalizeLabel(text);
  if (norm.includes('万元')) return '万元';
  if (norm.includes('元')) return '元';
  return undefined;
}

type ScannedRow<K extends string> = {
  readonly kind: K;
  readonly row: number;
  readonly label: Field<string>;
  /** Reads the numeric cell of this row in `col`; rates honour a "(%)" header. */
  num(col: number | undefined, rate?: boolean): Field<number> | undefined;
};

/**
 * The rows of an amount block (budget or "三公"): below the header to its end, each classified by its label into one
 * kind (the first row of a kind wins), with readers for its cells.
 */
function scanAmountBlock<K extends string>(
  index: SheetIndex,
  header: number,
  columns: Readonly<Partial<Record<string, number>>>,
  amountCols: readonly number[],
  names: ReadonlyArray<readonly [K, readonly string[]]>,
  stopRows: ReadonlySet<number>,
): { rows: ScannedRow<K>[]; inlineBreakdowns: InlineBreakdown[] } {
  const firstAmount = Math.min(...amountCols);
  const lastCol = Math.max(...Object.values(columns).filter((c): c is number => c !== undefined));
  const range = blockRows(index, header, stopRows, 0, lastCol);
  const percentColumn = columns.rate !== undefined && index.norm(header, columns.rate).includes('%');
  const rows: ScannedRow<K>[] = [];
  const seen = new Set<K>();
  const inline = readInlineBreakdowns(index, range.header + 1, range.end, lastCol, amountCols);
  for (let row = range.header + 1; row <= range.end; row++) {
    // "其中：一般公共预算：1325.68" states its figure in its own text: a breakdown, not a row of the amount columns.
    if (inline.rows.has(row)) continue;
    const label = rowLabel(index, row, firstAmount);
    const kind = classify(label.text, names);
    if (!kind || !label.pos || seen.has(kind)) continue;
    // A group heading such as "按资金来源" with no figures is not a row of the table.
    const hasAmount = amountCols.some((col) => !isBlankValue(valueAt(index.grid, row, col)));
    if (!hasAmount && label.text.startsWith('按') && !/[:：]./.test(label.text)) continue;
    seen.add(kind);
    rows.push({
      kind,
      row,
      label: index.text(label.pos),
      num: (col, rate = false) =>
        col === undefined ? undefined : index.number({ row, col }, rate ? { percentColumn } : {}),
    });
  }
  return { rows, inlineBreakdowns: inline.breakdowns };
}

export function parseBudget(
  index: SheetIndex,
  header: number,
  statedColumns: ColumnMap<keyof typeof BUDGET_COLUMN_LABELS>,
  stopRows: ReadonlySet<number>,
): BudgetBlock {
  // A form that states only 年初预算数 and 全年执行数 is read with what it has: its one budget is the one the rate is
  // worked on (no adjustment is stated).
  const columns =
    statedColumns.planned === undefined && statedColumns.initial !== undefined
      ? { ...statedColumns, planned: statedColumns.initial }
      : statedColumns;
  const amountCols = [columns.initial, columns.planned, columns.actual].filter((c): c is number => c !== undefined);
  let headerUnit: AmountUnit | undefined;
  let headerUnitCol: number | undefined;
  for (const col of amountCols) {
    headerUnit ??= unitFromText(trailingParenthetical(index.norm(header, col)));
    if (headerUnit && headerUnitCol === undefined) headerUnitCol = col;
  }
  // Else the block's own label on its header row governs it: "项目资金(万元)", "年度预算申请(万元)",
  // "预算执行情况(万元)(20分)".
  const lastCol = Math.max(...Object.values(columns).filter((c): c is number => c !== undefined));
  // …on its header row, or on the row above when the header is two rows high (资金结构(万元) | 预算安排 over 小计…).
  let headerUnitRow = header;
  for (const row of [header, header - 1]) {
    for (let col = 0; col <= lastCol && !headerUnit && row >= 0; col++) {
      headerUnit = statedUnit(index.norm(row, col));
      if (headerUnit) [headerUnitCol, headerUnitRow] = [col, row];
    }
  }
  const scanned = scanAmountBlock(index, header, columns, amountCols, BUDGET_ROW_NAMES, stopRows);
  const rows: BudgetRow[] = scanned.rows.map((r) => ({
    kind: r.kind,
    row: r.row,
    label: r.label,
    ...optional('initial', r.num(columns.initial)),
    ...optional('planned', r.num(columns.planned)),
    ...optional('actual', r.num(columns.actual)),
    ...optional('rate', r.num(columns.rate, true)),
    ...optional('weight', r.num(columns.weight)),
    ...optional('score', r.num(columns.score)),
    ...optional('note', columns.note === undefined ? undefined : index.text({ row: r.row, col: columns.note })),
  }));
  const headerWeight = columns.weight === undefined ? readHeaderWeight(index, header, columns.score) : undefined;
  return {
    sheet: index.grid.name,
    headerRow: header,
    columns,
    ...(headerUnit ? { headerUnit } : {}),
    // The cell that states it (a merged label such as 资金结构(万元) over two header rows: its anchor).
    ...(headerUnitCol !== undefined ? { headerUnitRef: index.ref({ row: headerUnitRow, col: headerUnitCol }) } : {}),
    ...(headerWeight ? { headerWeight } : {}),
    rows: withoutUnusedColumn(rows),
    ...(scanned.inlineBreakdowns.length > 0 ? { inlineBreakdowns: scanned.inlineBreakdowns } : {}),
  };
}

/** The points a 得分 header gives budget execution when no 分值 column does: "得分（20分*执行率）". */
function readHeaderWeight(index: SheetIndex, header: number, scoreCol: number | undefined): Field<number> | undefined {
  if (scoreCol === undefined) return undefined;
  const points = /(\d+(?:\.\d+)?)分/.exec(index.norm(header, scoreCol));
  if (!points) return undefined;
  return { ...index.text({ row: header, col: scoreCol }), value: Number(points[1]) };
}

const isNone = (f: Field<number> | undefined): boolean => !f || f.problem === 'blank' || f.problem === 'not-applicable';

/**
 * A form that states only two of 年初预算数 / 全年预算数 / 全年执行数 is read with what it has: an amount column left
 * empty in every row, while the total row gives the other two, is a column the unit does not use, not a gap to fill.
 */
function withoutUnusedColumn(rows: BudgetRow[]): BudgetRow[] {
  const total = rows.find((r) => r.kind === 'total');
  const amounts = ['initial', 'planned', 'actual'] as const;
  if (!total || amounts.filter((c) => !isNone(total[c])).length < 2) return rows;
  const unused = amounts.find((c) => total[c] !== undefined && rows.every((r) => isNone(r[c])));
  if (!unused) return rows;
  return rows.map((r) => {
    const { [unused]: _dropped, ...rest } = r;
    return rest;
  });
}

export function parseSangong(
  index: SheetIndex,
  header: number,
  columns: ColumnMap<keyof typeof SANGONG_COLUMN_LABELS>,
  stopRows: ReadonlySet<number>,
): SangongBlock {
  const amountCols = [columns.planned, columns.actual].filter((c): c is number => c !== undefined);
  const rows: SangongRow[] = scanAmountBlock(index, header, columns, amountCols, SANGONG_ROW_NAMES, stopRows).rows.map(
    (r) => ({
      kind: r.kind,
      row: r.row,
      label: r.label,
      ...optional('planned', r.num(columns.planned)),
      ...optional('actual', r.num(columns.actual)),
      ...optional('rate', r.num(columns.rate, true)),
    }),
  );
  return { sheet: index.grid.name, headerRow: header, columns, rows };
}

export function isSangongBlock(
  index: SheetIndex,
  header: number,
  labelCol: number | undefined,
  firstAmount: number,
): boolean {
  const titleNorm = labelCol === undefined ? '' : index.norm(header, labelCol);
  if (SANGONG_TITLE.map(normalizeLabel).includes(titleNorm)) return true;
  for (let row = header + 1; row < Math.min(header + 12, index.grid.rowCount); row++) {
    const kind = classify(rowLabel(index, row, firstAmount).text, SANGONG_ROW_NAMES);
    if (kind && kind !== 'total') return true;
    if (
      classify(rowLabel(index, row, firstAmount).text, BUDGET_ROW_NAMES) &&
      !/合计|总计/.test(rowLabel(index, row, firstAmount).text)
    )
      return false;
  }
  return false;
}

const TO_YUAN: Readonly<Record<string, number>> = { 元: 1, 万元: 10000, 万: 10000 };

/**
 * An amount typed with its unit ("150万", "1,500,000元") is used for computing, converted to the unit the block is
 * written in, and kept as a number typed as text (number-as-text warns about it); it is never dropped as no number.
 */
export function withTypedUnits(block: BudgetBlock, amountUnit: AmountUnit): BudgetBlock {
  const unit = block.headerUnit ?? amountUnit;
  const convert = (f: Field<number> | undefined): Field<number> | undefined => {
    if (!f || typeof f.raw !== 'string' || (f.problem !== 'not-a-number' && f.problem !== 'text-number')) return f;
    const parsed = parseNumberText(f.raw);
    const typed = parsed && parsed.prefix === '' && !parsed.percent ? TO_YUAN[parsed.unit] : undefined;
    if (!parsed || typed === undefined) return f;
    const value = (parsed.value * typed) / (TO_YUAN[unit] ?? 1);
    return { ...f, value, problem: 'text-number', unit: parsed.unit };
  };
  const rows = block.rows.map((r) => ({
    ...r,
    ...optional('initial', convert(r.initial)),
    ...optional('planned', convert(r.planned)),
    ...optional('actual', convert(r.actual)),
  }));
  return { ...block, rows };
}
