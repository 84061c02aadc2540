// The per-file result of `ziping check`, shaped exactly as cli.md's JSON contract.
import { checkWorkbook, type CheckResult } from '../core/check';
import { checkProjects, type ProjectResult } from '../core/check-projects';
import type { Finding } from '../core/finding';
import type { Grid } from '../core/grid/grid';
import { ruleName } from '../core/rule-names';
import type { AnnotatedFinding } from '../xlsx/annotate-model';
import { FILE_UNREADABLE, unreadableFile } from '../xlsx/checked-file';

export type JsonFinding = Pick<Finding, 'rule' | 'severity' | 'sheet' | 'cells' | 'message'> & {
  /** The rule's Chinese name (ruleName), what people read; `rule` stays the stable id. */
  name: string;
  data?: Readonly<Record<string, unknown>>;
};

export type FileReport = {
  file: string;
  recognised: boolean;
  /** The form family recognised: its id, Chinese name and confidence (0–1); absent when none is sure. */
  family?: { id: string; name: string; confidence: number };
  unit?: string;
  year?: number;
  amountUnit?: string;
  score: { stated?: number; recomputed?: number; grade: { stated?: string; recomputed?: string } };
  budget: { planned?: number; actual?: number; executionRate?: number };
  /** Every finding of the file (of all its projects when it holds several). */
  findings: JsonFinding[];
  /** A workbook of several project forms: one result per project, each with its own figures and findings. */
  projects?: ProjectReport[];
};

/** One project of a workbook of project forms: its name (项目名称), where it stands, and its own result. */
export type ProjectReport = Omit<FileReport, 'file' | 'projects'> & {
  project?: string;
  sheet: string;
  /** The project's first row on its sheet, 1-based as Excel shows it. */
  firstRow: number;
};

export { FILE_UNREADABLE };

export function unreadableReport(file: string, reason: string): FileReport {
  const unread = unreadableFile(file, reason);
  return { ...unread, findings: unread.findings.map(jsonFinding) };
}

export function checkGrids(file: string, grids: readonly Grid[]): FileReport {
  const projects = checkProjects(grids);
  if (projects.length > 0) return projectsReport(file, projects);
  return { file, ...resultReport(checkWorkbook(grids)) };
}

function projectsReport(file: string, projects: readonly ProjectResult[]): FileReport {
  const reports: ProjectReport[] = projects.map(({ part, result }) => ({
    ...(part.name ? { project: part.name } : {}),
    sheet: part.sheet,
    firstRow: part.rows.top + 1,
    ...resultReport(result),
  }));
  const same = <T>(values: readonly T[]): T | undefined => (new Set(values).size === 1 ? values[0] : undefined);
  const unit = same(reports.map((r) => r.unit));
  const year = same(reports.map((r) => r.year));
  const amountUnit = same(reports.map((r) => r.amountUnit));
  return {
    file,
    recognised: reports.some((r) => r.recognised),
    ...(unit !== undefined ? { unit } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(amountUnit !== undefined ? { amountUnit } : {}),
    score: { grade: {} },
    budget: {},
    findings: reports.flatMap((r) => r.findings),
    projects: reports,
  };
}

/** The rows of a summary table: a file, or each project of a file that holds several, named after the file. */
export function summaryRows(reports: readonly FileReport[]): FileReport[] {
  return reports.flatMap((r) =>
    r.projects
      ? r.projects.map(({ project, sheet, firstRow: _row, ...rest }) => ({
          ...rest,
          file: `${r.file}（${project ?? sheet}）`,
        }))
      : [r],
  );
}

function resultReport(result: CheckResult): Omit<FileReport, 'file'> {
  return { ...result.summary, findings: result.findings.map(jsonFinding) };
}

/** A finding as the JSON shows it: its rule's Chinese name after the id, no fix or refs. */
function jsonFinding({
  rule,
  severity,
  sheet,
  cells,
  message,
  data,
}: AnnotatedFinding & Pick<Finding, 'data'>): JsonFinding {
  return { rule, name: ruleName(rule), severity, sheet, cells, message, ...(data ? { data } : {}) };
}

export function countBySeverity(report: Pick<FileReport, 'findings'>): {
  errors: number;
  warnings: number;
  infos: number;
} {
  const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}
