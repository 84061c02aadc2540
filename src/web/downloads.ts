// What the page offers to download for a checked file (its annotated copy, its report) and for the batch (the summary
// workbook), built as the CLI builds them (src/cli/write-outputs.ts, file-report.ts). The heavy builders load on use.
import type { CheckResult } from '../core/check';
import type { PaneResult } from '../taskpane/check/pane-check';
import { fillMessage } from '../taskpane/messages';
import { unreadableFile } from '../xlsx/checked-file';
import type { SummaryRow } from '../xlsx/summary-workbook';
import { WEB_MESSAGES as M } from './web-messages';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Download = { readonly blob: Blob; readonly fileName: string };

/** A file as the summary and the annotated copy see it: the CLI's FileReport of the same file. */
export type CheckedEntry = SummaryRow['checked'];

export function checkedEntryOf(file: string, result: CheckResult): CheckedEntry {
  return { file, ...result.summary, findings: result.findings };
}

/** A file that could not be read: one file-unreadable finding saying why, as `ziping check` reports it. */
export const unreadableEntryOf: (file: string, reason: string) => CheckedEntry = unreadableFile;

/** 自评表.xlsx -> 自评表（已标注）.xlsx (the CLI's naming). */
export function annotatedName(file: string): string {
  return fillMessage(M.annotatedName, { name: file.replace(/\.xlsx$/i, '') });
}

function bytesBlob(bytes: Uint8Array, type: string): Blob {
  return new Blob([bytes as BlobPart], { type });
}

/** The workbook with every finding marked at its cell and a first sheet 检查结果; `bytes` is what the check read. */
export async function annotatedCopy(bytes: Uint8Array, file: string, result: CheckResult): Promise<Download> {
  const { annotateWorkbook } = await import('../xlsx/annotate');
  const copy = await annotateWorkbook(bytes, checkedEntryOf(file, result));
  return { blob: bytesBlob(copy, XLSX_TYPE), fileName: annotatedName(file) };
}

/** The narrative report (.docx) exactly as the task pane's 报告 tab exports it (a draft while errors are open). */
export async function reportDocx(result: PaneResult): Promise<Download> {
  const [{ buildReport }, { exportReportDocx, reportFileName }] = await Promise.all([
    import('../report/build-report'),
    import('../taskpane/ReportPanel/export-docx'),
  ]);
  const report = result.report ?? buildReport(result);
  return { blob: await exportReportDocx(report), fileName: reportFileName(report) };
}

/** The batch summary (the CLI's --xlsx): one row per file, in list order. */
export async function summaryWorkbook(entries: readonly CheckedEntry[]): Promise<Download> {
  const { buildSummaryWorkbook } = await import('../xlsx/summary-workbook');
  const bytes = await buildSummaryWorkbook(entries.map((checked) => ({ checked })));
  return { blob: bytesBlob(bytes, XLSX_TYPE), fileName: M.summaryFileName };
}
