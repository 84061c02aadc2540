// A department files many project forms: one project per sheet, or several one under another on a sheet. Each
// project is found by its 项目名称 label with a budget block below it, and cut out as its own workbook view.
import type { Grid } from '../grid/grid';
import { findAmountHeaderRows } from './parse-budget';
import { SheetIndex } from './sheet-index';

export type ProjectPart = {
  /** The project's name (the value of 项目名称), when the form gives one. */
  readonly name?: string;
  readonly sheet: string;
  /** First and last row (0-based, inclusive) of the project on its sheet. */
  readonly rows: { readonly top: number; readonly bottom: number };
  /** The project alone: its sheet with every other row left empty, so cells keep their addresses. */
  readonly grids: readonly Grid[];
};

const PROJECT_LABELS = ['项目名称'];
/** How far below its 项目名称 a project's budget header may stand (head rows: 主管部门, 实施单位, 项目类别…). */
const HEAD_ROWS = 12;
const TITLE = /自评表|自评情况表/;

type Found = { readonly label: number; readonly name?: string };

function projectsOf(index: SheetIndex): Found[] {
  const headers = findAmountHeaderRows(index);
  const labels = index.findAll(PROJECT_LABELS).filter((p) => headers.some((h) => h > p.row && h <= p.row + HEAD_ROWS));
  const found: Found[] = [];
  for (const pos of labels) {
    if (found.some((f) => f.label === pos.row)) continue;
    const at = index.valueRightOf(pos);
    const name = at ? index.text(at).value : null;
    found.push({ label: pos.row, ...(name ? { name } : {}) });
  }
  return found;
}

/** The row where a project starts: its title above the 项目名称 label, if one stands after the previous project. */
function startOf(index: SheetIndex, label: number, floor: number): number {
  for (let row = label - 1; row >= floor && row >= label - 4; row--) {
    const cells = index.grid.cells[row] ?? [];
    if (cells.some((c) => c && !c.mergedFrom && typeof c.value === 'string' && TITLE.test(c.value))) return row;
  }
  return label;
}

function maskRows(grid: Grid, top: number, bottom: number): Grid {
  return {
    ...grid,
    cells: grid.cells.map((row, r) => (r >= top && r <= bottom ? row : undefined)),
    merges: grid.merges.filter((m) => m.top >= top && m.bottom <= bottom),
  };
}

/** The projects of a workbook, one part each; empty when it holds fewer than two (it is then checked as a whole). */
export function splitProjects(grids: readonly Grid[]): ProjectPart[] {
  const parts: ProjectPart[] = [];
  for (const grid of grids) {
    const index = new SheetIndex(grid);
    const found = projectsOf(index);
    if (found.length === 1) {
      const only = found[0];
      parts.push({
        ...(only?.name ? { name: only.name } : {}),
        sheet: grid.name,
        rows: { top: 0, bottom: grid.rowCount - 1 },
        grids: [grid],
      });
      continue;
    }
    const starts = found.map((f, i) => (i === 0 ? 0 : startOf(index, f.label, (found[i - 1]?.label ?? 0) + 1)));
    found.forEach((f, i) => {
      const top = starts[i] ?? 0;
      const bottom = (starts[i + 1] ?? grid.rowCount) - 1;
      parts.push({
        ...(f.name ? { name: f.name } : {}),
        sheet: grid.name,
        rows: { top, bottom },
        grids: [maskRows(grid, top, bottom)],
      });
    });
  }
  return parts.length > 1 ? parts : [];
}
