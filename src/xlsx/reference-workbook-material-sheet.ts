// Sheet 3 of the reference workbook: 报告素材 (its labels and sample texts are in reference-workbook-material.ts).
import type ExcelJS from 'exceljs';
import { MATERIAL_ROWS, REFERENCE_SHEET_NAMES, type ReferenceKind } from './reference-workbook-layout';
import { MATERIAL_FIELDS, MATERIAL_NOTE } from './reference-workbook-material';
import {
  BOLD_FONT,
  CENTER,
  LEFT,
  put,
  putMerged,
  startSheet,
  widthOf,
  wrappedHeight,
} from './reference-workbook-styles';

export function buildMaterialSheet(wb: ExcelJS.Workbook, kind: ReferenceKind): void {
  const sample = kind === 'sample';
  const ws = startSheet(wb, {
    name: REFERENCE_SHEET_NAMES.material,
    widths: [26, 20, 20, 20, 20, 20],
    orientation: 'portrait',
    titleRow: MATERIAL_ROWS.title,
    title: '报告素材（用于生成自评报告）',
  });
  const textWidth = widthOf(ws, 2, 6);
  MATERIAL_FIELDS.forEach((field, i) => {
    const r = MATERIAL_ROWS.firstField + i;
    put(ws, `A${r}`, field.label, { font: BOLD_FONT, alignment: CENTER, border: true });
    putMerged(ws, r, 2, r, 6, sample ? field.sample : undefined, { alignment: LEFT, border: true });
    ws.getRow(r).height = sample ? wrappedHeight(field.sample, textWidth, 24) : 40;
  });
  const noteRow = MATERIAL_ROWS.firstField + MATERIAL_FIELDS.length + 1;
  putMerged(ws, noteRow, 1, noteRow, 6, MATERIAL_NOTE, { alignment: LEFT });
  ws.getRow(noteRow).height = wrappedHeight(MATERIAL_NOTE, widthOf(ws, 1, 6), 24);
}
