// The WorkbookGateway backed by office-js; every call is one awaited runExcel batch. A full check is read + highlight:
// two syncs, because the gateway remembers the sheet list and the fills it read for the highlight that follows.
import { toA1 } from '../core/grid/a1';
import type { CellRef, Grid } from '../core/grid/grid';
import type { WorkbookGateway } from '../taskpane/gateway';
import { keyOf, queueClearHighlights, queueHighlight, queueLoadFills } from './highlight';
import { insertTemplate, type InsertTemplateOptions } from './insert-template';
import { queueReadMarkStore, type MarkStoreData } from './mark-store';
import {
  CELL_PROPERTIES_API,
  fillAt,
  isApiSupported,
  readWorkbook,
  type CellFill,
  type SheetFills,
} from './read-grids';
import { REPORT_SHEET, writeReportSheet } from './report-sheet';
import { runExcel, type RunExcelOptions } from './run-excel';
import { selectCells } from './select-cells';
import { CHANGE_EVENTS_API, OwnWrites, unwatchChanges, watchChanges } from './watch-changes';
import { applyChanges, undoLastApply } from './write-back';

export type ExcelGatewayOptions = RunExcelOptions & InsertTemplateOptions & { readonly now?: () => number };

/** What the last read learned; only valid until the workbook changes, and checked against it where that matters. */
type Known = {
  sheetNames?: string[];
  fills?: ReadonlyMap<string, SheetFills>;
  store?: MarkStoreData;
  storeExists?: boolean;
};

export type ExcelGateway = WorkbookGateway & {
  /** Learns the sheet list ahead of the first check (one sync), so that check's read is one sync too. */
  prepare(): Promise<void>;
};

export function createExcelGateway(options: ExcelGatewayOptions = {}): ExcelGateway {
  const known: Known = {};
  const own = new OwnWrites(options.now);
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => runExcel(batch, options);

  /** Queues a reload of the sheet list, so any batch that may add or delete sheets leaves the cache right. */
  const queueNames = (context: Excel.RequestContext) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    return () => {
      known.sheetNames = worksheets.items.map((sheet) => sheet.name);
    };
  };
  const forgetRead = () => {
    delete known.fills;
    delete known.store;
    delete known.storeExists;
  };

  return {
    prepare: () =>
      run(async (context) => {
        const names = queueNames(context);
        await context.sync();
        names();
      }),

    readGrids: () =>
      run(async (context): Promise<Grid[]> => {
        const read = await readWorkbook(context, known.sheetNames ? { sheetNames: known.sheetNames } : {});
        known.sheetNames = read.sheetNames;
        known.store = read.store;
        known.storeExists = read.storeExists;
        if (read.fills) known.fills = read.fills;
        else delete known.fills;
        return read.grids;
      }),

    highlight: (marks) =>
      run(async (context) => {
        let store = known.store;
        let storeExists = known.storeExists;
        let sheetNames = known.sheetNames;
        // Without a read just before (or on hosts without getCellProperties), what is missing costs one more sync.
        const missing = marks.filter((m) => fillAt(known.fills, m.sheet, m.row, m.col) === undefined);
        let loaded = new Map<string, CellFill>();
        if (store === undefined || storeExists === undefined || sheetNames === undefined || missing.length > 0) {
          const storeRead = store === undefined ? queueReadMarkStore(context) : undefined;
          const names = context.workbook.worksheets;
          names.load('items/name');
          const colors =
            missing.length > 0
              ? queueLoadFills(context, missing, isApiSupported(CELL_PROPERTIES_API.set, CELL_PROPERTIES_API.version))
              : undefined;
          await context.sync();
          sheetNames = names.items.map((sheet) => sheet.name);
          if (storeRead) {
            store = storeRead.result();
            storeExists = !storeRead.sheet.isNullObject;
          }
          loaded = colors?.() ?? loaded;
        }
        const originalOf = (ref: CellRef) =>
          loaded.get(keyOf(ref.sheet, toA1(ref))) ?? fillAt(known.fills, ref.sheet, ref.row, ref.col);
        const current = {
          store: store ?? { marks: [] },
          storeExists: storeExists ?? false,
          sheetNames: sheetNames ?? [],
        };
        const { store: next, sheet } = queueHighlight(context, marks, current, originalOf);
        const names = queueNames(context);
        await context.sync();
        names();
        own.ignoreSheet(sheet?.id);
        known.store = next;
        known.storeExists = sheet !== undefined;
        // The fills now show our marks: the next highlight must read again (or use the store), never these.
        delete known.fills;
      }),

    clearHighlights: () =>
      run(async (context) => {
        const storeRead = queueReadMarkStore(context);
        const names = context.workbook.worksheets;
        names.load('items/name');
        await context.sync();
        const sheetNames = names.items.map((sheet) => sheet.name);
        const next = queueClearHighlights(context, {
          store: storeRead.result(),
          storeExists: !storeRead.sheet.isNullObject,
          sheetNames,
        });
        const refresh = queueNames(context);
        await context.sync();
        refresh();
        forgetRead();
        known.store = next;
        known.storeExists = next.undo !== undefined && next.undo.length > 0;
      }),

    selectCells: (refs) => run((context) => selectCells(context, refs)),

    applyChanges: (changes, mode) =>
      run((context) =>
        own.during(
          changes.map((c) => toA1(c.ref)),
          async () => {
            const result = await applyChanges(context, changes, mode, { onStoreSheet: (id) => own.ignoreSheet(id) });
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
          const result = await undoLastApply(context, { onStoreSheet: (id) => own.ignoreSheet(id) });
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
        if (!isApiSupported(CHANGE_EVENTS_API.set, CHANGE_EVENTS_API.version)) {
          // No change events on this host: the pane simply does not re-check by itself.
          return async () => undefined;
        }
        const subscription = await watchChanges(context, listener, own);
        return () => run(() => unwatchChanges(subscription));
      }),
  };
}
