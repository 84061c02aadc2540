// Recognises the data table (自评数据表) by its labels: key–value fields, the budget, "三公", goals and indicator blocks.
import type { CellPos } from '../grid/grid';
import { anchorOf, isBlankValue, valueAt } from '../grid/grid';
import { normalizeLabel, stripParenthetical, trailingParenthetical } from '../text/normalize';
import { parseNumberText } from '../text/numbers';
import {
  BUDGET_COLUMN_LABELS,
  BUDGET_ROW_NAMES,
  FIELD_LABELS,
  GOAL_LABELS,
  INDICATOR_COLUMN_LABELS,
  SANGONG_COLUMN_LABELS,
  SANGONG_ROW_NAMES,
  SANGONG_TITLE,
  STAFF_LABELS,
} from './labels';
import { completionField, gradeField } from './choices';
import { collectTexts } from './known-labels';
import { readUnitName } from './read-unit';
import type {
  AmountUnit,
  BudgetBlock,
  BudgetRow,
  DataTable,
  Direction,
  Field,
  Indicator,
  IndicatorBlock,
  IndicatorColumn,
  SangongBlock,
  SangongRow,
  StaffKey,
} from './model';
import { optional } from './optional';
import { SheetIndex } from './sheet-index';
import { templateResidue } from '../text/residue';

type ColumnMap<K extends string> = Partial<Record<K, number>>;

/** Maps the header cells of one row to column roles by exact (normalised, unit-suffix-free) label. */
function mapColumns<K extends string>(
  index: SheetIndex,
  row: number,
  labels: Readonly<Record<K, readonly string[]>>,
): ColumnMap<K> {
  const map: ColumnMap<K> = {};
  const wanted = Object.entries(labels) as [K, readonly string[]][];
  const normalised = wanted.map(([role, names]) => [role, names.map(normalizeLabel)] as const);
  for (let col = 0; col < index.grid.colCount; col++) {
    const norm = stripParenthetical(index.norm(row, col));
    if (norm === '') continue;
    for (const [role, names] of normalised) {
      if (map[role] === undefined && names.includes(norm)) {
        map[role] = col;
        break;
      }
    }
  }
  return map;
}

function classify<K extends string>(
  text: string,
  names: ReadonlyArray<readonly [K, readonly string[]]>,
): K | undefined {
  for (const [kind, keys] of names) if (keys.some((k) => text.includes(normalizeLabel(k)))) return kind;
  return undefined;
}

/** The row label: the texts left of the first amount column, joined (group cells like 按资金来源 included). */
function rowLabel(index: SheetIndex, row: number, beforeCol: number): { text: string; pos?: CellPos } {
  let text = '';
  let pos: CellPos | undefined;
  let last = '';
  for (let col = 0; col < beforeCol; col++) {
    const value = valueAt(index.grid, row, col);
    if (typeof value !== 'string' || value.trim() === '') continue;
    // The index holds the normalised text of every short text (of the merge anchor, whose value this cell carries).
    const norm = index.norm(row, col) || normalizeLabel(value);
    if (norm === last) continue;
    last = norm;
    text += norm;
    pos = anchorOf(index.grid, { row, col });
  }
  return pos ? { text, pos } : { text };
}

const AMOUNT_LABELS = [...BUDGET_COLUMN_LABELS.planned, ...BUDGET_COLUMN_LABELS.actual].map(normalizeLabel);

/** Rows whose cells include both a budget-like and an actual-like column header. */
function findAmountHeaderRows(index: SheetIndex): number[] {
  const rows = new Set<number>();
  for (let row = 0; row < index.grid.rowCount; row++) {
    let planned = false;
    let actual = false;
    const cells = index.grid.cells[row];
    if (!cells) continue;
    for (let col = 0; col < cells.length; col++) {
      // Only text cells can be headers (a merged cell carries its anchor's value): skips the numbers of big blocks.
      if (typeof cells[col]?.value !== 'string') continue;
      const norm = stripParenthetical(index.norm(row, col));
      if (!AMOUNT_LABELS.includes(norm)) continue;
      if ((BUDGET_COLUMN_LABELS.planned as readonly string[]).includes(norm)) planned = true;
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

function unitFromText(text: string | undefined): AmountUnit | undefined {
  if (!text) return undefined;
  const norm = normalizeLabel(text);
  if (norm.includes('万元')) return '万元';
  if (norm.includes('元')) return '元';
  return undefined;
}

type BlockRange = { header: number; end: number };

function blockRows(
  index: SheetIndex,
  header: number,
  stopRows: ReadonlySet<number>,
  firstCol: number,
  lastCol: number,
): BlockRange {
  let row = header + 1;
  while (row < index.grid.rowCount && !stopRows.has(row) && !index.isBlankRow(row, firstCol, lastCol)) row++;
  return { header, end: row - 1 };
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
): ScannedRow<K>[] {
  const firstAmount = Math.min(...amountCols);
  const lastCol = Math.max(...Object.values(columns).filter((c): c is number => c !== undefined));
  const range = blockRows(index, header, stopRows, 0, lastCol);
  const percentColumn = columns.rate !== undefined && index.norm(header, columns.rate).includes('%');
  const rows: ScannedRow<K>[] = [];
  const seen = new Set<K>();
  for (let row = range.header + 1; row <= range.end; row++) {
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
  return rows;
}

function parseBudget(
  index: SheetIndex,
  header: number,
  columns: ColumnMap<keyof typeof BUDGET_COLUMN_LABELS>,
  stopRows: ReadonlySet<number>,
): BudgetBlock {
  const amountCols = [columns.initial, columns.planned, columns.actual].filter((c): c is number => c !== undefined);
  let headerUnit: AmountUnit | undefined;
  for (const col of amountCols) headerUnit ??= unitFromText(trailingParenthetical(index.norm(header, col)));
  // Else the block's own label on its header row governs it: "项目资金(万元)", "年度预算申请(万元)",
  // "预算执行情况(万元)(20分)".
  const lastCol = Math.max(...Object.values(columns).filter((c): c is number => c !== undefined));
  for (let col = 0; col <= lastCol && !headerUnit; col++) headerUnit = statedUnit(index.norm(header, col));
  const rows: BudgetRow[] = scanAmountBlock(index, header, columns, amountCols, BUDGET_ROW_NAMES, stopRows).map(
    (r) => ({
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
    }),
  );
  return { sheet: index.grid.name, headerRow: header, columns, ...(headerUnit ? { headerUnit } : {}), rows };
}

function parseSangong(
  index: SheetIndex,
  header: number,
  columns: ColumnMap<keyof typeof SANGONG_COLUMN_LABELS>,
  stopRows: ReadonlySet<number>,
): SangongBlock {
  const amountCols = [columns.planned, columns.actual].filter((c): c is number => c !== undefined);
  const rows: SangongRow[] = scanAmountBlock(index, header, columns, amountCols, SANGONG_ROW_NAMES, stopRows).map(
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

function isSangongBlock(index: SheetIndex, header: number, labelCol: number | undefined, firstAmount: number): boolean {
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

const DIRECTION_WORDS: ReadonlyArray<readonly [Direction, RegExp]> = [
  ['>=', /^(≥|>=|>|＞|≧|大于等于|不低于|不少于|大于)/],
  ['<=', /^(≤|<=|<|＜|≦|小于等于|不高于|不超过|不多于|小于)/],
  ['=', /^(=|＝|等于)/],
  ['qualitative', /^(定性|达到|完成|好|优|良)/],
];

function directionOf(text: string): Direction | undefined {
  const t = text.normalize('NFKC').trim();
  for (const [dir, pattern] of DIRECTION_WORDS) if (pattern.test(t)) return dir;
  return undefined;
}

/** Reads an indicator value: the number inside "≥95%" or "8宗", with the unit and percent sign it carried. */
function indicatorValue(
  index: SheetIndex,
  row: number,
  col: number | undefined,
  sheet: string,
): { field: Field<number>; text: string } {
  if (col === undefined)
    return { field: { ref: { sheet, row, col: 0 }, value: null, raw: null, problem: 'blank' }, text: '' };
  const pos = { row, col };
  const field = index.number(pos);
  if (field.problem !== 'not-a-number')
    return { field, text: typeof field.raw === 'string' ? field.raw : field.value === null ? '' : String(field.raw) };
  const text = String(field.raw);
  const parsed = parseNumberText(text);
  if (!parsed) return { field, text };
  const { problem: _problem, ...rest } = field;
  return {
    field: { ...rest, value: parsed.value, decimals: parsed.decimals, percent: parsed.percent, unit: parsed.unit },
    text,
  };
}

function parseIndicators(
  index: SheetIndex,
  header: number,
  columns: ColumnMap<IndicatorColumn>,
  stopRows: ReadonlySet<number>,
): IndicatorBlock {
  const sheet = index.grid.name;
  const lastCol = Math.max(...Object.values(columns).filter((c): c is number => c !== undefined));
  const firstCol = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined));
  const range = blockRows(index, header, stopRows, firstCol, lastCol);
  const percentColumn = columns.rate !== undefined && index.norm(header, columns.rate).includes('%');
  const rows: Indicator[] = [];
  let level1: Field<string> | undefined;
  let level2: Field<string> | undefined;
  for (let row = range.header + 1; row <= range.end; row++) {
    const text = (col: number | undefined) => (col === undefined ? undefined : index.text({ row, col }));
    const l1 = text(columns.level1);
    const l2 = text(columns.level2);
    if (l1?.value) level1 = l1;
    if (l2?.value) level2 = l2;
    const name = text(columns.name);
    // A row the form ships as a hint ("…（200字以内）", "指标2：……") is residue (placeholder-text reports it), not an
    // indicator to score or to write about.
    if (!name || name.value === null || templateResidue(name.value).length > 0) continue;
    const target = indicatorValue(index, row, columns.target, sheet);
    const actual = indicatorValue(index, row, columns.actual, sheet);
    const directionCell = text(columns.direction);
    const fromColumn = directionCell?.value ? directionOf(directionCell.value) : undefined;
    const fromTarget = directionOf(target.text);
    let direction: Direction;
    let directionFrom: Indicator['directionFrom'];
    if (fromColumn) [direction, directionFrom] = [fromColumn, 'column'];
    else if (fromTarget) [direction, directionFrom] = [fromTarget, 'target'];
    else if (target.field.value === null && target.text.trim() !== '')
      [direction, directionFrom] = ['qualitative', 'target'];
    else [direction, directionFrom] = ['>=', 'default'];
    const num = (col: number | undefined, opts = {}) =>
      col === undefined ? undefined : index.number({ row, col }, opts);
    rows.push({
      row,
      name,
      direction,
      directionFrom,
      target: target.field,
      targetText: target.text,
      actual: actual.field,
      actualText: actual.text,
      ...optional('level1', level1),
      ...optional('level2', level2),
      ...optional('directionCell', directionCell),
      ...optional('unit', text(columns.unit)),
      ...optional(
        'previous',
        columns.previous === undefined ? undefined : indicatorValue(index, row, columns.previous, sheet).field,
      ),
      ...optional('statedRate', num(columns.rate, { percentColumn })),
      ...optional(
        'statedDone',
        columns.done === undefined ? undefined : completionField(index.text({ row, col: columns.done })),
      ),
      ...optional('weight', num(columns.weight)),
      ...optional('score', num(columns.score)),
      ...optional('reason', text(columns.reason)),
    });
  }
  return { sheet, headerRow: header, columns, rows };
}

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
  const slot = index.slotRightOf(hit.pos);
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

function findYear(index: SheetIndex): Field<number> | undefined {
  const field = keyValue(index, FIELD_LABELS.year, (pos) => index.number(pos));
  if (field) return field;
  // The year may stand only in the title: 部门整体支出绩效自评表（2024年度）, 项目支出绩效自评表（2021年）.
  for (let row = 0; row < Math.min(index.grid.rowCount, 6); row++) {
    for (const cell of index.grid.cells[row] ?? []) {
      if (!cell || cell.mergedFrom || typeof cell.value !== 'string') continue;
      // "2024年度", or a year alone in brackets: "（2021年）".
      const match = /(\d{4})\s*年度|\(\s*(\d{4})\s*年\s*\)/.exec(cell.value.normalize('NFKC'));
      if (!match) continue;
      const col = (index.grid.cells[row] ?? []).indexOf(cell);
      return { ref: { sheet: index.grid.name, row, col }, value: Number(match[1] ?? match[2]), raw: cell.value };
    }
  }
  return undefined;
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

function findIndicatorHeader(index: SheetIndex): number | undefined {
  for (const pos of index.findAll(INDICATOR_COLUMN_LABELS.name)) {
    const cols = mapColumns(index, pos.row, INDICATOR_COLUMN_LABELS);
    if (cols.target !== undefined && cols.actual !== undefined) return pos.row;
  }
  return undefined;
}

export function parseDataTable(index: SheetIndex): DataTable {
  const sheet = index.grid.name;
  const amountHeaders = findAmountHeaderRows(index);
  const indicatorHeader = findIndicatorHeader(index);
  const stopRows = new Set<number>([...amountHeaders, ...(indicatorHeader !== undefined ? [indicatorHeader] : [])]);
  for (const pos of index.findAll([...SANGONG_TITLE, '年度部门整体支出规模', ...GOAL_LABELS.target]))
    stopRows.add(pos.row);

  let budget: BudgetBlock | undefined;
  let sangong: SangongBlock | undefined;
  for (const header of amountHeaders) {
    const budgetCols = mapColumns(index, header, BUDGET_COLUMN_LABELS);
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
  const amountUnit = stated ?? budget?.headerUnit ?? '元';

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
    if (!hit) return undefined;
    const right = index.valueRightOf(hit.pos);
    if (right) return index.text(right);
    const below = { row: hit.pos.row + 1, col: hit.pos.col };
    return index.text(below);
  };
  const goals = {
    ...optional('target', goalField(GOAL_LABELS.target)),
    ...optional('achieved', goalField(GOAL_LABELS.achieved)),
    ...optional('unmetReason', goalField(GOAL_LABELS.unmetReason)),
  };

  const titleCell = index.grid.cells[0]?.find((c) => c && typeof c.value === 'string');
  const titlePos = titleCell ? { row: 0, col: (index.grid.cells[0] ?? []).indexOf(titleCell) } : undefined;

  const statedGrade = keyValue(index, FIELD_LABELS.statedGrade, (pos) => index.text(pos));
  return {
    sheet,
    amountUnit,
    staff,
    texts: collectTexts(index),
    ...optional('title', titlePos && index.text(titlePos)),
    ...optional('year', findYear(index)),
    ...optional('unit', readUnitName(index)),
    ...optional(
      'filedOn',
      keyValue(index, FIELD_LABELS.filedOn, (pos) => index.date(pos)),
    ),
    ...optional('amountUnitCell', amountUnitCell),
    ...optional(
      'statedScore',
      keyValue(index, FIELD_LABELS.statedScore, (pos) => index.number(pos)),
    ),
    ...optional('statedGrade', statedGrade && gradeField(statedGrade)),
    ...optional('budget', budget),
    ...optional('sangong', sangong),
    ...(Object.keys(goals).length > 0 ? { goals } : {}),
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
