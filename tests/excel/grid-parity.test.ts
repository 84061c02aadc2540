// The two producers of Grids agree: office-js (through the real gateway, on a fake workbook filled straight from the
// .xlsx's own cells) and exceljs (the CLI's reader) give identical Grids for the same workbook.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { createExcelGateway } from '../../src/excel/excel-gateway';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { SAMPLE_PATH } from '../support/sample';
import { FakeWorkbook, resetOffice, runOn, supportExcelApi, type FakeCell, type FakeSheetInit } from './fake-excel';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** What Excel would hold for one exceljs cell: office-js shows dates as serials and rich text as its text. */
function officeValue(value: unknown): Pick<FakeCell, 'value' | 'error'> {
  if (value instanceof Date) return { value: (value.getTime() - EXCEL_EPOCH) / 86400000 };
  if (value === null || value === undefined) return { value: null };
  if (typeof value !== 'object') return { value: value as string | number | boolean };
  const v = value as { error?: string; richText?: { text: string }[]; text?: string };
  if (v.error) return { error: v.error };
  if (v.richText) return { value: v.richText.map((part) => part.text).join('') };
  return { value: v.text ?? null };
}

/** Fills the fake from exceljs's cell model, independently of the exceljs -> Grid reader under comparison. */
async function fakeSheetsOf(bytes: Uint8Array): Promise<FakeSheetInit[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const cells: Record<string, FakeCell> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const isFormula = cell.type === ExcelJS.ValueType.Formula;
        cells[cell.address] = {
          ...officeValue(isFormula ? cell.result : cell.value),
          ...(isFormula ? { formula: `=${cell.formula}` } : {}),
          ...(cell.numFmt ? { numberFormat: cell.numFmt } : {}),
        };
      }),
    );
    return { name: sheet.name, cells, merges: [...(sheet.model.merges ?? [])] };
  });
}

async function gridsThroughOffice(bytes: Uint8Array) {
  const gateway = createExcelGateway({ run: runOn(new FakeWorkbook(await fakeSheetsOf(bytes))), retryDelayMs: 0 });
  return gateway.readGrids();
}

async function awkwardWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('杂项 (1)');
  sheet.getCell('B2').value = '一级指标';
  sheet.mergeCells('B2:C3');
  sheet.getCell('D2').value = new Date(Date.UTC(2025, 6, 25));
  sheet.getCell('D2').numFmt = 'yyyy"年"m"月"d"日"';
  sheet.getCell('E2').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  sheet.getCell('F2').value = { richText: [{ text: '遂溪县' }, { text: '应急管理局' }] };
  sheet.getCell('G2').value = 0;
  sheet.getCell('G3').value = { formula: 'G2*2', result: 0 } as ExcelJS.CellFormulaValue;
  sheet.getCell('G4').value = { formula: 'G2>1', result: false } as unknown as ExcelJS.CellFormulaValue;
  sheet.getCell('H5').value = 34474255.03;
  sheet.getCell('H5').numFmt = '#,##0.00';
  sheet.getCell('I6').value = '34,474,255.03';
  workbook.addWorksheet('空表');
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('office-js and exceljs yield identical Grids', () => {
  beforeEach(() => supportExcelApi(13));
  afterEach(resetOffice);

  it('for the bundled sample', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE_PATH));
    expect(await gridsThroughOffice(bytes)).toEqual(await readWorkbookGrids(bytes));
  });

  it('for merged ranges, dates, errors, rich text, zero results, numbers typed as text and an empty sheet', async () => {
    const bytes = await awkwardWorkbook();
    const viaOffice = await gridsThroughOffice(bytes);
    expect(viaOffice).toEqual(await readWorkbookGrids(bytes));
    expect(viaOffice.map((grid) => grid.name)).toEqual(['杂项 (1)', '空表']);
  });
});
