// The WorkbookHost backed by office-js; every call is one awaited runExcel batch. A full check is read + highlight:
// two syncs once prepare() has measured the workbook, because the gateway remembers the sheet list, their sizes and
// the fills it read for the highlight that follows.
import { toA1 } from '../core/grid/a1';
import type { CellRef, Grid } from '../core/grid/grid';
import { isHostError, type WorkbookHost } from '../host/workbook-host';
import { keyOf, loadFills, queueClearHighlights, queueHighlight } from './highlight';
import { insertTemplate, type InsertTemplateOptions } from './insert-template';
import { queueReadMarkStore, removeLegacyStoreSheet, type MarkStoreData } from './mark-store';
import {
  CELL_PROPERTIES_API,
  fillAt,
  isApiSupported,
  measureSheets,
  readWorkbook,
  type CellFill,
  type SheetFills,
} from './read-grids';
import { REPORT_SHEET, writeReportSheet } from './report-sheet';
import { isOfficeError, runExcel, type RunExcelOptions } from './run-excel';
import { selectCells } from './select-cells';
import { hasChangeEvents, OwnWrites, unwatchChanges, watchChanges } from './watch-changes';
import { applyChanges, undoLastApply } from './write-back';

export type ExcelGatewayOptions = RunExcelOptions &
  InsertTemplateOptions & {
    readonly now?: () => number;
    /** Cells one read sync may ask for (tests shrink it). */
    readonly syncCellBudget?: number;
  };

/** What the last read learned; only valid until the workbook changes, and checked against it where that matters. */
type Known = {
  sheetNames?: string[];
  sheetSizes?: ReadonlyMap<string, number>;
  fills?: ReadonlyMap<string, SheetFills>;
  store?: MarkStoreData;
  storeExists?: boolean;
  legacyStore?: boolean;
};

export type ExcelGateway = WorkbookHost & {
  /** Learns the sheet list and sizes ahead of the first check (two syncs), so that check's read is one sync too. */
  prepare(): Promise<void>;
};

export function createExcelGateway(options: ExcelGatewayOptions = {}): ExcelGateway {
  const known: Known = {};
  const own = new OwnWrites(options.now);
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => runExcel(batch, options);

  const forgetRead = () => {
    delete known.fills;
    delete known.store;
    delete known.storeExists;
  };
  /** The store of an older version moved into the settings: its sheet goes, where the workbook allows it. */
  const dropLegacySheet = async () => {
    if (!known.legacyStore) return;
    try {
      await run(removeLegacyStoreSheet);
      known.legacyStore = false;
      if (known.sheetNames) known.sheetNames = known.sheetNames.filter((name) => name !== 'ziping_marks');
    } catch (error) {
      // A protected workbook structure keeps the old sheet; the store no longer depends on it.
      if (!isOfficeError(error) && !isHostError(error)) throw error;
    }
  };

  return {
    prepare: () =>
      run(async (context) => {
        const measured = await measureSheets(context);
        known.sheetNames = measured.sheetNames;
        known.sheetSizes = measured.sheetSizes;
      }),

    readGrids: () =>
      run(async (context): Promise<Grid[]> => {
        const read = await readWorkbook(context, {
          ...(known.sheetNames ? { sheetNames: known.sheetNames } : {}),
          ...(known.sheetSizes ? { sheetSizes: known.sheetSizes } : {}),
          ...(options.syncCellBudget ? { syncCellBudget: options.syncCellBudget } : {}),
        });
        known.sheetNames = read.sheetNames;
        known.sheetSizes = read.sheetSizes;
        known.store = read.store;
        known.storeExists = read.storeExists;
        known.legacyStore = read.legacyStore;
        if (read.fills) known.fills = read.fills;
        else delete known.fills;
        return read.grids;
      }),

    highlight: async (marks) => {
      await run(async (context) => {
        let store = known.store;
        let storeExists = known.storeExists;
        let sheetNames = known.sheetNames;
        // Fills the read did not cover (large sheets, hosts without getCellProperties) cost one more sync.
        const missing = marks.filter((m) => fillAt(known.fills, m.sheet, m.row, m.col) === undefined);
        let loaded = new Map<string, CellFill>();
        if (store === undefined || storeExists === undefined || sheetNames === undefined || missing.length > 0) {
          const storeRead =
            store === undefined ? queueReadMarkStore(context, { legacySheet: known.legacyStore ?? false }) : undefined;
          const names = context.workbook.worksheets;
          names.load('items/name');
          // Marks come from the read just before, so their sheets exist (one deleted meanwhile fails the batch).
          const listed = new Set(sheetNames ?? marks.map((m) => m.sheet));
          loaded = await loadFills(
            context,
            missing.filter((m) => listed.has(m.sheet)),
            isApiSupported(CELL_PROPERTIES_API.set, CELL_PROPERTIES_API.version),
          );
          sheetNames = names.items.map((sheet) => sheet.name);
          if (storeRead) {
            store = storeRead.result();
            storeExists = storeRead.exists();
          }
        }
        const originalOf = (ref: CellRef) =>
          loaded.get(keyOf(ref.sheet, toA1(ref))) ?? fillAt(known.fills, ref.sheet, ref.row, ref.col);
        const current = {
          store: store ?? { marks: [] },
          storeExists: storeExists ?? false,
          sheetNames: sheetNames ?? [],
        };
        const { store: next } = queueHighlight(context, marks, current, originalOf);
        await context.sync();
        known.store = next;
        known.storeExists = next.marks.length > 0 || (next.undo?.length ?? 0) > 0;
        // The fills now show our marks: the next highlight must read again (or use the store), never these.
        delete known.fills;
      });
      await dropLegacySheet();
    },

    clearHighlights: async () => {
      await run(async (context) => {
        const storeRead = queueReadMarkStore(context, { legacySheet: known.legacyStore ?? false });
        const names = context.workbook.worksheets;
        names.load('items/name');
        await context.sync();
        const sheetNames = names.items.map((sheet) => sheet.name);
        const next = queueClearHighlights(context, {
          store: storeRead.result(),
          storeExists: storeRead.exists(),
          sheetNames,
        });
        await context.sync();
        known.sheetNames = sheetNames;
        forgetRead();
        known.store = next;
        known.storeExists = next.undo !== undefined && next.undo.length > 0;
      });
      await dropLegacySheet();
    },

    selectCells: (refs) => run((context) => selectCells(context, refs)),

    applyChanges: (changes, mode) =>
      run((context) =>
        own.during(
          changes.map((c) => toA1(c.ref)),
          async () => {
            const result = await applyChanges(context, changes, mode, { legacySheet: known.legacyStore ?? false });
            forgetRead();
            return result;
          },
        ),
      ),

    undoLastApply: () =>
      run(async (context) => {
        // The cells are known only after the store is read; the in-flight guard covers the events until then.
        let addresses: readonly string[] = [];
        const undone = await own.during([], async () => {
          const result = await undoLastApply(context, { legacySheet: known.legacyStore ?? false });
          addresses = result.addresses?.map((a) => a.split('!').pop() ?? a) ?? [];
          return result.undone;
        });
        await own.during(addresses, async () => undefined);
        forgetRead();
        return undone;
      }),

    insertTemplate: (kind) =>
      run(async (context) => {
        const result = await insertTemplate(context, kind, options);
        // Inserted at the end; a wrong guess only costs the next read one more sync (it checks the list).
        if (known.sheetNames) known.sheetNames = [...known.sheetNames, ...result.inserted];
        forgetRead();
        return result;
      }),

    writeReportSheet: (paragraphs, writeOptions) =>
      run(async (context) => {
        const result = await own.during([], () => writeReportSheet(context, paragraphs, writeOptions));
        // worksheets.add appends; a wrong guess only costs the next read one more sync (it checks the list).
        if (result === 'written' && known.sheetNames)
          known.sheetNames = [...known.sheetNames.filter((n) => n !== REPORT_SHEET), REPORT_SHEET];
        return result;
      }),

    onWorkbookChanged: (listener) =>
      run(async (context) => {
        if (!hasChangeEvents()) {
          // No change events on this host: the pane simply does not re-check by itself.
          return async () => undefined;
        }
        const subscription = await watchChanges(context, listener, own);
        return () => run(() => unwatchChanges(subscription));
      }),
  };
}
