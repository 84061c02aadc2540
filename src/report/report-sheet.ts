// The rows of a 自评报告 worksheet (one paragraph a row), as plain data for the add-in to write.
import { flattenSections, paragraphText, type ParagraphRole, type Report } from './report-model';

export const REPORT_SHEET_NAME = '自评报告';
/** Column A's width in Excel character units: about a printed line of the report, wrapped. */
export const REPORT_SHEET_COLUMN_WIDTH = 100;

export type ReportSheetRowKind = ParagraphRole | 'heading1' | 'heading2' | 'blank';

export type ReportSheetRow = {
  readonly text: string;
  readonly kind: ReportSheetRowKind;
  /** True when the row holds a 【待填写：…】 marker (the add-in may colour it). */
  readonly hasMissing: boolean;
};

export function buildReportSheetRows(report: Report): ReportSheetRow[] {
  const rows: ReportSheetRow[] = report.front.map((p) => ({
    text: paragraphText(p),
    kind: p.role,
    hasMissing: p.runs.some((r) => r.kind === 'missing'),
  }));
  rows.push({ text: '', kind: 'blank', hasMissing: false });
  for (const section of flattenSections(report)) {
    rows.push({ text: section.heading, kind: section.level === 1 ? 'heading1' : 'heading2', hasMissing: false });
    for (const p of section.paragraphs)
      rows.push({ text: paragraphText(p), kind: p.role, hasMissing: p.runs.some((r) => r.kind === 'missing') });
  }
  return rows;
}

/** The rows as the 2-D array Excel's Range.values takes (one column). */
export function reportSheetValues(rows: readonly ReportSheetRow[]): string[][] {
  return rows.map((r) => [r.text]);
}
