// Shared helpers for the report tests: the sample workbook's grids, and copies of them with some cells changed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook, type CheckResult } from '../../src/core/check';
import { fromA1 } from '../../src/core/grid/a1';
import type { Cell, CellValue, Grid } from '../../src/core/grid/grid';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { buildReport } from '../../src/report/build-report';
import type { Report, ReportOptions } from '../../src/report/report-model';

export const SAMPLE_PATH = path.resolve(__dirname, '..', '..', 'assets', 'sample-2024.xlsx');

let cached: Promise<Grid[]> | undefined;
export function sampleGrids(): Promise<Grid[]> {
  cached ??= readWorkbookGrids(new Uint8Array(readFileSync(SAMPLE_PATH)));
  return cached;
}

/** A copy of the grids where the given cells of one sheet hold new values (formulas dropped, as if typed). */
export function withCells(grids: readonly Grid[], sheet: string, values: Readonly<Record<string, CellValue>>): Grid[] {
  return grids.map((grid) => {
    if (grid.name !== sheet) return grid;
    const cells = grid.cells.map((row) => (row ? [...row] : row)) as (Cell | undefined)[][];
    for (const [address, value] of Object.entries(values)) {
      const pos = fromA1(address);
      if (!pos) throw new TypeError(`bad address ${address}`);
      const row = (cells[pos.row] ??= []);
      row[pos.col] = value === null ? undefined : { value };
    }
    return { ...grid, cells };
  });
}

export async function sampleReport(options: ReportOptions = {}): Promise<{ result: CheckResult; report: Report }> {
  const result = checkWorkbook(await sampleGrids());
  return { result, report: buildReport(result, options) };
}

export function reportOf(grids: readonly Grid[], options: ReportOptions = {}): Report {
  return buildReport(checkWorkbook(grids), options);
}

export const DATA = '自评数据表';
export const SCORE = '自评评分表';
export const MATERIAL = '报告素材';
