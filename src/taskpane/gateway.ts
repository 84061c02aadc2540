// The task pane's only way to the workbook: a small typed interface, implemented by src/excel and faked in tests.
import type { Grid } from '../core/grid/grid';

export type WorkbookGateway = {
  /** Every worksheet of the open workbook as a Grid, in sheet order. */
  readGrids(): Promise<Grid[]>;
  /** Activates `sheet` and selects the cell at `a1` (e.g. "H30"), so a finding can take the user to its cell. */
  selectCell(sheet: string, a1: string): Promise<void>;
};

/**
 * The gateway rejects with an error named "ExcelGatewayError" whose message is Chinese and fit to show; any other
 * rejection is a bug. Recognised by name so the task pane never imports src/excel.
 */
export function isGatewayError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'ExcelGatewayError';
}
