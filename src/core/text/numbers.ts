// Reading numbers out of what people type: "34,474,255.03", "１２３", "99分", "≥95%", "8宗".
import type { CellValue } from '../grid/grid';
import { isCellError } from '../grid/grid';

export type ParsedNumber = {
  /** The number as the cell means it; percentages as fractions (95% -> 0.95). */
  readonly value: number;
  /** True when the text carried a percent sign. */
  readonly percent: boolean;
  /** Decimal places written (for comparing at the stated precision). */
  readonly decimals: number;
  /** Text after the number, trimmed: the unit a person wrote ("宗", "人次", "分"). */
  readonly unit: string;
  /** Text before the number, trimmed: a direction sign like "≥" or a word. */
  readonly prefix: string;
};

const NUMBER_IN_TEXT = /([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(%?)/;

/** Finds the first number in a text. Thousands separators and full-width digits are understood. */
export function parseNumberText(text: string): ParsedNumber | undefined {
  const folded = text.normalize('NFKC').trim();
  const match = NUMBER_IN_TEXT.exec(folded);
  if (!match) return undefined;
  const [whole, digits = '', percentSign = ''] = match;
  const value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  const percent = percentSign === '%';
  const decimals = digits.includes('.') ? (digits.split('.')[1] ?? '').length : 0;
  return {
    value: percent ? value / 100 : value,
    percent,
    decimals,
    unit: folded.slice(match.index + whole.length).trim(),
    prefix: folded.slice(0, match.index).trim(),
  };
}

/** A text that is nothing but a number (with separators, full-width digits, a % or a unit like 元/分). */
export function isNumberLikeText(text: string): boolean {
  const parsed = parseNumberText(text);
  if (!parsed || parsed.prefix !== '') return false;
  return parsed.unit === '' || /^(元|万元|分|%)$/.test(parsed.unit);
}

export type NumberReading =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number; readonly decimals?: number }
  | { readonly kind: 'text-number'; readonly value: number; readonly decimals: number; readonly percent: boolean }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'text'; readonly text: string };

/** Reads a numeric field's cell: a number, a number typed as text, an Excel error, blank, or plain text. */
/**
 * Beyond 10^15 a figure cannot keep its cents exactly (2^53 ≈ 9×10^15), and no self-evaluation amount comes near it;
 * such a value (or NaN/±Infinity, which Excel never produces) is unreadable rather than summed into Infinity.
 */
const MAX_READABLE = 1e15;

export function isReadableNumber(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) < MAX_READABLE;
}

export function readNumber(value: CellValue): NumberReading {
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'number')
    return isReadableNumber(value) ? { kind: 'number', value } : { kind: 'text', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (isCellError(value)) return { kind: 'error', error: value.error };
  if (value.trim() === '') return { kind: 'blank' };
  if (isNumberLikeText(value)) {
    const parsed = parseNumberText(value);
    if (parsed && isReadableNumber(parsed.value))
      return { kind: 'text-number', value: parsed.value, decimals: parsed.decimals, percent: parsed.percent };
  }
  return { kind: 'text', text: value };
}

/** Decimal places a number format shows: "0.00%" -> 2, "#,##0.00" -> 2, "0%" -> 0. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  const match = /0\.(0+)/.exec(numFmt);
  if (match) return match[1]?.length ?? 0;
  return /0/.test(numFmt) ? 0 : undefined;
}

export function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && numFmt.includes('%');
}

/** Whether a number format shows dates (y, m, d outside quoted text and brackets). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[yd]/i.test(bare) || /m.*d|d.*m|y.*m/i.test(bare);
}
