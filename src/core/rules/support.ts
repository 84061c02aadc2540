// Small helpers the rules share: naming cells in messages and formatting stated values.
import { qualifiedA1 } from '../grid/a1';
import type { CellRef, CellValue } from '../grid/grid';
import { isCellError } from '../grid/grid';

/** "自评数据表!E10", for messages that point at another cell. */
export function cellName(ref: CellRef): string {
  return qualifiedA1(ref.sheet, ref);
}

/** A raw cell value as the user sees it, for "表中填写…" in messages. */
export function shownValue(raw: CellValue): string {
  if (raw === null) return '（空白）';
  if (isCellError(raw)) return raw.error;
  // NaN and ±Infinity cannot come from Excel itself, but a Grid built by other code may hold them.
  if (typeof raw === 'number' && !Number.isFinite(raw)) return '（无效数字）';
  return String(raw);
}
