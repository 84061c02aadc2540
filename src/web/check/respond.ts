// One check job (a file's bytes, or Grids) to its response: the task pane's check (one result per project), run by the
// worker, and on this thread when no worker starts.
import { buildProjectReport } from '../../report/build-project-report';
import { checkPane } from '../../taskpane/check/pane-check';
import { WorkbookReadError } from '../../xlsx/read-errors';
import { readWorkbookGrids } from '../../xlsx/read-workbook';
import type { FileCheckJob, FileCheckResponse } from './worker-protocol';

export async function respond(id: number, job: FileCheckJob): Promise<FileCheckResponse> {
  try {
    const grids = job.kind === 'bytes' ? await readWorkbookGrids(job.bytes) : job.grids;
    return { id, ok: true, result: checkPane(grids, buildProjectReport) };
  } catch (error) {
    const unreadable = error instanceof WorkbookReadError;
    return { id, ok: false, unreadable, message: error instanceof Error ? error.message : String(error) };
  }
}
