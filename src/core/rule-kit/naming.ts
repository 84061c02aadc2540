// How rules name cells, budget rows and stated values in their messages.
import { toA1 } from '../grid/a1';
import { formatAmount, formatCellRef } from '../text/format';
import type { WorkbookModel } from '../template/model';
import type { CellRef, CellValue } from '../grid/grid';
import { isCellError } from '../grid/grid';

/** "自评数据表!E10", for messages that point at another cell. */
export function cellName(ref: CellRef): string {
  return formatCellRef(ref.sheet, toA1(ref));
}

/**
 * A budget row's label as a sentence names it: "其中：人员经费" is 人员经费, "年度资金总额:" is 年度资金总额, and a
 * figure typed into the label ("其中: 一般公共预算:1325.68") is left out.
 */
export function rowLabel(label: string | null | undefined, fallback = ''): string {
  const text = (label ?? '')
    .replace(/^\s*其中\s*[:：]\s*/, '')
    .replace(/\s*[:：]\s*-?[\d,]+(?:\.\d+)?\s*$/, '')
    .replace(/\s*[:：]\s*$/, '')
    .trim();
  return text === '' ? fallback : text;
}

/** A raw cell value as the user sees it, for "表中填写…" in messages. */
export function shownValue(raw: CellValue): string {
  if (raw === null) return '（空白）';
  if (isCellError(raw)) return raw.error;
  // NaN and ±Infinity cannot come from Excel itself, but a Grid built by other code may hold them.
  if (typeof raw === 'number' && !Number.isFinite(raw)) return '（无效数字）';
  return String(raw);
}

/**
 * How a rule's messages write amounts: every amount carries its unit (元 / 万元), the one the budget table's header
 * states, else the sheet's, else 元.
 */
export function amountWriter(model: WorkbookModel): (value: number) => string {
  const unit = model.data?.budget?.headerUnit ?? model.data?.amountUnit ?? '元';
  return (value) => `${formatAmount(value)}${unit}`;
}
