// The task pane's only way to the workbook: a small typed interface, implemented by src/excel and faked in tests.
import type { Grid } from '../core/grid/grid';

export type WorkbookGateway = {
  /** Every worksheet of the open workbook as a Grid, in sheet order. */
  readGrids(): Promise<Grid[]>;
  /** Activates `sheet` and selects the cell at `a1` (e.g. "H30"), so a finding can take the user to its cell. */
  selectCell(sheet: string, a1: string): Promise<void>;
};
