// The one place floats are compared: every equality in the core goes through these (no === on floats anywhere).
import { isPercentFormat } from '../text/numbers';
import type { Settings } from './settings';

export function nearlyEqual(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function amountsEqual(a: number, b: number, settings: Settings): boolean {
  return nearlyEqual(a, b, settings.tolerance.amount);
}

export function scoresEqual(a: number, b: number, settings: Settings): boolean {
  return nearlyEqual(a, b, settings.tolerance.score);
}

/** Rounds half away from zero at `decimals` places, robust to binary representation (1.005 -> 1.01). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  // toPrecision(15) only moves a value by ~1e-15 of itself, which changes the rounding only next to a .5 boundary:
  // elsewhere the (string-building, hot) correction is skipped.
  const frac = shifted - Math.floor(shifted);
  const nearHalf = Math.abs(frac - 0.5) <= 1e-12 * Math.max(1, shifted);
  const rounded = nearHalf ? Math.round(Number(shifted.toPrecision(15))) : Math.round(shifted);
  return (Math.sign(value) * rounded) / factor;
}

/**
 * Whether a stated percentage (a fraction) agrees with the computed one: the computed value is rounded to the
 * precision the stated value shows (its format or typed decimals), then compared within the tolerance.
 */
export function percentsEqual(
  stated: number,
  computed: number,
  statedDecimals: number | undefined,
  settings: Settings,
): boolean {
  const statedPct = stated * 100;
  const computedPct = statedDecimals === undefined ? computed * 100 : roundTo(computed * 100, statedDecimals);
  const statedShown = statedDecimals === undefined ? statedPct : roundTo(statedPct, statedDecimals);
  return nearlyEqual(statedShown, computedPct, settings.tolerance.percentPoints);
}

/**
 * The decimals a stated rate shows as a percentage: a rate formatted as a fraction ("0.0", "0.00": 0.93 for 93%)
 * shows its percentage to two places fewer (0.1 is a rate to the nearest 10%), a percent format as it says.
 */
export function shownPercentDecimals(field: {
  readonly decimals?: number;
  readonly numFmt?: string;
  readonly problem?: string;
}): number | undefined {
  if (field.decimals === undefined) return undefined;
  const fraction = field.numFmt !== undefined && field.problem === undefined && !isPercentFormat(field.numFmt);
  return fraction ? field.decimals - 2 : field.decimals;
}

export function isZero(value: number): boolean {
  return Math.abs(value) < 1e-9;
}
