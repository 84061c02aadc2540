// The summary workbook of a batch (ziping check --xlsx): one row per file, coloured by status, linked to its annotated copy.
import ExcelJS from 'exceljs';
import { SEVERITY_RANK } from '../core/finding';
import { BUDGET_COLUMN_NAMES } from '../core/template/labels';
import type { CheckedFile } from './annotate';
import { SEVERITY_TEXTS } from './annotate-texts';

/** One checked file and, when one was written, the path of its annotated copy relative to the summary workbook. */
export type SummaryRow = {
  readonly checked: CheckedFile & {
    readonly amountUnit?: string;
    readonly budget: { readonly planned?: number; readonly actual?: number; readonly executionRate?: number };
  };
  readonly copy?: string;
};

export const SUMMARY_TEXTS = {
  sheetName: '汇总',
  headers: [
    '文件',
    '状态',
    '单位',
    '年度',
    '金额单位',
    BUDGET_COLUMN_NAMES.planned,
    BUDGET_COLUMN_NAMES.actual,
    BUDGET_COLUMN_NAMES.rate,
    '填报得分',
    '重算得分',
    '填报等级',
    '重算等级',
    '错误数',
    '警告数',
    '提示数',
    '主要问题',
    '标注副本',
  ],
  status: { error: '有错误', warning: '有警告', clean: '通过', unread: '未识别或无法读取' },
  openCopy: '打开标注副本',
} as const;

const WIDTHS = [36, 10, 28, 7, 9, 16, 16, 9, 9, 9, 9, 9, 7, 7, 7, 80, 14];
const STATUS_FILLS = { error: 'FFFFC7CE', warning: 'FFFFEB9C', clean: 'FFC6EFCE', unread: 'FFD9D9D9' } as const;

type Status = keyof typeof STATUS_FILLS;

function statusOf(checked: CheckedFile): Status {
  if (checked.findings.some((f) => f.severity === 'error')) return checked.recognised ? 'error' : 'unread';
  if (checked.findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'clean';
}

/** The first three problems in words, worst first (the check lists them in sheet order). */
function firstProblems(checked: CheckedFile): string {
  return [...checked.findings]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .slice(0, 3)
    .map(({ f }, n) => `${n + 1}. 【${SEVERITY_TEXTS[f.severity]}】${f.message}`)
    .join('\n');
}

/**
 * Builds the summary workbook. Every text (file names, units, messages) is written as a plain string cell: a name
 * like "=cmd|' /C calc'!A0.xlsx" is shown as text and never becomes a formula.
 */
export async function buildSummaryWorkbook(rows: readonly SummaryRow[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SUMMARY_TEXTS.sheetName, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  const header = ws.addRow([...SUMMARY_TEXTS.headers]);
  header.font = { bold: true, name: '宋体', size: 11 };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  for (const { checked, copy } of rows) {
    const status = statusOf(checked);
    const count = (s: string) => checked.findings.filter((f) => f.severity === s).length;
    const name = checked.file;
    const row = ws.addRow([
      name,
      SUMMARY_TEXTS.status[status],
      checked.unit ?? null,
      checked.year ?? null,
      checked.amountUnit ?? null,
      checked.budget.planned ?? null,
      checked.budget.actual ?? null,
      checked.budget.executionRate ?? null,
      checked.score.stated ?? null,
      checked.score.recomputed ?? null,
      checked.score.grade.stated ?? null,
      checked.score.grade.recomputed ?? null,
      count('error'),
      count('warning'),
      count('info'),
      firstProblems(checked),
      null,
    ]);
    row.font = { name: '宋体', size: 11 };
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILLS[status] } };
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILLS[status] } };
    row.getCell(6).numFmt = '#,##0.00';
    row.getCell(7).numFmt = '#,##0.00';
    row.getCell(8).numFmt = '0.00%';
    if (copy !== undefined) {
      const link = row.getCell(17);
      link.value = { text: SUMMARY_TEXTS.openCopy, hyperlink: copy };
      link.font = { name: '宋体', size: 11, underline: true, color: { argb: 'FF0563C1' } };
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: WIDTHS.length } };
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
