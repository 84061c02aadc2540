// Conversions between {row, col} positions and A1 addresses; A1 strings are for the edges (messages, UI, CLI) only.
import type { CellPos } from './grid';

export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function toA1(pos: CellPos): string {
  return `${columnName(pos.col)}${pos.row + 1}`;
}

const A1_PATTERN = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** Parses "H30" or "$H$30"; returns undefined for anything else. */
export function fromA1(address: string): CellPos | undefined {
  const match = A1_PATTERN.exec(address.trim().toUpperCase());
  if (!match) return undefined;
  const [, letters = '', digits = ''] = match;
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, col: col - 1 };
}

/** Parses "A1:C3" (or a single cell) into an inclusive range. */
export function rangeFromA1(address: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [first = '', second] = address.split(':');
  const start = fromA1(first);
  const end = second === undefined ? start : fromA1(second);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** A sheet name as it must be quoted in a reference: 'My Sheet'!A1. */
export function qualifiedA1(sheet: string, pos: CellPos): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${toA1(pos)}`;
}
