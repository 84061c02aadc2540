// Display formatting at the edges of the core: amounts, percentages, scores, as Chinese readers expect them.
import { roundTo } from '../calc/compare';

export type AmountFormat = { readonly thousands?: boolean };

/** "34,474,255.03" (2 decimals; thousands separators unless turned off). */
export function formatAmount(value: number, options: AmountFormat = {}): string {
  const fixed = roundTo(value, 2).toFixed(2);
  if (options.thousands === false) return fixed;
  const [int = '0', dec = '00'] = fixed.replace('-', '').split('.');
  return `${value < 0 && fixed !== '0.00' && fixed !== '-0.00' ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

/** "100.00%"; a non-zero value that rounds to 0.00% is "不足0.01%". `value` is a fraction. */
export function formatPercent(value: number): string {
  const pct = roundTo(Math.abs(value) * 100, 2);
  if (pct === 0 && value !== 0) return '不足0.01%';
  return `${value < 0 ? '-' : ''}${pct.toFixed(2)}%`;
}

/** Scores to at most 2 decimals without trailing zeros: 99, 98.5, 98.33. */
export function formatScore(value: number): string {
  return String(roundTo(value, 2));
}

/**
 * A rate with enough decimals to be true: 2 as a rule, more when 2 would hide that the value is not exactly 100%
 * (1.0000140826 is "100.001%", never "100.00%" next to an overspend). Other values as formatPercent writes them.
 */
export function formatRate(value: number): string {
  const shown = formatPercent(value);
  if (shown !== '100.00%' || Math.abs(value - 1) < 1e-12) return shown;
  for (let decimals = 3; decimals <= 4; decimals++) {
    const text = (Math.abs(value) * 100).toFixed(decimals);
    if (Number(text) !== 100) return `${text.replace(/0+$/, '')}%`;
  }
  return shown;
}

/**
 * A cell as the product writes it everywhere people read it: 自评数据表!D12. Quotes only where Excel itself needs them
 * (a space or punctuation in the sheet name): '自评 数据'!D12.
 */
export function formatCellRef(sheet: string, a1: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${a1}`;
}

/** A finding's cell as cellsOf wrote it (A1, or 'Sheet'!A1 for another sheet), in formatCellRef's style. */
export function formatFindingCell(sheet: string, cell: string): string {
  const at = cell.lastIndexOf('!');
  if (at < 0) return formatCellRef(sheet, cell);
  const name = cell
    .slice(0, at)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return formatCellRef(name, cell.slice(at + 1));
}
