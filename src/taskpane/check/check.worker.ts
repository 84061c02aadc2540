// The Web Worker that runs the check (checkPane), so a large workbook never freezes the task pane.
import { buildProjectReport } from '../../report/build-project-report';
import { checkPane } from './pane-check';
import type { CheckRequest, CheckResponse } from './worker-protocol';

// `self` in a dedicated worker; typed loosely because tsconfig's lib is DOM, not WebWorker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
};

scope.onmessage = (event) => {
  const { id, grids } = event.data;
  try {
    scope.postMessage({ id, ok: true, result: checkPane(grids, buildProjectReport) });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
