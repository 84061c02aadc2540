// The workbook contract: the task pane's only way to the workbook. Host-neutral (no office-js, DOM or Node): src/excel
// implements it on office-js, and a file host on a workbook held in memory; the UI depends on this module only.
import type { Severity } from '../core/finding';
import type { FixProposal } from '../core/fixes/propose-fixes';
import type { CellRef, Grid } from '../core/grid/grid';

/** One cell to mark, with the severity that picks its colour. */
export type HighlightMark = CellRef & { readonly severity: Severity };

/** One proposed write-back (what the cell holds now and what the recalculation puts there): the core's proposal. */
export type CellChange = FixProposal;

export type WriteMode = 'values' | 'formulas';

export type ApplyResult =
  | { readonly ok: true; readonly written: number }
  /** Nothing was written: the first cell that could not be written, and why (Chinese). */
  | { readonly ok: false; readonly ref?: CellRef; readonly reason: string };

export type InsertResult = { readonly inserted: readonly string[] };

export type WorkbookHost = {
  /** Every worksheet of the open workbook as a Grid, in sheet order. */
  readGrids(): Promise<Grid[]>;
  /**
   * Marks these cells (replacing any earlier marks). The original fills are kept in the workbook (not in the user's
   * cells), so clearHighlights restores them exactly, also after the task pane was closed and reopened.
   */
  highlight(marks: readonly HighlightMark[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Activates the first cell's sheet and selects the cells (on that sheet). */
  selectCells(refs: readonly CellRef[]): Promise<void>;
  /** Writes all changes or none; the previous contents are kept so undoLastApply can restore them exactly. */
  applyChanges(changes: readonly CellChange[], mode: WriteMode): Promise<ApplyResult>;
  /** Restores values, formulas and number formats of the last applyChanges. Resolves false when there is nothing to undo. */
  undoLastApply(): Promise<boolean>;
  /** Inserts the reference template's sheets (blank or the filled sample) into the open workbook. */
  insertTemplate(kind: 'blank' | 'sample'): Promise<InsertResult>;
  /** Writes the report into a 自评报告 sheet, one paragraph per row; 'exists' when it exists and replace is false. */
  writeReportSheet(
    paragraphs: readonly string[],
    options: { readonly replace: boolean },
  ): Promise<'written' | 'exists'>;
  /** Calls `listener` when the user edits a cell of a worksheet; returns a function that stops listening. */
  onWorkbookChanged(listener: () => void): Promise<() => Promise<void>>;
};

/** The name of every error a host rejects with on purpose: its message is Chinese and fit to show. */
export const HOST_ERROR_NAME = 'WorkbookHostError';

/**
 * A host rejects with an error named HOST_ERROR_NAME whose message is Chinese and fit to show; any other rejection is
 * a bug. Recognised by name so the task pane never imports a host.
 */
export function isHostError(error: unknown): error is Error {
  return error instanceof Error && error.name === HOST_ERROR_NAME;
}
