// Dates as accountants write them: Excel serials, 2025年7月25日, 2025-07-25, 2025.7.25, 2025/7/25.

export type DateParts = { readonly year: number; readonly month: number; readonly day: number };

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Excel's 1900 date system serial (with its fictitious 1900-02-29) to a calendar date. */
export function dateFromSerial(serial: number): DateParts | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const whole = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, 30);
  const date = new Date(epoch + (whole < 61 ? whole + 1 : whole) * 86400000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const DATE_TEXT = /^(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?$/;

export type DateTextReading =
  | { readonly kind: 'date'; readonly date: DateParts }
  | { readonly kind: 'not-a-date'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: 'unparsable' };

/** Parses a typed date. "2025-02-30" reads as not-a-date (it has a date's shape but no such day exists). */
export function parseDateText(text: string): DateTextReading {
  const match = DATE_TEXT.exec(text.normalize('NFKC').trim());
  if (!match) return { kind: 'unparsable' };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isRealDate(year, month, day)
    ? { kind: 'date', date: { year, month, day } }
    : { kind: 'not-a-date', year, month, day };
}

export function formatDateChinese(date: DateParts): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

export function compareDates(a: DateParts, b: DateParts): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
