// Writes the narrative report into a 自评报告 sheet: one paragraph per row of column A, wrapped, readable width.
import { EXCEL_SHEET_NAMES } from './excel-messages';

export const REPORT_SHEET = EXCEL_SHEET_NAMES.report;

/** About 90 characters of the default font per line (Excel's width unit is a digit, ≈ 5.6 points at 11 pt). */
export const REPORT_COLUMN_WIDTH_POINTS = 90 * 5.6;

/**
 * Two syncs: does the sheet exist, then (re)create and fill it. Replacing deletes and recreates the sheet, so no
 * formatting or stray rows of an older, longer report survive.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  paragraphs: readonly string[],
  options: { readonly replace: boolean },
): Promise<'written' | 'exists'> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(REPORT_SHEET);
  existing.load('name');
  await context.sync();
  if (!existing.isNullObject && !options.replace) return 'exists';
  if (!existing.isNullObject) existing.delete();

  const sheet = worksheets.add(REPORT_SHEET);
  // The leading apostrophe keeps each paragraph the text it is, even one starting with "=" or looking like a number.
  const rows = paragraphs.length === 0 ? [['']] : paragraphs.map((text) => [`'${text}`]);
  const range = sheet.getRange(`A1:A${rows.length}`);
  range.values = rows;
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Top';
  sheet.getRange('A:A').format.columnWidth = REPORT_COLUMN_WIDTH_POINTS;
  range.format.autofitRows();
  sheet.activate();
  await context.sync();
  return 'written';
}
