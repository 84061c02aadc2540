// Where no Worker can start (here: Node has none), the page checks on its own thread, between tasks, with the same
// outcomes: a result, the Chinese reason a file cannot be read, a cancelled pane check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { CheckCancelled } from '../../src/taskpane/check/run-check';
import { createPageCheckers } from '../../src/web/check/page-checkers';
import { READ_ERROR_MESSAGES } from '../../src/xlsx/read-errors';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-2024.xlsx');
const noWorker = () => Promise.reject(new Error('no worker in this test'));

describe('the page checkers without a worker', () => {
  it('reads and checks a file on this thread', async () => {
    expect(typeof Worker).toBe('undefined');
    const checkers = createPageCheckers(noWorker, () => undefined);
    const outcome = await checkers.checkFile(new Uint8Array(readFileSync(SAMPLE)));
    expect(outcome.ok && outcome.result.summary.unit).toBe('遂溪县应急管理局本级');
  });

  it('says in Chinese why a file cannot be read', async () => {
    const checkers = createPageCheckers(noWorker, () => undefined);
    const outcome = await checkers.checkFile(new TextEncoder().encode('不是工作簿'));
    expect(outcome).toEqual({ ok: false, reason: READ_ERROR_MESSAGES['not-xlsx'] });
  });

  it('checks Grids for the task pane, and honours a cancelled check', async () => {
    const checkers = createPageCheckers(noWorker, () => undefined);
    const grids = await readWorkbookGrids(new Uint8Array(readFileSync(SAMPLE)));
    const result = await checkers.paneChecker(grids, new AbortController().signal);
    expect(result.findings).toEqual(checkWorkbook(grids).findings);
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(checkers.paneChecker(grids, cancelled.signal)).rejects.toBeInstanceOf(CheckCancelled);
  });
});
