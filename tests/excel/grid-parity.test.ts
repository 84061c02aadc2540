// The two producers of Grids agree: office-js (through the real gateway, on the office-js simulation filled straight
// from the .xlsx's own cells by exceljs's cell model, on every host profile) and exceljs (the CLI's reader) give identical Grids for the same workbook.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { buildGrid } from '../../src/core/grid/build-grid';
import type { Grid } from '../../src/core/grid/grid';
import { createExcelGateway } from '../../src/excel/excel-gateway';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { SAMPLE_PATH } from '../support/sample';
import { PROFILES, SimWorkbook, uninstall, sheetsFromXlsx, type HostProfile } from '../support/office-sim';

async function gridsThroughOffice(host: HostProfile, bytes: Uint8Array) {
  const book = new SimWorkbook(host, await sheetsFromXlsx(bytes));
  book.install();
  return createExcelGateway({ run: book.runner, retryDelayMs: 0 }).readGrids();
}

/** Merged areas reach the Grid from ExcelApi 1.13; before, the Grid has none (documented in docs/excel-versions.md). */
const withoutMerges = (grids: Grid[]): Grid[] =>
  grids.map((grid) =>
    buildGrid(
      grid.name,
      grid.cells.map((row) =>
        row?.map((cell) => {
          if (!cell || cell.mergedFrom) return undefined;
          const { value, formula, numFmt } = cell;
          return { value, ...(formula !== undefined ? { formula } : {}), ...(numFmt !== undefined ? { numFmt } : {}) };
        }),
      ),
    ),
  );

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

describe.each(PROFILES.map((p) => [p.label, p] as const))(
  'office-js (%s) and exceljs yield identical Grids',
  (_l, host) => {
    afterEach(uninstall);
    const expected = async (bytes: Uint8Array) => {
      const grids = await readWorkbookGrids(bytes);
      return host.excelApi >= 13 ? grids : withoutMerges(grids);
    };

    it('for the bundled sample', async () => {
      const bytes = new Uint8Array(readFileSync(SAMPLE_PATH));
      expect(await gridsThroughOffice(host, bytes)).toEqual(await expected(bytes));
    });

    it('for merged ranges, dates, errors, rich text, zero results, numbers typed as text and an empty sheet', async () => {
      const bytes = await awkwardWorkbook();
      const viaOffice = await gridsThroughOffice(host, bytes);
      expect(viaOffice).toEqual(await expected(bytes));
      expect(viaOffice.map((grid) => grid.name)).toEqual(['杂项 (1)', '空表']);
    });
  },
);
