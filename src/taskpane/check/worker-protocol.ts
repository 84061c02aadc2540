// Messages between the task pane and check.worker.ts (structured-clonable: Grids in, a PaneResult out). A workbook of
// projects adds each project's summary and findings; its findings are the very objects of the result's `findings`,
// which the structured clone sends once, so the answer grows by the summaries only.
import type { Grid } from '../../core/grid/grid';
import type { PaneResult } from './pane-check';

export type CheckRequest = { readonly id: number; readonly grids: readonly Grid[] };

export type CheckResponse =
  | { readonly id: number; readonly ok: true; readonly result: PaneResult }
  | { readonly id: number; readonly ok: false; readonly message: string };
