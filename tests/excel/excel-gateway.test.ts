// The office-js gateway on the office-js simulation, on every host profile (Office 2019 to Excel on the web): sync
// budgets, exact fill restore with the store in the workbook's settings, all-or-nothing write-back with exact undo,
// template insertion (including Excel on the web's GeneralException-but-inserted), report sheet, change events.
import { createExcelGateway } from '../../src/excel/excel-gateway';
import { EXCEL_ERROR_MESSAGES, EXCEL_REQUIREMENT_MESSAGES } from '../../src/excel/excel-messages';
import { HIGHLIGHT_COLORS } from '../../src/excel/highlight';
import { LEGACY_MARK_SHEET, STORE_SETTING } from '../../src/excel/mark-store';
import { REPORT_SHEET } from '../../src/excel/report-sheet';
import { fromA1 } from '../../src/core/grid/a1';
import type { CellChange } from '../../src/host/workbook-host';
import {
  PROFILES,
  SimWorkbook,
  uninstall,
  type HostProfile,
  type SimCell,
  type SimOptions,
  type SimSheetInit,
} from '../support/office-sim';

const at = (sheet: string, a1: string) => ({ sheet, ...(fromA1(a1) as { row: number; col: number }) });

let host: HostProfile;
/** The workbooks of the current test: none may have seen a call above its host's version (even one caught). */
let books: SimWorkbook[] = [];

/** A gateway on a simulated workbook in the current host profile; `syncs()` counts since the last `mark()`. */
function setup(sheets: SimSheetInit[], options: SimOptions = {}) {
  const book = new SimWorkbook(host, sheets, options);
  books.push(book);
  book.install();
  let base = 0;
  const open = () => createExcelGateway({ run: book.runner, retryDelayMs: 0, now: () => book.clock });
  return {
    book,
    gateway: open(),
    reopen: open,
    syncs: () => book.syncs - base,
    mark: () => {
      base = book.syncs;
    },
  };
}

const DATA: SimSheetInit = {
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
const OTHER: SimSheetInit = {
  name: '自评评分表',
  cells: { A1: { value: '得分' }, J22: { value: 99, formula: '=SUM(J5:J21)' } },
};

const MARKS = [
  { ...at('自评数据表', 'A1'), severity: 'error' as const },
  { ...at('自评数据表', 'B1'), severity: 'warning' as const },
  { ...at('自评数据表', 'C1'), severity: 'info' as const },
  { ...at('自评数据表', 'H9'), severity: 'error' as const },
];

/**
 * What clearHighlights gives back: the fills exactly from ExcelApi 1.9; before it only colours are known, so white
 * reads as no fill and a pattern becomes solid (documented in docs/excel-versions.md).
 */
function restored(
  before: ReturnType<SimWorkbook['snapshot']>,
  marked: readonly string[] = ['B1', 'C1'],
): ReturnType<SimWorkbook['snapshot']> {
  if (host.excelApi >= 9) return before;
  const data = { ...before['自评数据表'] };
  if (marked.includes('B1')) {
    const { fill: _white, ...b1 } = data.B1 ?? {};
    data.B1 = b1;
  }
  if (marked.includes('C1')) data.C1 = { ...data.C1, fill: { color: '#00FF00', pattern: 'Solid' } };
  return { ...before, 自评数据表: data };
}

describe.each(PROFILES.map((p) => [p.label, p] as const))('%s', (_label, profile) => {
  beforeEach(() => {
    host = profile;
    books = [];
  });
  afterEach(() => {
    uninstall();
    expect(books.flatMap((book) => book.unsupportedCalls)).toEqual([]);
  });

  describe('sync budget', () => {
    it('measures in two syncs (prepare), then a full check (read + highlight) is two syncs (three before 1.9)', async () => {
      const { gateway, syncs, mark } = setup([DATA, OTHER]);
      await gateway.prepare();
      expect(syncs()).toBe(2);
      for (let round = 0; round < 3; round++) {
        mark();
        const grids = await gateway.readGrids();
        expect(syncs()).toBe(1);
        expect(grids.map((g) => g.name)).toEqual(['自评数据表', '自评评分表']);
        await gateway.highlight([
          { ...at('自评数据表', 'B1'), severity: 'error' },
          { ...at('自评评分表', 'J22'), severity: 'warning' },
        ]);
        expect(syncs()).toBe(host.excelApi >= 9 ? 2 : 3);
      }
    });

    it('a cold read (no prepare) costs the list and the measuring: three syncs', async () => {
      const { gateway, syncs } = setup([DATA, OTHER]);
      expect((await gateway.readGrids()).map((g) => g.name)).toEqual(['自评数据表', '自评评分表']);
      expect(syncs()).toBe(3);
    });

    it('after prepare(), even a first check of many sheets is two syncs from ExcelApi 1.9', async () => {
      const sheets = Array.from({ length: 12 }, (_, i) => ({
        name: `表${i}`,
        cells: Object.fromEntries(Array.from({ length: 40 }, (_, r) => [`B${r + 1}`, { value: r }])) as Record<
          string,
          SimCell
        >,
      }));
      const { gateway, syncs, mark } = setup(sheets);
      await gateway.prepare();
      mark();
      await gateway.readGrids();
      await gateway.highlight(
        sheets.flatMap((s) =>
          Array.from({ length: 40 }, (_, r) => ({ ...at(s.name, `B${r + 1}`), severity: 'info' as const })),
        ),
      );
      expect(syncs()).toBe(host.excelApi >= 9 ? 2 : 3);
    });

    it('reads again when a sheet was added since the list was learned', async () => {
      const { book, syncs, mark, gateway } = setup([DATA]);
      await gateway.prepare();
      book.addSheet(OTHER);
      mark();
      const grids = await gateway.readGrids();
      expect(grids.map((g) => g.name)).toEqual(['自评数据表', '自评评分表']);
      expect(syncs()).toBe(3);
    });

    it('reads the right sheets when one was deleted since the list was learned', async () => {
      const { book, gateway, syncs, mark } = setup([DATA, OTHER]);
      await gateway.prepare();
      book.sheets = book.sheets.filter((s) => s.name !== '自评评分表');
      mark();
      const grids = await gateway.readGrids();
      expect(grids.map((g) => g.name)).toEqual(['自评数据表']);
      expect(syncs()).toBeLessThanOrEqual(3);
    });
  });

  describe('highlight and clearHighlights', () => {
    it('marks, keeps the originals in the workbook settings (no sheet), and restores them after reopening', async () => {
      const { book, gateway, reopen, syncs, mark } = setup([DATA]);
      const before = book.snapshot({ fills: true });
      await gateway.readGrids();
      await gateway.highlight(MARKS);
      expect(book.cell('自评数据表', 'A1')?.fill).toEqual({ color: HIGHLIGHT_COLORS.error, pattern: 'Solid' });
      expect(book.cell('自评数据表', 'C1')?.fill).toEqual({ color: HIGHLIGHT_COLORS.info, pattern: 'Solid' });
      expect(book.cell('自评数据表', 'H9')?.fill).toEqual({ color: HIGHLIGHT_COLORS.error, pattern: 'Solid' });
      expect(book.sheets.map((s) => s.name)).toEqual(['自评数据表']);
      expect(book.settings.has(STORE_SETTING)).toBe(true);
      expect((await gateway.readGrids()).map((g) => g.name)).toEqual(['自评数据表']);

      mark();
      await reopen().clearHighlights();
      expect(syncs()).toBe(2);
      // No fill stays no fill (not white), white stays white, a pattern keeps its pattern and colours.
      expect(book.snapshot({ fills: true })).toEqual(restored(before));
      expect(book.cell('自评数据表', 'A1')?.fill).toBeNull();
      expect(book.settings.has(STORE_SETTING)).toBe(false);
    });

    it('清除标记 succeeds and leaves nothing behind (Excel refuses to delete a very hidden sheet)', async () => {
      const { book, gateway } = setup([DATA]);
      await gateway.readGrids();
      await gateway.highlight(MARKS);
      await expect(gateway.clearHighlights()).resolves.toBeUndefined();
      expect(book.sheets.map((s) => s.name)).toEqual(['自评数据表']);
      expect(book.settings.size).toBe(0);
    });

    it('replaces earlier marks: unmarked cells get their own fill back, re-marked cells keep the first original', async () => {
      const { book, gateway } = setup([DATA]);
      const before = book.snapshot({ fills: true });
      await gateway.readGrids();
      await gateway.highlight(MARKS);
      await gateway.readGrids();
      await gateway.highlight([{ ...at('自评数据表', 'B1'), severity: 'error' }]);
      expect(book.cell('自评数据表', 'C1')?.fill).toEqual(restored(before)['自评数据表']?.C1?.fill);
      expect(book.cell('自评数据表', 'A1')?.fill).toBeNull();
      expect(book.cell('自评数据表', 'B1')?.fill).toEqual({ color: HIGHLIGHT_COLORS.error, pattern: 'Solid' });
      await gateway.clearHighlights();
      expect(book.snapshot({ fills: true })).toEqual(restored(before));
    });

    it('without a read just before, highlight loads what it needs in one extra sync and still restores', async () => {
      const { book, gateway, syncs } = setup([DATA]);
      const before = book.snapshot({ fills: true });
      await gateway.highlight(MARKS);
      expect(syncs()).toBe(2);
      await gateway.clearHighlights();
      expect(book.snapshot({ fills: true })).toEqual(restored(before));
    });

    it('works when the workbook structure is protected (no sheet is added for the store)', async () => {
      const { book, gateway, reopen } = setup([DATA]);
      book.structureProtected = true;
      const before = book.snapshot({ fills: true });
      await gateway.readGrids();
      await gateway.highlight(MARKS);
      expect(book.cell('自评数据表', 'A1')?.fill).toEqual({ color: HIGHLIGHT_COLORS.error, pattern: 'Solid' });
      await reopen().clearHighlights();
      expect(book.snapshot({ fills: true })).toEqual(restored(before));
    });

    it("takes over an older version's very hidden store sheet, restores its fills, and removes the sheet", async () => {
      const legacy = JSON.stringify({
        marks: [{ sheet: '自评数据表', address: 'B2', color: '#123456', pattern: 'Solid' }],
      });
      const { book, gateway } = setup([
        {
          ...DATA,
          cells: {
            ...DATA.cells,
            B2: { ...DATA.cells?.B2, fill: { color: HIGHLIGHT_COLORS.error, pattern: 'Solid' } },
          },
        },
        { name: LEGACY_MARK_SHEET, visibility: 'VeryHidden', cells: { A1: { value: legacy } } },
      ]);
      await gateway.prepare();
      expect((await gateway.readGrids()).map((g) => g.name)).toEqual(['自评数据表']);
      await gateway.clearHighlights();
      expect(book.cell('自评数据表', 'B2')?.fill).toEqual({ color: '#123456', pattern: 'Solid' });
      expect(book.sheet(LEGACY_MARK_SHEET)).toBeUndefined();
    });

    it("keeps a protected workbook's old store sheet but still clears the marks", async () => {
      const legacy = JSON.stringify({ marks: [{ sheet: '自评数据表', address: 'A1', color: null, pattern: 'None' }] });
      const { book, gateway } = setup([
        {
          ...DATA,
          cells: {
            ...DATA.cells,
            A1: { value: '年度资金总额', fill: { color: HIGHLIGHT_COLORS.error, pattern: 'Solid' } },
          },
        },
        { name: LEGACY_MARK_SHEET, visibility: 'VeryHidden', cells: { A1: { value: legacy } } },
      ]);
      book.structureProtected = true;
      await gateway.prepare();
      await gateway.readGrids();
      await gateway.clearHighlights();
      expect(book.cell('自评数据表', 'A1')?.fill).toBeNull();
      expect(book.sheet(LEGACY_MARK_SHEET)?.visibility).toBe('VeryHidden');
    });
  });

  describe('selectCells', () => {
    it('activates the sheet and selects its cells in one sync: all of them from ExcelApi 1.18, else the rectangle around them', async () => {
      const { book, gateway, syncs } = setup([DATA, OTHER]);
      await gateway.selectCells([at('自评评分表', 'J22'), at('自评评分表', 'A1'), at('自评数据表', 'B1')]);
      expect(book.active).toBe('自评评分表');
      expect(book.selection).toEqual({ sheet: '自评评分表', address: host.excelApi >= 18 ? 'J22,A1' : 'A1:J22' });
      expect(syncs()).toBe(1);
      await gateway.selectCells([at('自评数据表', 'C1')]);
      expect(book.selection).toEqual({ sheet: '自评数据表', address: 'C1' });
    });
  });

  describe('cell edit mode', () => {
    it('waits for the user to leave the cell (delayForCellEdit, ExcelApi 1.11), else says so in Chinese', async () => {
      const { book, gateway } = setup([DATA]);
      book.editingCell = true;
      const read = gateway.readGrids();
      if (host.excelApi < 11) {
        await expect(read).rejects.toMatchObject({ message: EXCEL_ERROR_MESSAGES.InvalidOperationInCellEditMode });
        return;
      }
      let done = false;
      void read.then(() => {
        done = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(done).toBe(false);
      book.exitCellEdit();
      expect((await read).map((g) => g.name)).toEqual(['自评数据表']);
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
      const { book, gateway, syncs } = setup([DATA]);
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
      expect(syncs()).toBe(2);
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
      expect(book.snapshot({ fills: true })).toEqual(before);
      // Merged areas are known from ExcelApi 1.13 only (Range.getMergedAreasOrNullObject); before, Excel itself decides.
      if (host.excelApi < 13) return;
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
      expect(book.snapshot({ fills: true })).toEqual(restored(before, ['B1']));
      expect(book.settings.has(STORE_SETTING)).toBe(false);
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
        let beforeLast: ReturnType<SimWorkbook['snapshot']>[string] | undefined;
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
    it('says which Excel is needed when ExcelApi 1.13 is missing, and otherwise inserts', async () => {
      if (host.excelApi >= 13) {
        const { gateway } = setup([DATA]);
        await expect(gateway.insertTemplate('blank')).resolves.toEqual({
          inserted: ['自评数据表 (2)', '自评评分表 (2)', '报告素材 (2)'],
        });
        return;
      }
      const { gateway, book } = setup([DATA]);
      await expect(gateway.insertTemplate('blank')).rejects.toMatchObject({
        name: 'WorkbookHostError',
        message: EXCEL_REQUIREMENT_MESSAGES.insertTemplateTooOld,
      });
      expect(book.inserted).toHaveLength(0);
    });

    // Defined only where Excel has Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13); the test above covers the rest.
    if (profile.excelApi >= 13) {
      it('inserts the three template sheets at the end in two syncs', async () => {
        const { gateway, book, syncs } = setup([{ name: 'Sheet1' }]);
        await expect(gateway.insertTemplate('sample')).resolves.toEqual({
          inserted: ['自评数据表', '自评评分表', '报告素材'],
        });
        expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', '自评数据表', '自评评分表', '报告素材']);
        expect(book.inserted[0]?.options).toEqual({ positionType: 'End' });
        expect(syncs()).toBe(2);
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
        const { gateway, book, syncs } = setup([{ name: 'Sheet1' }], { insert: 'throw-after-insert' });
        await expect(gateway.insertTemplate('blank')).resolves.toEqual({
          inserted: ['自评数据表', '自评评分表', '报告素材'],
        });
        expect(book.sheets).toHaveLength(4);
        expect(syncs()).toBe(3);
      });

      it('rejects with the Chinese message when the sheets are really not there', async () => {
        const { gateway } = setup([{ name: 'Sheet1' }], { insert: 'throw-without-insert' });
        await expect(gateway.insertTemplate('blank')).rejects.toMatchObject({
          code: 'GeneralException',
          message: EXCEL_ERROR_MESSAGES.GeneralException,
        });
      });
    }
  });

  describe('writeReportSheet', () => {
    it('writes one paragraph per row, then says exists, then replaces without stale rows', async () => {
      const { gateway, book, syncs } = setup([DATA]);
      await expect(
        gateway.writeReportSheet(['一、基本情况', '=不是公式', '三、结论'], { replace: false }),
      ).resolves.toBe('written');
      expect(syncs()).toBe(2);
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
    it("calls the listener for the user's edits only, however late the add-in's own events arrive, and stops", async () => {
      const { gateway, book, syncs, mark } = setup([DATA]);
      const listener = jest.fn();
      const stop = await gateway.onWorkbookChanged(listener);

      book.userEdit('自评数据表', 'C3', 5);
      await book.deliverEvents();
      expect(listener).toHaveBeenCalledTimes(1);

      await gateway.applyChanges([{ ref: at('自评数据表', 'B1'), what: 'B1', current: 100, value: 101 }], 'values');
      await gateway.readGrids();
      await gateway.highlight([{ ...at('自评数据表', 'B1'), severity: 'error' }]);
      await book.deliverEvents();
      expect(listener).toHaveBeenCalledTimes(1);
      // Before ExcelApi 1.14 own writes are told by a 3 s window: an edit of the same cell inside it is missed.
      if (host.excelApi < 14) book.clock += 10_000;
      book.userEdit('自评数据表', 'B1', 7);
      await book.deliverEvents();
      expect(listener).toHaveBeenCalledTimes(2);

      mark();
      await stop();
      expect(syncs()).toBe(1);
      book.userEdit('自评数据表', 'C3', 6);
      await book.deliverEvents();
      expect(listener).toHaveBeenCalledTimes(2);
    });
  });
});
