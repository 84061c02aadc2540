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
