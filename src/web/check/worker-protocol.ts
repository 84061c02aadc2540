// Messages between the page and check-file.worker.ts: a file's bytes (read, then checked) or Grids (checked only).
import type { Grid } from '../../core/grid/grid';
import type { PaneResult } from '../../taskpane/check/pane-check';

export type FileCheckJob =
  { readonly kind: 'bytes'; readonly bytes: Uint8Array } | { readonly kind: 'grids'; readonly grids: readonly Grid[] };

export type FileCheckRequest = { readonly id: number; readonly job: FileCheckJob };

export type FileCheckResponse =
  | { readonly id: number; readonly ok: true; readonly result: PaneResult }
  /** `unreadable`: the bytes are not a workbook we can read (the message is the Chinese reason); else a failure. */
  | { readonly id: number; readonly ok: false; readonly unreadable: boolean; readonly message: string };
