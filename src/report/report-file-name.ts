// The one name a report file gets, in the CLI and in the pane: 自评报告-单位-年度, or 项目支出绩效自评情况-项目-年度.
import type { Report } from './report-model';

const NAME_PARTS = {
  department: '自评报告',
  project: '项目支出绩效自评情况',
  unknownUnit: '未命名单位',
  unknownYear: '年度未知',
} as const;

/** A file name part without the characters Windows or macOS refuse. */
function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\r\n\t]/g, '_').trim();
}

/** The report's file name without its extension. */
export function reportBaseName(report: Report): string {
  const unit = safeName(report.meta.unit ?? '') || NAME_PARTS.unknownUnit;
  const year = report.meta.year !== undefined ? String(report.meta.year) : NAME_PARTS.unknownYear;
  const project = report.meta.project;
  if (project) return `${NAME_PARTS.project}-${safeName(project.name ?? '') || unit}-${year}`;
  return `${NAME_PARTS.department}-${unit}-${year}`;
}
