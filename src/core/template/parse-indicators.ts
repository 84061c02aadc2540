// The indicator block of a data table: 一级/二级/三级指标 with 年度指标值, 实际完成值, 分值, 得分 and reasons.
import { isBlankValue, valueAt } from '../grid/grid';
import { isMark } from '../text/marks';
import { parseNumberText } from '../text/numbers';
import { blockRows, mapColumns, type ColumnMap } from './block-columns';
import { completionField } from './choices';
import { lessIsBetter } from './direction-by-name';
import { INDICATOR_COLUMN_LABELS } from './labels';
import type { Direction, Field, Indicator, IndicatorBlock, IndicatorColumn } from './model';
import { optional } from './optional';
import type { SheetIndex } from './sheet-index';
import { isEmptySlot, templateResidue } from '../text/residue';

const DIRECTION_WORDS: ReadonlyArray<readonly [Direction, RegExp]> = [
  ['>=', /^(≥|>=|>|＞|≧|大于等于|不低于|不少于|大于)/],
  ['<=', /^(≤|<=|<|＜|≦|小于等于|不高于|不超过|不多于|小于)/],
  ['=', /^(=|＝|═|〓|等于)/],
  ['qualitative', /^(定性|达到|完成|好|优|良)/],
];

/** "11月底前", "2天以内", "3日之前": a figure not to exceed, written after it (a deadline, a ceiling). */
const CEILING_AFTER = /\d\s*[\u4e00-\u9fa5]{0,2}?(?:底|末)?(?:之前|以前|前|以内|之内)$/;

function directionOf(text: string): Direction | undefined {
  const t = text.normalize('NFKC').trim();
  for (const [dir, pattern] of DIRECTION_WORDS) if (pattern.test(t)) return dir;
  return CEILING_AFTER.test(t) ? '<=' : undefined;
}

/** The unit without the words that say "no later than" ("月底前" is in 月, as the result "10月" is). */
const unitOf = (unit: string): string => unit.replace(/(?:底|末)?(?:之前|以前|前|以内|之内)$/, '') || unit;

const DATE_TEXT = /\d{4}\s*年\s*\d{1,2}\s*月/;
const figureCount = (text: string): number => text.match(/\d+(?:\.\d+)?/g)?.length ?? 0;

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
  // A date ("2021年12月完成", "2022年6月底前") is a deadline, not the number 2021; a text with several figures
  // ("签约率提高1%体检率下降1%") states several measures, none of which is the indicator's one number.
  const plain = text.normalize('NFKC');
  const parsed = DATE_TEXT.test(plain) || figureCount(plain) > 1 ? undefined : parseNumberText(text);
  if (!parsed) return { field, text };
  const { problem: _problem, ...rest } = field;
  return {
    field: {
      ...rest,
      value: parsed.value,
      decimals: parsed.decimals,
      percent: parsed.percent,
      unit: unitOf(parsed.unit),
    },
    text,
  };
}

/** "无上访", "未发生安全事故", "零投诉": none of what the indicator counts. "无" alone means "not applicable". */
const NONE_OF = /^(?:无|未发生|没有|零)[\u4e00-\u9fa5]{1,12}$/;

/** A result saying "none of it" against a target with a figure ("小于5次") is the figure 0, typed in words. */
function noneAsZero(
  actual: { field: Field<number>; text: string },
  target: Field<number>,
): { field: Field<number>; text: string } {
  const text = actual.text.normalize('NFKC').trim();
  if (target.value === null || actual.field.problem !== 'not-a-number' || !NONE_OF.test(text)) return actual;
  const { problem: _problem, ...rest } = actual.field;
  return { field: { ...rest, value: 0 }, text: actual.text };
}

/** 总分/合计 closes the indicator list, and a footnote under the table ("注：1.…", "说明：") is no row of it. */
const BLOCK_END = /^(?:自评总分|总分|合计|总计)|^(?:注|说明|备注|填表说明)\s*\d*\s*[:：]/;

function endsBlock(index: SheetIndex, row: number, lastCol: number): boolean {
  for (let col = 0; col <= lastCol; col++) {
    const value = index.cell({ row, col })?.value;
    if (typeof value !== 'string' || value.trim() === '') continue;
    return BLOCK_END.test(value.normalize('NFKC').replace(/\s+/g, ''));
  }
  return false;
}

/** A name that holds no indicator: a hint, an empty numbered slot ("指标2：") or a mark ("/", "无"). */
export function isSlotOrResidue(name: string): boolean {
  return templateResidue(name).length > 0 || isEmptySlot(name) || isMark(name);
}

const isCostIndicator = (level2: string | null | undefined, name: string): boolean =>
  /成本/.test(level2 ?? '') || /成本/.test(name);

export function parseIndicators(
  index: SheetIndex,
  header: number,
  columns: ColumnMap<IndicatorColumn>,
  stopRows: ReadonlySet<number>,
): IndicatorBlock {
  const sheet = index.grid.name;
  const lastCol = Math.max(...Object.values(columns).filter((c): c is number => c !== undefined));
  const firstCol = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined));
  // Where merges are not known (a host below ExcelApi 1.13 reads none), the rows a merged 二级指标 spans read as
  // blank: after them the block goes on when an indicator row follows (a name with a figure to score, 分值 or 得分,
  // or values to compare), level headings alone on their rows (时效指标) and blank rows in between.
  const filled = (row: number, col: number | undefined) =>
    col !== undefined && !isBlankValue(valueAt(index.grid, row, col));
  const numeric = (row: number, col: number | undefined) =>
    col !== undefined && index.number({ row, col }).value !== null;
  const isIndicatorRow = (row: number) =>
    filled(row, columns.name) &&
    (numeric(row, columns.weight) ||
      numeric(row, columns.score) ||
      (filled(row, columns.target) && filled(row, columns.actual)));
  const levels = [columns.level1, columns.level2].filter((c): c is number => c !== undefined);
  const isLevelHeading = (row: number) => {
    const texts = Array.from({ length: lastCol - firstCol + 1 }, (_, i) => firstCol + i).filter((c) => filled(row, c));
    return texts.length > 0 && texts.every((c) => levels.includes(c) && index.norm(row, c).length <= 12);
  };
  const continues = (from: number) => {
    if (index.grid.merges.length > 0) return false;
    for (let row = from; row < Math.min(from + 6, index.grid.rowCount) && !stopRows.has(row); row++) {
      if (isIndicatorRow(row)) return true;
      if (!index.isBlankRow(row, firstCol, lastCol) && !isLevelHeading(row)) return false;
    }
    return false;
  };
  const range = blockRows(index, header, stopRows, firstCol, lastCol, continues);
  const percentColumn = columns.rate !== undefined && index.norm(header, columns.rate).includes('%');
  const rows: Indicator[] = [];
  let level1: Field<string> | undefined;
  let level2: Field<string> | undefined;
  for (let row = range.header + 1; row <= range.end; row++) {
    if (endsBlock(index, row, lastCol)) break;
    const text = (col: number | undefined) => (col === undefined ? undefined : index.text({ row, col }));
    const l1 = text(columns.level1);
    const l2 = text(columns.level2);
    if (l1?.value) level1 = l1;
    if (l2?.value) level2 = l2;
    const name = text(columns.name);
    // A row the form ships as a hint ("…（200字以内）", "指标2：……") is residue (placeholder-text reports it), not an
    // indicator to score or to write about.
    if (!name || name.value === null || isSlotOrResidue(name.value)) continue;
    const target = indicatorValue(index, row, columns.target, sheet);
    const actual = noneAsZero(indicatorValue(index, row, columns.actual, sheet), target.field);
    // "—" or "/" as both values: the form says this indicator does not apply (生态效益 "/"), nothing to fill or score.
    if (target.field.problem === 'not-applicable' && actual.field.problem === 'not-applicable') continue;
    const directionCell = text(columns.direction);
    const fromColumn = directionCell?.value ? directionOf(directionCell.value) : undefined;
    const fromTarget = directionOf(target.text);
    let direction: Direction;
    let directionFrom: Indicator['directionFrom'];
    // A target in words holds no figure to aim at, even when it opens with one ("不超过预算"): it is judged.
    const worded = target.field.value === null && target.text.trim() !== '' && !isMark(target.text);
    if (fromColumn) [direction, directionFrom] = [fromColumn, 'column'];
    else if (worded) [direction, directionFrom] = ['qualitative', 'target'];
    else if (fromTarget) [direction, directionFrom] = [fromTarget, 'target'];
    else if (target.field.value === null && actual.field.problem === 'not-a-number')
      // No figure to aim at and a result in words ("目标明确、内容细化"): the indicator is judged, not measured.
      [direction, directionFrom] = ['qualitative', 'target'];
    else if (lessIsBetter(name.value)) [direction, directionFrom] = ['<=', 'name'];
    // No direction written: a 成本 target is a ceiling (a cost not to exceed), any other a figure to reach.
    else [direction, directionFrom] = [isCostIndicator(level2?.value, name.value) ? '<=' : '>=', 'default'];
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
      ...optional('coefficient', num(columns.coefficient, { percentColumn: true })),
    });
  }
  return { sheet, headerRow: header, columns, rows: markSubtotals(readPercentColumns(rows)) };
}

const GROUP_HEADING = /^[一二三四五六七八九十]+\s*[、.．]/;
const NUMBERED_ITEM = /^\d+\s*[、.．](?!\d)/;

/**
 * Numbered headings whose 得分 is the sum of the numbered items under them (一、示范区建立 15 over 1、 2、 3、 of 5 each,
 * 隆阳区): subtotals. A heading with no numbered items, or whose score is not their sum, stays an indicator of its own.
 */
function markSubtotals(rows: Indicator[]): Indicator[] {
  const name = (r: Indicator) => (r.name.value ?? '').normalize('NFKC').trim();
  return rows.map((row, i) => {
    if (!GROUP_HEADING.test(name(row)) || row.score?.value == null) return row;
    const items: Indicator[] = [];
    for (let j = i + 1; j < rows.length && NUMBERED_ITEM.test(name(rows[j]!)); j++) items.push(rows[j]!);
    if (items.length === 0 || items.some((r) => r.score?.value == null)) return row;
    const sum = items.reduce((s, r) => s + (r.score?.value ?? 0), 0);
    return Math.abs(sum - row.score.value) < 0.005 ? { ...row, subtotal: true } : row;
  });
}

export function findIndicatorHeader(index: SheetIndex): number | undefined {
  for (const pos of index.findAll(INDICATOR_COLUMN_LABELS.name)) {
    const cols = mapColumns(index, pos.row, INDICATOR_COLUMN_LABELS);
    if (cols.target !== undefined && cols.actual !== undefined) return pos.row;
  }
  return undefined;
}

const PERCENT_UNIT = /^(?:%|％|百分比|百分率)$/;

/**
 * The plain numbers of rows whose 计量单位 is "%" are read the way their column writes them: as percentages (95, when
 * any of them is above 1) or as fractions (0.95). Either way they become fractions marked as percent, so that no
 * value is ×100 twice; values typed with "%" or shown by a % format are already fractions and stay as they are.
 */
function readPercentColumns(rows: Indicator[]): Indicator[] {
  const inPercent = rows.filter((r) => PERCENT_UNIT.test((r.unit?.value ?? '').trim()));
  if (inPercent.length === 0) return rows;
  const rescaled = new Map<Field<number>, Field<number>>();
  for (const key of ['target', 'actual', 'previous'] as const) {
    const plain = inPercent
      .map((r) => r[key])
      .filter((f): f is Field<number> => f !== undefined && f.value !== null && f.percent !== true);
    const scale = plain.some((f) => (f.value ?? 0) > 1) ? 100 : 1;
    for (const f of plain) {
      const { decimals, ...rest } = f;
      rescaled.set(f, {
        ...rest,
        value: (f.value ?? 0) / scale,
        percent: true,
        ...(decimals !== undefined ? { decimals: decimals + (scale === 100 ? 2 : 0) } : {}),
      });
    }
  }
  if (rescaled.size === 0) return rows;
  const swap = (f: Field<number>): Field<number> => rescaled.get(f) ?? f;
  return rows.map((r) => ({
    ...r,
    target: swap(r.target),
    actual: swap(r.actual),
    ...optional('previous', r.previous && swap(r.previous)),
  }));
}
