// The file host: the workbook contract (src/host/workbook-host.ts) over an .xlsx file held in memory, for the offline
// web page. Edits (write-back, inserted template sheets, the report sheet) rewrite the package's XML parts in place
// through src/xlsx, so save() keeps everything nobody changed; marks are a view state kept in memory (the page shows
// them, and downloads the annotated copy made from save()), never written into the file. Runs in the browser and in
// Node: no node:* imports.
import JSZip from 'jszip';
import { toA1 } from '../../core/grid/a1';
import type { Grid } from '../../core/grid/grid';
import { readWorkbookGrids } from '../../xlsx/read-workbook';
import { WorkbookReadError } from '../../xlsx/read-errors';
import { Package, WorkbookParts } from '../../xlsx/xlsx-package';
import type { CellChange, HighlightMark, WorkbookHost, WriteMode } from '../workbook-host';
import { FILE_HOST_MESSAGES, fillText } from './file-host-texts';
import { FileHostError, FileWorkbook } from './file-workbook';
import { insertTemplateSheets } from './insert-template-sheets';
import { writeReportPart } from './report-sheet-part';
import { restoreCells, writeChanges, type UndoRecord } from './write-cells';

export { FileHostError } from './file-workbook';

export type FileHostState = {
  /** The cells the last selectCells chose (the page shows them, as Excel would select them). */
  readonly selection?: { readonly sheet: string; readonly refs: readonly string[] /* A1 */ };
  /** Cells currently highlighted. */
  readonly marks: number;
  /** applyChanges / insertTemplate / writeReportSheet changed the workbook since opening (an undo does not reset it). */
  readonly edited: boolean;
};

export type FileHost = WorkbookHost & {
  readonly fileName: string;
  state(): FileHostState;
  /** Calls listener after every change of state(); returns the unsubscribe function. */
  onStateChange(listener: () => void): () => void;
  /** The workbook as it stands now (accepted edits, inserted sheets, the report sheet; NOT the marks) as .xlsx bytes. */
  save(): Promise<Uint8Array>;
  /** The cells marked now, by "sheet!A1", with their severity (what the page paints). */
  marks(): ReadonlyMap<string, HighlightMark>;
};

async function openBook(bytes: Uint8Array, fileName: string): Promise<FileWorkbook> {
  let grids: Grid[];
  try {
    grids = await readWorkbookGrids(bytes);
  } catch (error) {
    const reason = error instanceof WorkbookReadError ? error.message : String(error);
    throw new FileHostError(fillText(FILE_HOST_MESSAGES.notSpreadsheet, { file: fileName, reason }));
  }
  try {
    const pkg = new Package(await JSZip.loadAsync(bytes));
    return new FileWorkbook(pkg, await WorkbookParts.open(pkg), grids);
  } catch {
    throw new FileHostError(
      fillText(FILE_HOST_MESSAGES.notSpreadsheet, { file: fileName, reason: FILE_HOST_MESSAGES.noWorkbookPart }),
    );
  }
}

/** Rejects with a host error (Chinese message) when the bytes are not a readable .xlsx. Never modifies `bytes`. */
export async function openFileHost(bytes: Uint8Array, fileName: string): Promise<FileHost> {
  // A copy: the package is edited in place, and the caller's buffer may be reused or transferred.
  const book = await openBook(bytes.slice(), fileName);
  const listeners = new Set<() => void>();
  let marks = new Map<string, HighlightMark>();
  let selection: FileHostState['selection'];
  let edited = false;
  let undo: UndoRecord | undefined;
  let current: FileHostState = { marks: 0, edited: false };
  // Edits run one after another: each reads the parts the previous one wrote.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const changed = () => {
    current = { ...(selection ? { selection } : {}), marks: marks.size, edited };
    for (const listener of [...listeners]) listener();
  };

  return {
    fileName,
    state: () => current,
    onStateChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    marks: () => marks,
    save: () => serial(() => book.toBytes()),

    readGrids: () => serial(async () => [...(await book.readGrids())]),
    async highlight(next: readonly HighlightMark[]) {
      marks = new Map(next.map((mark) => [`${mark.sheet}!${toA1(mark)}`, mark]));
      changed();
    },
    async clearHighlights() {
      marks = new Map();
      changed();
    },
    async selectCells(refs) {
      const first = refs[0];
      if (!first) return;
      // As Excel: one sheet at a time, the first cell's.
      const onSheet = refs.filter((ref) => ref.sheet === first.sheet);
      selection = { sheet: first.sheet, refs: [...new Set(onSheet.map(toA1))] };
      changed();
    },
    applyChanges: (changes: readonly CellChange[], mode: WriteMode) =>
      serial(async () => {
        const { result, undo: record } = await writeChanges(book, changes, mode);
        if (result.ok && result.written > 0) {
          undo = record;
          edited = true;
          changed();
        }
        return result;
      }),
    undoLastApply: () =>
      serial(async () => {
        if (!undo) return false;
        await restoreCells(book, undo);
        undo = undefined;
        changed();
        return true;
      }),
    insertTemplate: (kind) =>
      serial(async () => {
        const result = await insertTemplateSheets(book, kind);
        edited = true;
        changed();
        return result;
      }),
    writeReportSheet: (paragraphs, options) =>
      serial(async () => {
        const result = await writeReportPart(book, paragraphs, options.replace);
        if (result === 'written') {
          edited = true;
          changed();
        }
        return result;
      }),
    /** Nothing but the host itself edits the held file, and its own writes are not reported: this never fires. */
    onWorkbookChanged: async () => async () => undefined,
  };
}
