// What the task pane checks: the workbook as one, and, when it holds several project forms, each project on its own
// (core/check-projects), so the pane shows one result per project as the CLI does.
import { checkWorkbook, type CheckResult, type CheckSummary } from '../../core/check';
import { checkProjects } from '../../core/check-projects';
import type { Finding } from '../../core/finding';
import type { Grid } from '../../core/grid/grid';
import type { Report } from '../../report/report-model';

/** One project of a workbook of project forms: where it stands, its figures and its own findings. */
export type ProjectView = {
  /** The project's name (项目名称), when the form gives one. */
  readonly name?: string;
  readonly sheet: string;
  /** First and last row of the project on its sheet, 0-based. */
  readonly rows: { readonly top: number; readonly bottom: number };
  readonly summary: CheckSummary;
  /** The same Finding objects as in the result's `findings` (a structured clone sends each one once). */
  readonly findings: readonly Finding[];
};

/**
 * The workbook's check, plus its projects when it holds two or more. Then `findings` is every project's findings
 * together (what is marked on the sheets and what 重算 proposes, as in the CLI's JSON), while the model and the
 * recalculation stay the workbook's own (the 重算 figures and the 报告 tab read them as before).
 */
export type PaneResult = CheckResult & {
  readonly projects?: readonly ProjectView[];
  /**
   * With several projects, the report of them all (a part per project, as `ziping report` writes it), built here where
   * each project's whole result is at hand; the 报告 tab builds any other workbook's report from the result itself.
   */
  readonly report?: Report;
};

/** Builds the report of several projects (report/build-project-report), handed in so the pane's first download
 * need not carry the report builder: the workers pass it, the main-thread fallback loads it on demand. */
export type ProjectReporter = (results: readonly CheckResult[]) => Report;

export function checkPane(grids: readonly Grid[], reportOf?: ProjectReporter): PaneResult {
  const whole = checkWorkbook(grids);
  const projects = checkProjects(grids);
  if (projects.length === 0) return whole;
  const views: ProjectView[] = projects.map(({ part, result }) => ({
    ...(part.name ? { name: part.name } : {}),
    sheet: part.sheet,
    rows: part.rows,
    summary: result.summary,
    findings: result.findings,
  }));
  return {
    ...whole,
    recognised: whole.recognised || views.some((v) => v.summary.recognised),
    findings: views.flatMap((v) => v.findings),
    projects: views,
    ...(reportOf ? { report: reportOf(projects.map((p) => p.result)) } : {}),
  };
}
