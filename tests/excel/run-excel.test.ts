// runExcel: Office errors become ExcelGatewayError with Chinese text; cell-edit mode is retried exactly once.
import { EXCEL_ERROR_MESSAGES } from '../../src/excel/excel-messages';
import { EXCEL_UNAVAILABLE, ExcelGatewayError, runExcel, type ExcelBatch } from '../../src/excel/run-excel';

/** Shaped like OfficeExtension.Error, which only exists once office.js has loaded. */
function officeError(code: string, debugInfo: unknown = { errorLocation: 'Worksheet.getItem' }) {
  return Object.assign(new Error(`RichApi error ${code}`), { name: 'RichApi.Error', code, debugInfo });
}

type Run = (options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;

function fakeExcel(...outcomes: Array<unknown | Error>): jest.MockedFunction<Run> {
  const run = jest.fn<ReturnType<Run>, Parameters<Run>>();
  for (const outcome of outcomes) {
    run.mockImplementationOnce(async (_options, batch) => {
      if (outcome instanceof Error) throw outcome;
      await batch({} as Excel.RequestContext);
      return outcome;
    });
  }
  (globalThis as { Excel?: unknown }).Excel = { run };
  return run;
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('runExcel', () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it('returns what the batch returns', async () => {
    const run = fakeExcel('ok');
    await expect(runExcel(async () => 'ignored', { retryDelayMs: 0 })).resolves.toBe('ok');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['ItemNotFound', EXCEL_ERROR_MESSAGES.ItemNotFound],
    ['AccessDenied', EXCEL_ERROR_MESSAGES.AccessDenied],
    ['GeneralException', EXCEL_ERROR_MESSAGES.GeneralException],
    ['InsertDeleteConflict', EXCEL_ERROR_MESSAGES.InsertDeleteConflict],
    ['RequestPayloadSizeLimitExceeded', EXCEL_ERROR_MESSAGES.RequestPayloadSizeLimitExceeded],
    ['ResponsePayloadSizeLimitExceeded', EXCEL_ERROR_MESSAGES.ResponsePayloadSizeLimitExceeded],
  ])('maps %s to its Chinese message without retrying', async (code, message) => {
    const debugInfo = { errorLocation: 'Range.values', statement: 'range.values = …' };
    const run = fakeExcel(officeError(code, debugInfo), 'never');

    const error = await caught(runExcel(async () => undefined, { retryDelayMs: 0 }));

    expect(error).toBeInstanceOf(ExcelGatewayError);
    expect(error).toMatchObject({ code, message, debugInfo });
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('asks Excel to hold the batch while the user edits a cell (delayForCellEdit)', async () => {
    const run = fakeExcel('ok');
    await runExcel(async () => undefined, { retryDelayMs: 0 });
    expect(run.mock.calls[0]?.[0]).toEqual({ delayForCellEdit: true });
  });

  it('gives an unknown code a generic message that names the code', async () => {
    fakeExcel(officeError('SomethingNew'));
    const error = await caught(runExcel(async () => undefined, { retryDelayMs: 0 }));
    expect(error).toMatchObject({ code: 'SomethingNew' });
    expect((error as Error).message).toContain('SomethingNew');
    expect((error as Error).message).toMatch(/Excel 操作失败/);
  });

  it('retries once after a pause when the user is editing a cell, and succeeds', async () => {
    jest.useFakeTimers();
    try {
      const run = fakeExcel(officeError('InvalidOperationInCellEditMode'), 'second time');
      const result = runExcel(async () => undefined);
      await jest.advanceTimersByTimeAsync(999);
      expect(run).toHaveBeenCalledTimes(1);
      await jest.advanceTimersByTimeAsync(1);
      await expect(result).resolves.toBe('second time');
      expect(run).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('gives up after the one retry with the cell-edit message', async () => {
    const run = fakeExcel(
      officeError('InvalidOperationInCellEditMode'),
      officeError('InvalidOperationInCellEditMode'),
      'never',
    );
    const error = await caught(runExcel(async () => undefined, { retryDelayMs: 0 }));
    expect(error).toMatchObject({
      code: 'InvalidOperationInCellEditMode',
      message: 'Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑后再试。',
    });
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('maps a different Office error on the retry', async () => {
    fakeExcel(officeError('InvalidOperationInCellEditMode'), officeError('ItemNotFound'));
    const error = await caught(runExcel(async () => undefined, { retryDelayMs: 0 }));
    expect(error).toMatchObject({ code: 'ItemNotFound', message: EXCEL_ERROR_MESSAGES.ItemNotFound });
  });

  it('rethrows programming errors from the batch unchanged', async () => {
    const bug = new TypeError('x is undefined');
    (globalThis as { Excel?: unknown }).Excel = {
      run: ((_options, batch) => batch({} as Excel.RequestContext)) satisfies Run,
    };
    await expect(
      runExcel(async () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
  });

  it('says so in Chinese when Excel is not there at all', async () => {
    const error = await caught(runExcel(async () => undefined));
    expect(error).toBeInstanceOf(ExcelGatewayError);
    expect(error).toMatchObject({ code: EXCEL_UNAVAILABLE, message: '未检测到 Excel，请在 Excel 中打开本加载项。' });
  });

  it('accepts an injected run instead of the global', async () => {
    let calls = 0;
    const run = <T>(batch: ExcelBatch<T>): Promise<T> => {
      calls += 1;
      return batch({} as Excel.RequestContext);
    };
    await expect(runExcel(async () => 7, { run })).resolves.toBe(7);
    expect(calls).toBe(1);
  });
});
