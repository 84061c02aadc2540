// The WorkbookGateway backed by office-js; every call is one awaited runExcel batch.
import type { WorkbookGateway } from '../taskpane/gateway';
import { readWorkbookGrids } from './read-grids';
import { runExcel, type RunExcelOptions } from './run-excel';

export function createExcelGateway(options: RunExcelOptions = {}): WorkbookGateway {
  return {
    readGrids: () => runExcel((context) => readWorkbookGrids(context), options),
    selectCell: (sheet, a1) =>
      runExcel(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(a1).select();
        await context.sync();
      }, options),
  };
}
