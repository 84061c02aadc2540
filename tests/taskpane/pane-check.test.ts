// The pane's check on a workbook of two real project forms (tests/forms, filed as one workbook): one result per
// project, the same as the CLI's --json projects[]; the marks are every project's; the worker's answer stays small.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { checkWorkbook } from '../../src/core/check';
import { checkProjects } from '../../src/core/check-projects';
import type { FileReport } from '../../src/cli/file-report';
import type { Grid } from '../../src/core/grid/grid';
import { checkPane, type PaneResult } from '../../src/taskpane/check/pane-check';
import { highlightMarksOf } from '../../src/taskpane/useCheck/highlight-marks';
import { buildProjectReport } from '../../src/report/build-project-report';
import { reportToText } from '../../src/report/report-to-text';
import { runCli } from '../support/cli';
import { PROJECT_FORMS, STACKED_SHEET, projectGrids, projectWorkbook } from '../support/project-workbook';
import { loadSampleGrids } from '../support/sample';

/** What a result says of each project, in the CLI JSON's terms. */
function projectsOf(result: PaneResult) {
  return (result.projects ?? []).map((p) => ({
    project: p.name,
    sheet: p.sheet,
    firstRow: p.rows.top + 1,
    unit: p.summary.unit,
    findings: p.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cells.join(',')}`),
  }));
}

async function cliProjects(layout: 'sheets' | 'stacked') {
  const file = join(mkdtempSync(join(tmpdir(), 'ziping-pane-')), '项目自评.xlsx');
  writeFileSync(file, await projectWorkbook(layout));
  const { stdout } = await runCli(['check', '--json', file]);
  const [report] = JSON.parse(stdout) as FileReport[];
  return (report?.projects ?? []).map((p) => ({
    project: p.project,
    sheet: p.sheet,
    firstRow: p.firstRow,
    unit: p.unit,
    findings: p.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cells.join(',')}`),
  }));
}

describe.each(['sheets', 'stacked'] as const)('two real project forms filed as one workbook (%s)', (layout) => {
  let grids: Grid[];
  let result: PaneResult;

  beforeAll(async () => {
    grids = await projectGrids(layout);
    result = checkPane(grids, buildProjectReport);
  });

  it("gives one result per project, each exactly as the CLI's --json projects[] of the same file", async () => {
    const expected = await cliProjects(layout);
    expect(expected).toHaveLength(2);
    expect(projectsOf(result)).toEqual(expected);
    const sheets = layout === 'sheets' ? PROJECT_FORMS.map((f) => f.sheet) : [STACKED_SHEET, STACKED_SHEET];
    expect(result.projects?.map((p) => p.sheet)).toEqual(sheets);
    for (const project of result.projects ?? []) expect(project.findings.length).toBeGreaterThan(0);
  });

  it("lists and marks every project's findings: the second project's too, which the workbook's own check misses", () => {
    const projects = result.projects ?? [];
    expect(result.findings).toEqual(projects.flatMap((p) => p.findings));
    const second = projects[1]?.findings ?? [];
    const key = (f: { rule: string; sheet: string; cells: readonly string[] }) => `${f.rule}@${f.sheet}!${f.cells}`;
    const whole = new Set(checkWorkbook(grids).findings.map(key));
    expect(second.some((f) => !whole.has(key(f)))).toBe(true);
    const marked = new Set(highlightMarksOf(result.findings).map((m) => `${m.sheet}!${m.row}:${m.col}`));
    for (const finding of result.findings)
      for (const ref of finding.refs) expect(marked.has(`${ref.sheet}!${ref.row}:${ref.col}`)).toBe(true);
  });

  it('carries the report of every project, word for word what `ziping report` writes for the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ziping-pane-report-'));
    const file = join(dir, '项目自评.xlsx');
    writeFileSync(file, await projectWorkbook(layout));
    const out = join(dir, 'report.txt');
    await runCli(['report', '--format', 'txt', '--output', out, file]);
    expect(result.report?.meta.project?.count).toBe(2);
    const text = reportToText(result.report as NonNullable<PaneResult['report']>);
    expect(text).toBe(readFileSync(out, 'utf8'));
    for (const project of result.projects ?? []) expect(text).toContain(project.name);
  });

  it("sends each finding once: the projects' findings are the result's own objects, kept shared by a structured clone", () => {
    const clone = structuredClone(result);
    const projects = clone.projects ?? [];
    expect(projects[1]?.findings[0]).toBe(clone.findings[projects[0]?.findings.length ?? 0]);
    const { projects: _projects, ...withoutProjects } = result;
    const added = serialize(result).length - serialize(withoutProjects).length;
    // The projects add their summaries and references, far less than their findings would cost sent again.
    expect(added).toBeLessThan(serialize(result.findings).length / 2);
    // Each project's whole CheckResult (its model and recalculation) would more than double the answer.
    const naive = serialize({ ...withoutProjects, projects: checkProjects(grids) }).length;
    expect(naive).toBeGreaterThan(2 * serialize(result).length);
  });
});

describe('a workbook that is not several project forms', () => {
  it('the sample (one department form): the same result as checkWorkbook, with no projects', async () => {
    const grids = await loadSampleGrids();
    const result = checkPane(grids);
    expect(result.projects).toBeUndefined();
    expect(result).toEqual(checkWorkbook(grids));
  });

  it('one project form: checked as a whole, as before', async () => {
    const [first] = await projectGrids('sheets');
    const result = checkPane([first!]);
    expect(result.projects).toBeUndefined();
    expect(result).toEqual(checkWorkbook([first!]));
  });
});
