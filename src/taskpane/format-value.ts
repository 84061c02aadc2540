// Shows a cell value as the sheet would, roughly: percentages as 12.34%, amounts with two decimals, text as is.
import type { CellValue } from '../core/grid/grid';
import { isCellError } from '../core/grid/grid';
import { TASKPANE_MESSAGES as M, fillMessage } from './messages';

const DECIMALS = /0\.(0+)/;

export function formatCellValue(value: CellValue | undefined, numFmt?: string): string {
  if (value === null || value === undefined || value === '') return M.valueEmpty;
  if (isCellError(value)) return fillMessage(M.valueError, { error: value.error });
  if (typeof value === 'boolean') return value ? M.valueTrue : M.valueFalse;
  if (typeof value === 'string') return value;
  return formatNumber(value, numFmt);
}

export function formatNumber(value: number, numFmt?: string): string {
  const decimals = numFmt ? (DECIMALS.exec(numFmt)?.[1]?.length ?? 0) : undefined;
  if (numFmt?.includes('%')) return `${(value * 100).toFixed(decimals ?? 2)}%`;
  if (decimals !== undefined) {
    return value.toLocaleString('zh-CN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: numFmt?.includes(',') ?? false,
    });
  }
  // General: as many decimals as the value needs, at most 4 (Excel's General shows up to 11 significant digits).
  return String(Math.round(value * 10000) / 10000);
}

export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}

export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100);
}
