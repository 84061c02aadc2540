// The summary table as CSV: UTF-8 with BOM so Excel shows Chinese, and formula injection neutralised.
import { BUDGET_COLUMN_NAMES } from '../../core/template/labels';
import { formatRate } from '../../core/text/format';
import { countBySeverity, summaryRows, type FileReport } from '../file-report';

/** A cell starting with = + - @ tab or CR would run as a formula in Excel: prefix it with an apostrophe. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(reports: readonly FileReport[]): string {
  const header = [
    '文件',
    '是否识别',
    '单位',
    '年度',
    '填报得分',
    '重算得分',
    '填报等级',
    '重算等级',
    BUDGET_COLUMN_NAMES.planned,
    BUDGET_COLUMN_NAMES.actual,
    BUDGET_COLUMN_NAMES.rate,
    '错误数',
    '警告数',
    '提示数',
    '表式',
  ];
  // A file of several projects has a row per project.
  const rows = summaryRows(reports).map((r) => {
    const c = countBySeverity(r);
    return [
      r.file,
      r.recognised ? '是' : '否',
      r.unit,
      r.year,
      r.score.stated,
      r.score.recomputed,
      r.score.grade.stated,
      r.score.grade.recomputed,
      r.budget.planned,
      r.budget.actual,
      // "100.001%": Excel reads it as a percentage; a bare 1.0000140823927761 reads as nothing anyone typed.
      r.budget.executionRate === undefined ? undefined : formatRate(r.budget.executionRate),
      c.errors,
      c.warnings,
      c.infos,
      r.family?.name,
    ];
  });
  return '\ufeff' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
