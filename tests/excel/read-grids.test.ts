// readWorkbookGrids against office-addin-mock: the Grids must equal what gridFromA1 (and so the CLI) builds.
import { OfficeMockObject } from 'office-addin-mock';
import { gridFromA1 } from '../../src/core/grid/build-grid';
import { parseAreasAddress, readWorkbookGrids } from '../../src/excel/read-grids';

type RangeData = {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: string[][];
  valueTypes: string[][];
};

type SheetData = { name: string; used: RangeData | null; mergedAddress: string | null };

/**
 * office-addin-mock has no collections and no null objects, so three bits are wired by hand: getItemOrNullObject
 * finds a sheet mock by name: `worksheets.items` is an
 * array of the sheet mocks with a `load` that forwards "items/x" to each item, and `isNullObject` is set directly
 * (office-js fills it without a load).
 */
function mockContext(sheets: SheetData[]) {
  const sheetMocks: Record<string, unknown> = {};
  sheets.forEach((sheet, i) => {
    sheetMocks[`sheet${i}`] = {
      name: sheet.name,
      usedRange: sheet.used ?? {
        rowIndex: 0,
        columnIndex: 0,
        values: [],
        formulas: [],
        numberFormat: [],
        valueTypes: [],
      },
      wholeRange: {
        mergedAreas: { address: sheet.mergedAddress ?? '' },
        getMergedAreasOrNullObject() {
          return this.mergedAreas;
        },
      },
      getUsedRangeOrNullObject(this: { usedRange: unknown }, valuesOnly: boolean) {
        expect(valuesOnly).toBe(true);
        return this.usedRange;
      },
      getRange(this: { wholeRange: unknown }, address?: string) {
        expect(address).toBeUndefined();
        return this.wholeRange;
      },
    };
  });
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        ...sheetMocks,
        load(this: { items: OfficeMockObject[] }, property: string) {
          expect(property).toBe('items/name');
          for (const item of this.items) item.load(property.replace(/^items\//, ''));
          return this;
        },
        getItemOrNullObject(this: Record<string, unknown>, name: string) {
          const i = sheets.findIndex((sheet) => sheet.name === name);
          return this[`sheet${i}`];
        },
      },
    },
  });
  const worksheets = context.workbook.worksheets;
  worksheets.items = sheets.map((_, i) => worksheets[`sheet${i}`]);
  sheets.forEach((sheet, i) => {
    const mock = worksheets[`sheet${i}`];
    mock.usedRange.isNullObject = sheet.used === null;
    mock.wholeRange.mergedAreas.isNullObject = sheet.mergedAddress === null;
  });
  return context as unknown as Excel.RequestContext & OfficeMockObject;
}

// 自评表: A1:D1 merged title, B3 number, D3 a formula, D4 a #DIV/0! formula, A5 a date. office-js reports the
// cells a merge covers as empty, and a formula's cached result in `values`.
const SCORE_SHEET: SheetData = {
  name: '自评表',
  used: {
    rowIndex: 0,
    columnIndex: 0,
    values: [
      ['部门整体支出绩效自评表', '', '', ''],
      ['', '', '', ''],
      ['项目', 200, 150, 0.75],
      ['其他', 0, 0, '#DIV/0!'],
      [45658, '', '', true],
    ],
    formulas: [
      ['部门整体支出绩效自评表', '', '', ''],
      ['', '', '', ''],
      ['项目', 200, 150, '=C3/B3'],
      ['其他', 0, 0, '=C4/B4'],
      [45658, '', '', true],
    ],
    numberFormat: [
      ['General', 'General', 'General', 'General'],
      ['General', 'General', 'General', 'General'],
      ['General', '#,##0.00', '#,##0.00', '0.00%'],
      ['General', '#,##0.00', '#,##0.00', '0.00%'],
      ['yyyy/m/d', 'General', 'General', 'General'],
    ],
    valueTypes: [
      ['String', 'Empty', 'Empty', 'Empty'],
      ['Empty', 'Empty', 'Empty', 'Empty'],
      ['String', 'Double', 'Double', 'Double'],
      ['String', 'Double', 'Double', 'Error'],
      ['Double', 'Empty', 'Empty', 'Boolean'],
    ],
  },
  mergedAddress: "'自评表'!A1:D1",
};

// 评分表: its used range starts at B2, and a text constant that starts with "=" is not a formula.
const RATING_SHEET: SheetData = {
  name: '评分 表',
  used: {
    rowIndex: 1,
    columnIndex: 1,
    values: [
      ['得分', '=不是公式'],
      [99, ''],
      ['合计', 99],
    ],
    formulas: [
      ['得分', '=不是公式'],
      [99, ''],
      ['合计', '=SUM(B3:B3)'],
    ],
    numberFormat: [
      ['General', '@'],
      ['0.0', 'General'],
      ['General', '0.0'],
    ],
    valueTypes: [
      ['String', 'String'],
      ['Double', 'Empty'],
      ['String', 'Double'],
    ],
  },
  mergedAddress: "'评分 表'!B2:B3, '评分 表'!E10:F10",
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

const EXPECTED_SCORE = gridFromA1('自评表', SCORE_CELLS, ['A1:D1']);

const EXPECTED_RATING = gridFromA1(
  '评分 表',
  {
    B2: '得分',
    C2: { value: '=不是公式', numFmt: '@' },
    B3: { value: 99, numFmt: '0.0' },
    B4: '合计',
    C4: { value: 99, formula: 'SUM(B3:B3)', numFmt: '0.0' },
  },
  ['B2:B3', 'E10:F10'],
);

describe('readWorkbookGrids', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('reads every sheet into the Grids gridFromA1 builds, in two syncs', async () => {
    (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) => set === 'ExcelApi' && Number(version) <= 1.13,
        },
      },
    });
    const context = mockContext([SCORE_SHEET, RATING_SHEET]);
    const sync = jest.spyOn(context, 'sync');

    const grids = await readWorkbookGrids(context);

    expect(grids).toEqual([EXPECTED_SCORE, EXPECTED_RATING]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('skips merged areas when ExcelApi 1.13 is not supported, still in two syncs', async () => {
    (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
      context: { requirements: { isSetSupported: (_set: string, version: string) => Number(version) < 1.13 } },
    });
    const context = mockContext([SCORE_SHEET]);
    const sync = jest.spyOn(context, 'sync');
    const getRange = jest.spyOn(context.workbook.worksheets.items[0] as { getRange: () => unknown }, 'getRange');

    const grids = await readWorkbookGrids(context);

    expect(grids).toEqual([gridFromA1('自评表', SCORE_CELLS)]);
    expect(getRange).not.toHaveBeenCalled();
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('gives an empty sheet an empty Grid (used range is a null object)', async () => {
    const context = mockContext([{ name: '空白', used: null, mergedAddress: null }]);
    const sync = jest.spyOn(context, 'sync');

    const grids = await readWorkbookGrids(context, { includeMerges: true });

    expect(grids).toEqual([gridFromA1('空白', {})]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('reads in ONE sync when the sheet list is already known', async () => {
    const context = mockContext([SCORE_SHEET, RATING_SHEET]);
    const sync = jest.spyOn(context, 'sync');

    const grids = await readWorkbookGrids(context, { includeMerges: true, sheetNames: ['自评表', '评分 表'] });

    expect(grids).toEqual([EXPECTED_SCORE, EXPECTED_RATING]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it('keeps the sync count at two however many sheets there are', async () => {
    const sheets = Array.from({ length: 12 }, (_, i) => ({ ...RATING_SHEET, name: `表${i}`, mergedAddress: null }));
    const context = mockContext(sheets);
    const sync = jest.spyOn(context, 'sync');

    const grids = await readWorkbookGrids(context, { includeMerges: true });

    expect(grids.map((g) => g.name)).toEqual(sheets.map((s) => s.name));
    expect(sync).toHaveBeenCalledTimes(2);
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
