// One result per project: a workbook of project forms (one per sheet, or several on a sheet) is checked project by
// project, each with its own reading, recalculation and findings.
import { checkWorkbook, type CheckOptions, type CheckResult } from './check';
import type { Grid } from './grid/grid';
import { splitProjects, type ProjectPart } from './template/split-projects';

export type ProjectResult = { readonly part: ProjectPart; readonly result: CheckResult };

/** Each project's check, in sheet and row order; empty when the workbook holds fewer than two projects. */
export function checkProjects(grids: readonly Grid[], options: CheckOptions = {}): ProjectResult[] {
  return splitProjects(grids).map((part) => ({ part, result: checkWorkbook(part.grids, options) }));
}
