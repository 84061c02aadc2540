// Inserts the reference template's sheets (blank or sample) into the open workbook, under names that do not clash.
import type ExcelJS from 'exceljs';
import type { InsertResult } from '../host/workbook-host';
import type { ReferenceKind } from '../xlsx/reference-workbook';
import { EXCEL_REQUIREMENT_MESSAGES, EXCEL_SHEET_NAMES, REQUIREMENT_NOT_MET } from './excel-messages';
import { isApiSupported } from './read-grids';
import { ExcelGatewayError, isOfficeError } from './run-excel';

/** Workbook.insertWorksheetsFromBase64. */
export const INSERT_WORKSHEETS_API = { set: 'ExcelApi', version: '1.13' } as const;

export type InsertTemplateOptions = {
  /** Replaces the reference workbook builder (tests). */
  readonly build?: (kind: ReferenceKind) => ExcelJS.Workbook;
};

/** Base64 without Buffer (the task pane runs in a browser); chunked so String.fromCharCode gets few arguments. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Two syncs: the sheet list (to pick free names), then the insert. Excel on the web is known to reject the insert
 * with GeneralException although the sheets were inserted (office-js issues 3179, 6142): after any Office error the
 * sheet list is read once more and the insert counts as done when every sheet is there.
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  kind: ReferenceKind,
  options: InsertTemplateOptions = {},
): Promise<InsertResult> {
  if (!isApiSupported(INSERT_WORKSHEETS_API.set, INSERT_WORKSHEETS_API.version)) {
    throw new ExcelGatewayError(REQUIREMENT_NOT_MET, EXCEL_REQUIREMENT_MESSAGES.insertTemplateTooOld);
  }
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();

  // Loaded on demand: the template builder brings exceljs, which must stay out of the task pane's first download.
  const { templateForWorkbook } = await import('../xlsx/template-sheets');
  const { workbook, names } = templateForWorkbook(
    kind,
    worksheets.items.map((sheet) => sheet.name),
    EXCEL_SHEET_NAMES.copySuffix,
    options.build,
  );
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  context.workbook.insertWorksheetsFromBase64(toBase64(bytes), { positionType: 'End' });
  try {
    await context.sync();
  } catch (error) {
    if (!isOfficeError(error)) throw error;
    const after = context.workbook.worksheets;
    after.load('items/name');
    await context.sync();
    const present = new Set(after.items.map((sheet) => sheet.name));
    if (!names.every((name) => present.has(name))) throw error;
  }
  return { inserted: names };
}
