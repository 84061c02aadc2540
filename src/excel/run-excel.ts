// The one wrapper around Excel.run: every Office failure leaves here as an ExcelGatewayError with a Chinese message.
import { HOST_ERROR_NAME } from '../host/workbook-host';
import { EXCEL_FALLBACK_MESSAGES, excelErrorMessage } from './excel-messages';

/** What OfficeExtension.Error carries that we keep; declared structurally so tests need no office.js runtime. */
export type OfficeErrorInfo = {
  readonly code: string;
  readonly message: string;
  readonly debugInfo?: unknown;
};

/** An Office call failed. `message` is Chinese and safe to show; `code` and `debugInfo` are for logs and bug reports. */
export class ExcelGatewayError extends Error {
  /** The contract's name for an error fit to show (the task pane recognises it without importing src/excel). */
  override readonly name = HOST_ERROR_NAME;
  readonly code: string;
  readonly debugInfo: unknown;

  constructor(code: string, message: string, options: { debugInfo?: unknown; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.debugInfo = options.debugInfo;
  }
}

/** Code used when Excel.run itself is missing (the page is not running inside Excel). */
export const EXCEL_UNAVAILABLE = 'ExcelUnavailable';

const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** How a batch is run: Excel.run's options overload. */
export type BatchRunOptions = { readonly delayForCellEdit: boolean };

export type RunExcelOptions = {
  /** Replaces Excel.run (tests); gets the options Excel.run would. */
  readonly run?: <T>(batch: ExcelBatch<T>, options: BatchRunOptions) => Promise<T>;
  /** Pause before the one retry after InvalidOperationInCellEditMode; long enough for a person to press Enter. */
  readonly retryDelayMs?: number;
};

/** OfficeExtension.Error is recognised by shape: its class is only defined once office.js has loaded. */
export function isOfficeError(error: unknown): error is OfficeErrorInfo {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

export function toExcelGatewayError(error: OfficeErrorInfo): ExcelGatewayError {
  return new ExcelGatewayError(error.code, excelErrorMessage(error.code), { debugInfo: error.debugInfo, cause: error });
}

function defaultRun<T>(batch: ExcelBatch<T>, options: BatchRunOptions): Promise<T> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    throw new ExcelGatewayError(EXCEL_UNAVAILABLE, EXCEL_FALLBACK_MESSAGES.excelUnavailable);
  }
  return Excel.run(options, batch);
}

/** Excel holds a batch until the user leaves cell edit mode (ExcelApi 1.11); older hosts reject it at once. */
const RUN_OPTIONS: BatchRunOptions = { delayForCellEdit: true };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs one Excel batch. Office errors become ExcelGatewayError; anything else (a bug in the batch) is rethrown as is.
 * While the user types in a cell, Excel (ExcelApi 1.11) waits for the edit to end (delayForCellEdit); an older host
 * rejects the batch instead, which is then retried once after a pause.
 */
export async function runExcel<T>(batch: ExcelBatch<T>, options: RunExcelOptions = {}): Promise<T> {
  const run = options.run ?? defaultRun;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  try {
    return await run(batch, RUN_OPTIONS);
  } catch (first) {
    if (first instanceof ExcelGatewayError) throw first;
    if (!isOfficeError(first)) throw first;
    if (first.code !== CELL_EDIT_MODE) throw toExcelGatewayError(first);
    await sleep(retryDelayMs);
    try {
      return await run(batch, RUN_OPTIONS);
    } catch (second) {
      if (second instanceof ExcelGatewayError || !isOfficeError(second)) throw second;
      throw toExcelGatewayError(second);
    }
  }
}
