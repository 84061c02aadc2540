// readWorkbookGrids on the office-js simulation, on every host profile: the Grids must equal what gridFromA1 (and so
// the CLI) builds, and large workbooks are read within Excel's limits (5 MB a response on the web, 5 million cells a
// range read everywhere).
import { gridFromA1 } from '../../src/core/grid/build-grid';
import { createExcelGateway } from '../../src/excel/excel-gateway';
import { parseAreasAddress, readWorkbookGrids } from '../../src/excel/read-grids';
import {
  PROFILES,
  asContext,
  profile,
  SimWorkbook,
  uninstall,
  type SimCell,
  type SimSheetInit,
} from '../support/office-sim';

const MB = 1024 * 1024;

// 自评表: A1:D1 merged title, B3 number, D3 a formula, D4 a #DIV/0! formula, A5 a date.
const SCORE_SHEET: SimSheetInit = {
  name: '自评表',
  cells: {
    A1: { value: '部门整体支出绩效自评表' },
    A3: { value: '项目' },
    B3: { value: 200, numberFormat: '#,##0.00' },
    C3: { value: 150, numberFormat: '#,##0.00' },
    D3: { value: 0.75, formula: '=C3/B3', numberFormat: '0.00%' },
    A4: { value: '其他' },
    B4: { value: 0, numberFormat: '#,##0.00' },
    C4: { value: 0, numberFormat: '#,##0.00' },
    D4: { error: '#DIV/0!', formula: '=C4/B4', numberFormat: '0.00%' },
    A5: { value: 45658, numberFormat: 'yyyy/m/d' },
    D5: { value: true },
  },
  merges: ['A1:D1'],
};

// 评分 表: its used range starts at B2, and a text constant that starts with "=" is not a formula.
const RATING_SHEET: SimSheetInit = {
  name: '评分 表',
  cells: {
    B2: { value: '得分' },
    C2: { value: '=不是公式', numberFormat: '@' },
    B3: { value: 99, numberFormat: '0.0' },
    B4: { value: '合计' },
    C4: { value: 99, formula: '=SUM(B3:B3)', numberFormat: '0.0' },
  },
  merges: ['B2:B3', 'E10:F10'],
};

const SCORE_CELLS = {
  A1: '部门整体支出绩效自评表',
  A3: '项目',
  B3: { value: 200, numFmt: '#,##0.00' },
  C3: { value: 150, numFmt: '#,##0.00' },
  D3: { value: 0.75, formula: 'C3/B3', numFmt: '0.00%' },
  A4: '其他',
  B4: { value: 0, numFmt: '#,##0.00' },
  C4: { value: 0, numFmt: '#,##0.00' },
  D4: { value: { error: '#DIV/0!' }, formula: 'C4/B4', numFmt: '0.00%' },
  A5: { value: 45658, numFmt: 'yyyy/m/d' },
  D5: true,
} as const;
const RATING_CELLS = {
  B2: '得分',
  C2: { value: '=不是公式', numFmt: '@' },
  B3: { value: 99, numFmt: '0.0' },
  B4: '合计',
  C4: { value: 99, formula: 'SUM(B3:B3)', numFmt: '0.0' },
} as const;

/** A sheet of `rows` × `cols` numbers (every fifth a formula with a number format). */
function bigSheet(name: string, rows: number, cols: number): SimSheetInit {
  const cells: Record<string, SimCell> = {};
  const letters = 'ABCDEFGHIJKLMNOP';
  for (let r = 1; r <= rows; r++)
    for (let c = 0; c < cols; c++)
      cells[`${letters[c]}${r}`] =
        c === 4 ? { value: r * 2, formula: `=A${r}*2`, numberFormat: '#,##0.00' } : { value: r * 100 + c };
  return { name, cells };
}

afterEach(uninstall);

describe.each(PROFILES.map((p) => [p.label, p] as const))('%s', (_label, host) => {
  it('reads every sheet into the Grids gridFromA1 builds (merges from ExcelApi 1.13)', async () => {
    const book = new SimWorkbook(host, [SCORE_SHEET, RATING_SHEET, { name: '空白' }]);
    book.install();
    const grids = await readWorkbookGrids(asContext(book.context()));
    const merges = host.excelApi >= 13;
    expect(grids).toEqual([
      gridFromA1('自评表', SCORE_CELLS, merges ? ['A1:D1'] : []),
      gridFromA1('评分 表', RATING_CELLS, merges ? ['B2:B3', 'E10:F10'] : []),
      gridFromA1('空白', {}),
    ]);
    expect(book.syncs).toBe(3);
  });

  it('reads a 30,000-row sheet in row blocks, no response above 4 MB, the same Grid as a whole read', async () => {
    const book = new SimWorkbook(host, [SCORE_SHEET, bigSheet('明细', 30_000, 8)]);
    book.install();
    const gateway = createExcelGateway({ run: book.runner, retryDelayMs: 0 });
    await gateway.prepare();
    const grids = await gateway.readGrids();
    const detail = grids[1];
    expect(detail?.cells).toHaveLength(30_000);
    expect(detail?.cells[29_999]?.[4]).toEqual({ value: 60_000, formula: 'A30000*2', numFmt: '#,##0.00' });
    expect(detail?.cells[12_345]?.[7]).toEqual({ value: 1_234_607 });
    expect(Math.max(...book.syncLog.map((s) => s.responseBytes))).toBeLessThan(4 * MB);
    expect(book.syncLog.every((s) => s.failed === undefined)).toBe(true);
  });
});

describe('limits', () => {
  it('reads a sheet whose used range holds more than 5 million cells (whole-range values come back null)', async () => {
    const book = new SimWorkbook(profile('m365'), [
      { name: '稀疏', cells: { A1: { value: '起' }, J520000: { value: '止' } } },
    ]);
    book.install();
    const grids = await readWorkbookGrids(asContext(book.context()), { syncCellBudget: 1_000_000 });
    expect(grids[0]?.cells[0]?.[0]).toEqual({ value: '起' });
    expect(grids[0]?.cells[519_999]?.[9]).toEqual({ value: '止' });
  });

  it('halves the block when Excel on the web still refuses the response, and finishes', async () => {
    const book = new SimWorkbook(profile('web'), [bigSheet('明细', 20_000, 8)]);
    book.install();
    const grids = await readWorkbookGrids(asContext(book.context()), { syncCellBudget: 400_000 });
    expect(grids[0]?.cells).toHaveLength(20_000);
    expect(book.syncLog.some((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });

  it('checks a workbook with a formatted 1,000,000-cell extra sheet on the web within 4 MB per request and response', async () => {
    const book = new SimWorkbook(profile('web'), [
      SCORE_SHEET,
      { name: '格式', formatted: { address: 'A1:J100000', fill: { color: '#DDEBF7', pattern: 'Solid' } } },
    ]);
    book.install();
    const gateway = createExcelGateway({ run: book.runner, retryDelayMs: 0 });
    await gateway.prepare();
    await gateway.readGrids();
    await gateway.highlight([
      { sheet: '自评表', row: 2, col: 1, severity: 'error' },
      { sheet: '格式', row: 5000, col: 3, severity: 'warning' },
    ]);
    await gateway.clearHighlights();
    expect(
      book.syncLog.every((s) => s.failed === undefined && s.requestBytes < 4 * MB && s.responseBytes < 4 * MB),
    ).toBe(true);
    const sheet = book.sheet('格式');
    expect(sheet && book.fillAt(sheet, 5000, 3)).toEqual({ color: '#DDEBF7', pattern: 'Solid' });
  });

  it('marks 30,000 cells on the web within 4 MB per request', async () => {
    const book = new SimWorkbook(profile('web'), [bigSheet('明细', 5_000, 8)]);
    book.install();
    const gateway = createExcelGateway({ run: book.runner, retryDelayMs: 0 });
    await gateway.prepare();
    await gateway.readGrids();
    const marks = Array.from({ length: 30_000 }, (_, i) => ({
      sheet: '明细',
      row: Math.floor(i / 6),
      col: i % 6,
      severity: 'info' as const,
    }));
    await gateway.highlight(marks);
    await gateway.clearHighlights();
    expect(book.syncLog.every((s) => s.failed === undefined && s.requestBytes < 4 * MB)).toBe(true);
    expect(book.cell('明细', 'A1')?.fill ?? null).toBeNull();
  });
});

describe('parseAreasAddress', () => {
  it('reads plain, quoted and absolute areas, including names with commas and "!"', () => {
    expect(parseAreasAddress("Sheet1!A1:B2, 'a, b!'!$C$3:$D$4,Sheet1!E5")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });
});
