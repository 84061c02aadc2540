// Builds ziping's reference workbook (blank template and the filled-in 2024 sample) with exceljs only, for Node and the task pane alike.
// Split by concern: layout (rows, cells, formats), styles, content (data table, score tree, material texts) and one
// builder per sheet, each in its reference-workbook-*.ts file.
import ExcelJS from 'exceljs';
import { FIXED_DATE, type ReferenceKind } from './reference-workbook-layout';
import { UNIT_NAME, YEAR } from './reference-workbook-content';
import { buildDataSheet } from './reference-workbook-data-sheet';
import { buildMaterialSheet } from './reference-workbook-material-sheet';
import { buildScoreSheet, sampleTotalScore } from './reference-workbook-score-sheet';

export { REFERENCE_CELLS, REFERENCE_SHEET_NAMES, type ReferenceKind } from './reference-workbook-layout';
export { MATERIAL_NOTE } from './reference-workbook-material';

/** Builds the reference workbook: the empty template, or the 遂溪县应急管理局本级 2024 sample. */
export function buildReferenceWorkbook(kind: ReferenceKind): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ziping';
  wb.lastModifiedBy = 'ziping';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = kind === 'sample' ? `部门整体支出绩效自评（${UNIT_NAME} ${YEAR}年度样例）` : '部门整体支出绩效自评模板';

  buildDataSheet(wb, kind, kind === 'sample' ? sampleTotalScore() : 0);
  buildScoreSheet(wb, kind);
  buildMaterialSheet(wb, kind);
  return wb;
}

/** The reference workbook as .xlsx bytes. */
export async function writeReferenceWorkbook(kind: ReferenceKind): Promise<Uint8Array> {
  const buffer = await buildReferenceWorkbook(kind).xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
