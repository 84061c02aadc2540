// Inserts the reference template's sheets (blank or sample) into the open workbook, under names that do not clash.
import type ExcelJS from 'exceljs';
import { fillTemplate } from '../core/messages';
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

/** The template's names, or all of them with the first " (n)" suffix that clashes with no sheet (Excel ignores case). */
export function freeSheetNames(wanted: readonly string[], existing: readonly string[]): string[] {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const names =
      n === 1 ? [...wanted] : wanted.map((name) => name + fillTemplate(EXCEL_SHEET_NAMES.copySuffix, { n }));
    if (names.every((name) => !taken.has(name.toLowerCase()))) return names;
  }
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Renames the template's sheets before packing, and the cross-sheet references in its formulas with them. */
function renameSheets(workbook: ExcelJS.Workbook, renames: ReadonlyMap<string, string>): void {
  if (renames.size === 0) return;
  for (const sheet of workbook.worksheets) sheet.name = renames.get(sheet.name) ?? sheet.name;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (!value || typeof value !== 'object' || !('formula' in value) || typeof value.formula !== 'string') return;
        let formula = value.formula;
        for (const [from, to] of renames)
          formula = formula
            .split(`${quoteSheet(from)}!`)
            .join(`${quoteSheet(to)}!`)
            .split(`${from}!`)
            .join(`${quoteSheet(to)}!`);
        cell.value = { ...value, formula } as ExcelJS.CellValue;
      }),
    );
  }
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
  const { buildReferenceWorkbook, REFERENCE_SHEET_NAMES } = await import('../xlsx/reference-workbook');
  const wanted = Object.values(REFERENCE_SHEET_NAMES);
  const names = freeSheetNames(
    wanted,
    worksheets.items.map((sheet) => sheet.name),
  );
  const workbook = (options.build ?? buildReferenceWorkbook)(kind);
  renameSheets(
    workbook,
    new Map(wanted.map((name, i) => [name, names[i] ?? name] as const).filter(([from, to]) => from !== to)),
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
