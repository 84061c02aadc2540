// The office-js gateway against a stateful fake workbook: sync budgets, exact fill restore, all-or-nothing write-back
// with exact undo, template insertion (including Excel on the web's GeneralException-but-inserted), report sheet, events.
import { createExcelGateway } from '../../src/excel/excel-gateway';
import { EXCEL_ERROR_MESSAGES, EXCEL_REQUIREMENT_MESSAGES } from '../../src/excel/excel-messages';
import { HIGHLIGHT_COLORS } from '../../src/excel/highlight';
import { MARK_SHEET } from '../../src/excel/mark-store';
import { REPORT_SHEET } from '../../src/excel/report-sheet';
import { fromA1 } from '../../src/core/grid/a1';
import type { CellChange } from '../../src/taskpane/gateway';
import {
  asContext,
  FakeWorkbook,
  resetOffice,
  supportExcelApi,
  type FakeCell,
  type FakeOptions,
  type FakeSheetInit,
} from './fake-excel';

const at = (sheet: string, a1: string) => ({ sheet, ...(fromA1(a1) as { row: number; col: number }) });

/** A gateway over one fake context, whose sync is spied (the same context serves every batch). */
function setup(sheets: FakeSheetInit[], options: FakeOptions = {}) {
  const book = new FakeWorkbook(sheets, options);
  const context = book.context();
  const sync = jest.spyOn(context, 'sync');
  const gateway = createExcelGateway({ run: (batch) => batch(asContext(context)), retryDelayMs: 0, now: () => clock });
  return {
    book,
    context,
    sync,
    gateway,
    reopen: () => createExcelGateway({ run: (batch) => batch(asContext(context)), retryDelayMs: 0 }),
  };
}

let clock = 0;

const DATA: FakeSheetInit = {
  name: '自评数据表',
  cells: {
    A1: { value: '年度资金总额' },
    B1: { value: 100, numberFormat: '#,##0.00', fill: { color: '#FFFFFF', pattern: 'Solid' } },
    C1: { value: 90, numberFormat: '#,##0.00', fill: { color: '#00FF00', pattern: 'Gray50', patternColor: '#0000FF' } },
    D1: { value: 0.95, formula: '=C1/B1', numberFormat: '0.00%' },
    A2: { value: '合计' },
    B2: { value: 7, formula: '=SUM(B3:B4)' },
    A5: { value: '=不是公式', numberFormat: '@' },
  },
  merges: ['E1:F1'],
};
const OTHER: FakeSheetInit = {
  name: '自评评分表',
  cells: { A1: { value: '得分' }, J22: { value: 99, formula: '=SUM(J5:J21)' } },
};

beforeEach(() => {
  supportExcelApi(13);
  clock = 0;
});
afterEach(resetOffice);

describe('sync budget', () => {
  it('reads in two syncs cold, then a full check (read + highlight) is exactly two syncs', async () => {
    const { sync, gateway } = setup([DATA, OTHER]);
    await gateway.readGrids();
    expect(sync).toHaveBeenCalledTimes(2);

    for (let round = 0; round < 3; round++) {
      sync.mockClear();
      const grids = await gateway.readGrids();
      expect(sync).toHaveBeenCalledTimes(1);
      expect(grids.map((g) => g.name)).toEqual(['自评数据表', '自评评分表']);
      await gateway.highlight([
        { ...at('自评数据表', 'B1'), severity: 'error' },
        { ...at('自评评分表', 'J22'), severity: 'warning' },
      ]);
      expect(sync).toHaveBeenCalledTimes(2);
    }
  });

  it('prepare() learns the sheet list, so even the first check is two syncs, whatever the size', async () => {
    const sheets = Array.from({ length: 12 }, (_, i) => ({
      name: `表${i}`,
      cells: Object.fromEntries(Array.from({ length: 40 }, (_, r) => [`B${r + 1}`, { value: r }])) as Record<
        string,
        FakeCell
      >,
    }));
    const { sync, gateway } = setup(sheets);
    await gateway.prepare();
    sync.mockClear();
    await gateway.readGrids();
    await gateway.highlight(
      sheets.flatMap((s) =>
        Array.from({ length: 40 }, (_, r) => ({ ...at(s.name, `B${r + 1}`), severity: 'info' as const })),
      ),
    );
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('reads again (one more sync) when a sheet was added since the list was learned', async () => {
    const { book, sync, gateway } = setup([DATA]);
    await gateway.prepare();
    book.sheets.push(book.makeSheet(OTHER));
    sync.mockClear();
    const grids = await gateway.readGrids();
    expect(grids.map((g) => g.name)).toEqual(['自评数据表', '自评评分表']);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('falls back to the slow path when a deleted sheet fails the whole batch', async () => {
    const { book, sync, gateway } = setup([DATA, OTHER], { nullChain: 'throw' });
    await gateway.prepare();
    book.sheets = book.sheets.filter((s) => s.name !== '自评评分表');
    sync.mockClear();
    const grids = await gateway.readGrids();
    expect(grids.map((g) => g.name)).toEqual(['自评数据表']);
    expect(sync).toHaveBeenCalledTimes(3);
  });
});

describe('highlight and clearHighlights', () => {
  const MARKS = [
    { ...at('自评数据表', 'A1'), severity: 'error' as const },
    { ...at('自评数据表', 'B1'), severity: 'warning' as const },
    { ...at('自评数据表', 'C1'), severity: 'info' as const },
    { ...at('自评数据表', 'H9'), severity: 'error' as const },
  ];

  it('marks, keeps the originals in a very hidden sheet that is never a Grid, and restores them exactly after reopening', async () => {
    const { book, gateway, reopen, sync } = setup([DATA]);
    const before = book.snapshot({ fills: true });
    await gateway.readGrids();
    await gateway.highlight(MARKS);
    expect(book.cell('自评数据表', 'A1')?.fill).toEqual({ color: HIGHLIGHT_COLORS.error, pattern: 'Solid' });
    expect(book.cell('自评数据表', 'C1')?.fill).toEqual({ color: HIGHLIGHT_COLORS.info, pattern: 'Solid' });
    expect(book.sheet(MARK_SHEET)?.visibility).toBe('VeryHidden');
    expect((await gateway.readGrids()).map((g) => g.name)).toEqual(['自评数据表']);

    sync.mockClear();
    await reopen().clearHighlights();
    expect(sync).toHaveBeenCalledTimes(2);
    // No fill stays no fill (not white), white stays white, a pattern keeps its pattern and colours.
    expect(book.snapshot({ fills: true })).toEqual({ ...before });
    expect(book.cell('自评数据表', 'A1')?.fill).toBeNull();
    expect(book.sheet(MARK_SHEET)).toBeUndefined();
  });

  it('replaces earlier marks: unmarked cells get their own fill back, re-marked cells keep the first original', async () => {
    const { book, gateway } = setup([DATA]);
    const before = book.snapshot({ fills: true });
    await gateway.readGrids();
    await gateway.highlight(MARKS);
    await gateway.readGrids();
    await gateway.highlight([{ ...at('自评数据表', 'B1'), severity: 'error' }]);
    expect(book.cell('自评数据表', 'C1')?.fill).toEqual(DATA.cells?.C1?.fill);
    expect(book.cell('自评数据表', 'A1')?.fill).toBeNull();
    expect(book.cell('自评数据表', 'B1')?.fill).toEqual({ color: HIGHLIGHT_COLORS.error, pattern: 'Solid' });
    await gateway.clearHighlights();
    expect(book.snapshot({ fills: true })).toEqual(before);
  });

  it('without a read just before, highlight loads what it needs in one extra sync and still restores exactly', async () => {
    const { book, gateway, sync } = setup([DATA]);
    const before = book.snapshot({ fills: true });
    await gateway.highlight(MARKS);
    expect(sync).toHaveBeenCalledTimes(2);
    await gateway.clearHighlights();
    expect(book.snapshot({ fills: true })).toEqual(before);
  });

  it('before ExcelApi 1.9 keeps colours only: white reads as no fill and a pattern is lost (documented)', async () => {
    supportExcelApi(8);
    const { book, gateway } = setup([DATA]);
    const before = book.snapshot({ fills: true });
    await gateway.readGrids();
    await gateway.highlight(MARKS);
    await gateway.clearHighlights();
    const after = book.snapshot({ fills: true })['自评数据表'] ?? {};
    expect(after.B1?.fill).toBeUndefined();
    expect(after.C1?.fill).toEqual({ color: '#00FF00', pattern: 'Solid' });
    expect({ ...after, B1: undefined, C1: undefined }).toEqual({
      ...before['自评数据表'],
      B1: undefined,
      C1: undefined,
    });
  });
});

describe('selectCells', () => {
  it('activates the sheet and selects the cells of that sheet in one sync', async () => {
    const { book, gateway, sync } = setup([DATA, OTHER]);
    await gateway.selectCells([at('自评评分表', 'J22'), at('自评评分表', 'A1'), at('自评数据表', 'B1')]);
    expect(book.active).toBe('自评评分表');
    expect(book.selection).toEqual({ sheet: '自评评分表', address: 'J22,A1' });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe('applyChanges and undoLastApply', () => {
  const change = (
    a1: string,
    current: CellChange['current'],
    value: number,
    extra: Partial<CellChange> = {},
  ): CellChange => ({
    ref: at('自评数据表', a1),
    what: `单元格${a1}`,
    current,
    value,
    ...extra,
  });

  it('writes formulas where one applies, values otherwise, and number formats, in two syncs', async () => {
    const { book, gateway, sync } = setup([DATA]);
    const result = await gateway.applyChanges(
      [
        change('B2', 7, 12, { currentFormula: 'SUM(B3:B4)', formula: 'B3+B4' }),
        change('D1', 0.95, 0.9, { currentFormula: 'C1/B1', numFmt: '0.0%' }),
      ],
      'formulas',
    );
    expect(result).toEqual({ ok: true, written: 2 });
    expect(book.cell('自评数据表', 'B2')?.formula).toBe('=B3+B4');
    expect(book.cell('自评数据表', 'D1')).toMatchObject({ value: 0.9, numberFormat: '0.0%' });
    expect(book.cell('自评数据表', 'D1')?.formula).toBeUndefined();
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('writes nothing when a sheet is protected, and says which cell', async () => {
    const { book, gateway } = setup([{ ...OTHER, protected: true }, DATA]);
    const before = book.snapshot({ fills: true });
    const result = await gateway.applyChanges(
      [
        change('B1', 100, 101),
        { ...change('A1', '得分', 1), ref: at('自评评分表', 'J22'), current: 99, currentFormula: 'SUM(J5:J21)' },
      ],
      'values',
    );
    expect(result).toMatchObject({ ok: false, ref: at('自评评分表', 'J22') });
    expect(result.ok === false && result.reason).toContain("'自评评分表'!J22");
    expect(result.ok === false && result.reason).toContain('受保护');
    expect(book.snapshot({ fills: true })).toEqual(before);
  });

  it('writes nothing when a cell changed since the preview, or is inside a merge', async () => {
    const { book, gateway } = setup([DATA]);
    const before = book.snapshot({ fills: true });
    const stale = await gateway.applyChanges([change('B1', 100, 101), change('C1', 89, 90)], 'values');
    expect(stale).toMatchObject({ ok: false, ref: at('自评数据表', 'C1') });
    const merged = await gateway.applyChanges([change('F1', null, 1)], 'values');
    expect(merged).toMatchObject({ ok: false, ref: at('自评数据表', 'F1') });
    expect(book.snapshot({ fills: true })).toEqual(before);
  });

  it('undo restores values, formulas, number formats and "=" texts exactly, also after reopening', async () => {
    const { book, gateway, reopen } = setup([DATA]);
    const before = book.snapshot();
    await gateway.applyChanges(
      [
        change('B2', 7, 12, { currentFormula: 'SUM(B3:B4)', formula: 'B3+B4' }),
        change('D1', 0.95, 0.9, { currentFormula: 'C1/B1', numFmt: '0.0%', formula: 'IF(B1=0,"",C1/B1)' }),
        change('A5', '=不是公式', 3),
        change('G7', null, 5, { numFmt: '0.00' }),
      ],
      'formulas',
    );
    expect(book.snapshot()).not.toEqual(before);
    await expect(reopen().undoLastApply()).resolves.toBe(true);
    expect(book.snapshot()).toEqual(before);
    await expect(gateway.undoLastApply()).resolves.toBe(false);
  });

  it('keeps marks and undo apart in the store: clearing marks keeps the undo, undo keeps the marks', async () => {
    const { book, gateway } = setup([DATA]);
    const before = book.snapshot({ fills: true });
    await gateway.readGrids();
    await gateway.highlight([{ ...at('自评数据表', 'B1'), severity: 'error' }]);
    await gateway.applyChanges([change('B1', 100, 101)], 'values');
    await gateway.clearHighlights();
    await expect(gateway.undoLastApply()).resolves.toBe(true);
    expect(book.snapshot({ fills: true })).toEqual(before);
    expect(book.sheet(MARK_SHEET)).toBeUndefined();
  });

  it('random apply/undo sequences always undo to the state before the last apply (seeded)', async () => {
    let seed = 20240601;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const cells = ['B1', 'C1', 'D1', 'B2', 'A5', 'G7', 'H8'];
    for (let run = 0; run < 25; run++) {
      const { book, gateway } = setup([DATA]);
      let beforeLast: ReturnType<FakeWorkbook['snapshot']>[string] | undefined;
      // The user's sheet only: the store sheet holds the undo itself and goes away with it.
      const userCells = () => book.snapshot()['自评数据表'];
      for (let step = 0; step < 8; step++) {
        if (random() < 0.35) {
          const undone = await gateway.undoLastApply();
          expect(undone).toBe(beforeLast !== undefined);
          if (beforeLast) expect(userCells()).toEqual(beforeLast);
          beforeLast = undefined;
          continue;
        }
        const picked = cells.filter(() => random() < 0.4);
        const changes = picked.map((a1) => {
          const cell = book.cell('自评数据表', a1);
          const current = cell?.value ?? null;
          const value = Math.round(random() * 1000) / 10;
          return change(a1, current, value, {
            ...(cell?.formula ? { currentFormula: cell.formula.slice(1) } : {}),
            ...(random() < 0.5 ? { formula: `${value}*1` } : {}),
            ...(random() < 0.5 ? { numFmt: random() < 0.5 ? '0.00%' : '#,##0.0' } : {}),
          });
        });
        const snapshot = userCells();
        const result = await gateway.applyChanges(changes, random() < 0.5 ? 'formulas' : 'values');
        expect(result.ok).toBe(true);
        if (changes.length > 0) beforeLast = snapshot;
      }
    }
  });
});

describe('insertTemplate', () => {
  it('says which Excel is needed when ExcelApi 1.13 is missing', async () => {
    supportExcelApi(12);
    const { gateway, book } = setup([DATA]);
    await expect(gateway.insertTemplate('blank')).rejects.toMatchObject({
      name: 'ExcelGatewayError',
      message: EXCEL_REQUIREMENT_MESSAGES.insertTemplateTooOld,
    });
    expect(book.inserted).toHaveLength(0);
  });

  it('inserts the three template sheets at the end in two syncs', async () => {
    const { gateway, book, sync } = setup([{ name: 'Sheet1' }]);
    await expect(gateway.insertTemplate('sample')).resolves.toEqual({
      inserted: ['自评数据表', '自评评分表', '报告素材'],
    });
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', '自评数据表', '自评评分表', '报告素材']);
    expect(book.inserted[0]?.options).toEqual({ positionType: 'End' });
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('renames to avoid a clash, cross-sheet formulas included', async () => {
    const { gateway, book } = setup([DATA]);
    await expect(gateway.insertTemplate('sample')).resolves.toEqual({
      inserted: ['自评数据表 (2)', '自评评分表 (2)', '报告素材 (2)'],
    });
    const formulas = [...(book.sheet('自评数据表 (2)')?.cells.values() ?? [])]
      .map((c) => c.formula)
      .filter((f) => f?.includes('!'));
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) expect(formula).toContain("'自评评分表 (2)'!");
  });

  it('reports success when Excel throws GeneralException but the sheets are there (Excel on the web)', async () => {
    const { gateway, book, sync } = setup([{ name: 'Sheet1' }], { insert: 'throw-after-insert' });
    await expect(gateway.insertTemplate('blank')).resolves.toEqual({
      inserted: ['自评数据表', '自评评分表', '报告素材'],
    });
    expect(book.sheets).toHaveLength(4);
    expect(sync).toHaveBeenCalledTimes(3);
  });

  it('rejects with the Chinese message when the sheets are really not there', async () => {
    const { gateway } = setup([{ name: 'Sheet1' }], { insert: 'throw-without-insert' });
    await expect(gateway.insertTemplate('blank')).rejects.toMatchObject({
      code: 'GeneralException',
      message: EXCEL_ERROR_MESSAGES.GeneralException,
    });
  });
});

describe('writeReportSheet', () => {
  it('writes one paragraph per row, then says exists, then replaces without stale rows', async () => {
    const { gateway, book, sync } = setup([DATA]);
    await expect(gateway.writeReportSheet(['一、基本情况', '=不是公式', '三、结论'], { replace: false })).resolves.toBe(
      'written',
    );
    expect(sync).toHaveBeenCalledTimes(2);
    const sheet = () => book.sheet(REPORT_SHEET);
    expect(sheet()?.cells.get('A2')).toMatchObject({ value: '=不是公式' });
    expect(sheet()?.cells.get('A2')?.formula).toBeUndefined();
    expect(sheet()?.columnWidths.get('A')).toBeGreaterThan(400);
    await expect(gateway.writeReportSheet(['新'], { replace: false })).resolves.toBe('exists');
    expect(sheet()?.cells.get('A1')?.value).toBe('一、基本情况');
    await expect(gateway.writeReportSheet(['新'], { replace: true })).resolves.toBe('written');
    expect([...(sheet()?.cells.keys() ?? [])]).toEqual(['A1']);
    expect(sheet()?.cells.get('A1')?.value).toBe('新');
  });
});

describe('onWorkbookChanged', () => {
  it("calls the listener for the user's edits only, and stops after the remover (one sync)", async () => {
    const { gateway, book, sync } = setup([DATA]);
    const listener = jest.fn();
    const stop = await gateway.onWorkbookChanged(listener);
    const dataId = book.sheet('自评数据表')?.id ?? '';

    await book.fireChange({ worksheetId: dataId, address: 'C3' });
    expect(listener).toHaveBeenCalledTimes(1);

    await gateway.applyChanges([{ ref: at('自评数据表', 'B1'), what: 'B1', current: 100, value: 101 }], 'values');
    await book.fireChange({ worksheetId: dataId, address: 'B1' });
    await book.fireChange({ worksheetId: book.sheet(MARK_SHEET)?.id ?? '', address: 'A1' });
    expect(listener).toHaveBeenCalledTimes(1);
    clock += 10_000;
    await book.fireChange({ worksheetId: dataId, address: 'B1' });
    expect(listener).toHaveBeenCalledTimes(2);

    sync.mockClear();
    await stop();
    expect(sync).toHaveBeenCalledTimes(1);
    await book.fireChange({ worksheetId: dataId, address: 'C3' });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
