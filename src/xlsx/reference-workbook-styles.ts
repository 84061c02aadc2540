// Cell styles and small writing helpers of the reference workbook (fonts, borders, merges, widths, page setup).
import type ExcelJS from 'exceljs';

const FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
export const BOLD_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11, bold: true };
export const TITLE_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 16, bold: true };
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
export const LEFT: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
export const RIGHT: Partial<ExcelJS.Alignment> = { horizontal: 'right', vertical: 'middle' };

export type CellStyle = {
  readonly font?: Partial<ExcelJS.Font>;
  readonly alignment?: Partial<ExcelJS.Alignment>;
  readonly numFmt?: string;
  readonly border?: boolean;
};

function col(index: number): string {
  // 1-based column index to letters; the reference sheets stay within A..Z.
  return String.fromCharCode(64 + index);
}

export function addr(column: number, row: number): string {
  return `${col(column)}${row}`;
}

/** Writes a value (or leaves the cell empty when `value` is undefined) and styles the cell. */
export function put(
  ws: ExcelJS.Worksheet,
  address: string,
  value: ExcelJS.CellValue | undefined,
  style: CellStyle = {},
): void {
  const cell = ws.getCell(address);
  if (value !== undefined) cell.value = value;
  cell.font = style.font ?? FONT;
  if (style.alignment) cell.alignment = style.alignment;
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.border) cell.border = BOX;
}

/** Styles every cell of a rectangle (1-based, inclusive), so merged blocks keep their borders on all edges. */
export function styleRange(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  style: CellStyle,
): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) put(ws, addr(c, r), undefined, style);
  }
}

/** Writes the value into the top-left cell, styles the whole rectangle and merges it when it spans more than one cell. */
export function putMerged(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  value: ExcelJS.CellValue | undefined,
  style: CellStyle,
): void {
  styleRange(ws, top, left, bottom, right, style);
  if (value !== undefined) ws.getCell(addr(left, top)).value = value;
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
}

/** Row height (points) for wrapped text in a merged block `widthChars` wide, in Excel's column-width units. */
export function wrappedHeight(text: string, widthChars: number, minHeight = 20): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0xff ? 2.2 : 1.1;
  const lines = Math.max(1, Math.ceil(units / Math.max(1, widthChars - 1)));
  return Math.max(minHeight, Math.ceil(lines * 14.5 + 6));
}

export function setWidths(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

export function widthOf(ws: ExcelJS.Worksheet, left: number, right: number): number {
  let total = 0;
  for (let c = left; c <= right; c++) total += ws.getColumn(c).width ?? 9;
  return total;
}

/** How a sheet of the reference workbook begins: its name, column widths, paper orientation and title row. */
export type SheetStart = {
  readonly name: string;
  /** One width a column; the title is merged across all of them. */
  readonly widths: readonly number[];
  readonly orientation: 'landscape' | 'portrait';
  readonly titleRow: number;
  readonly title: string;
};

/** A new sheet without gridlines, fitted to the width of an A4 page, with its title merged across its columns. */
export function startSheet(wb: ExcelJS.Workbook, start: SheetStart): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(start.name, { views: [{ showGridLines: false }] });
  setWidths(ws, start.widths);
  ws.pageSetup = {
    paperSize: 9,
    orientation: start.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(start.orientation === 'landscape' ? { horizontalCentered: true } : {}),
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  putMerged(ws, start.titleRow, 1, start.titleRow, start.widths.length, start.title, {
    font: TITLE_FONT,
    alignment: CENTER,
  });
  ws.getRow(start.titleRow).height = 30;
  return ws;
}

export function formula(text: string, result: number | string): ExcelJS.CellFormulaValue {
  return { formula: text, result };
}

export function centsToAmount(cents: number): number {
  return Math.round(cents) / 100;
}
