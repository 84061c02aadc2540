// Messages between the task pane and check.worker.ts (structured-clonable: Grids in, a CheckResult out).
import type { CheckResult } from '../../core/check';
import type { Grid } from '../../core/grid/grid';

export type CheckRequest = { readonly id: number; readonly grids: readonly Grid[] };

export type CheckResponse =
  | { readonly id: number; readonly ok: true; readonly result: CheckResult }
  | { readonly id: number; readonly ok: false; readonly message: string };
