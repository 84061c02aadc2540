// The exceljs reader: values as Excel holds them, formulas, merges, dates as serials, and typed failures.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gridFromA1 } from '../../src/core/grid/build-grid';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { WorkbookReadError } from '../../src/xlsx/read-errors';

async function bytesOf(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('表'));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readWorkbookGrids', () => {
  it('keeps cached formula results of 0, "" and false (exceljs drops them from cell.value)', async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell('A1').value = 0;
      ws.getCell('A2').value = { formula: 'A1*2', result: 0 } as ExcelJS.CellFormulaValue;
      ws.getCell('A3').value = { formula: 'A1>1', result: false } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('A4').value = { formula: 'SUM(A1:A2)', result: 5 } as ExcelJS.CellFormulaValue;
    });
    const [grid] = await readWorkbookGrids(bytes);
    expect(grid?.cells[1]?.[0]).toEqual({ value: 0, formula: 'A1*2' });
    expect(grid?.cells[2]?.[0]).toEqual({ value: false, formula: 'A1>1' });
    expect(grid?.cells[3]?.[0]).toEqual({ value: 5, formula: 'SUM(A1:A2)' });
  });

  it('reads merged ranges, dates as serials, errors and rich text like the Grid contract says', async () => {
    const bytes = await bytesOf((ws) => {
      ws.getCell('A1').value = '一级指标';
      ws.mergeCells('A1:B2');
      ws.getCell('C1').value = new Date(Date.UTC(2025, 6, 25));
      ws.getCell('C1').numFmt = 'yyyy-mm-dd';
      ws.getCell('D1').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
      ws.getCell('E1').value = { richText: [{ text: '遂溪县' }, { text: '应急管理局' }] };
    });
    const [grid] = await readWorkbookGrids(bytes);
    const expected = gridFromA1(
      '表',
      { A1: '一级指标', C1: { value: 45863, numFmt: 'yyyy-mm-dd' }, D1: { error: '#DIV/0!' }, E1: '遂溪县应急管理局' },
      ['A1:B2'],
    );
    expect(grid).toEqual(expected);
  });

  it.each([
    ['random bytes', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'not-xlsx'],
    ['an empty file', new Uint8Array(0), 'empty'],
    ['a truncated zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]), 'corrupt'],
  ])('rejects %s with a typed error', async (_name, bytes, code) => {
    await expect(readWorkbookGrids(bytes)).rejects.toMatchObject({ name: 'WorkbookReadError', code });
  });

  it('recognises a password-protected workbook (an encrypted compound file)', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'password-protected.xlsx')));
    const error = await readWorkbookGrids(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe('encrypted');
    expect((error as WorkbookReadError).message).toContain('密码');
  });
});
