// What an annotated copy is made from: the checked file's findings, and the cells they mark (each on a merged range's
// first cell, the one Excel formats and notes for the whole range) with the worst severity and every note.
import { SEVERITY_RANK, type Finding, type Severity } from '../core/finding';
import { fromA1 } from '../core/grid/a1';
import type { CellRange } from '../core/grid/grid';
import { ruleName } from '../core/rule-names';
import { ANNOTATE_TEXTS, SEVERITY_TEXTS } from './annotate-texts';

/** One finding as the check reports it (the CLI's FileReport finding): cells are A1, 'Other sheet'!A1 off `sheet`. */
export type AnnotatedFinding = Pick<Finding, 'rule' | 'severity' | 'sheet' | 'cells' | 'message'>;

/** What the check found in one file: the CLI's FileReport has this shape. */
export type CheckedFile = {
  readonly file: string;
  readonly recognised: boolean;
  readonly unit?: string;
  readonly year?: number;
  readonly score: {
    readonly stated?: number;
    readonly recomputed?: number;
    readonly grade: { readonly stated?: string; readonly recomputed?: string };
  };
  readonly budget: { readonly executionRate?: number };
  readonly findings: readonly AnnotatedFinding[];
};

/** Fill colours of marked cells (Excel's own "bad", "neutral" and a light blue). */
export const SEVERITY_FILLS: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

/** A cell to mark: the worst severity of its findings and their notes, in finding order. */
export type Mark = { row: number; col: number; severity: Severity; notes: string[] };

export function fillAnnotateText(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** "H30" on the finding's sheet, or "'Other sheet'!H30". */
export function parseFindingCell(
  finding: AnnotatedFinding,
  cell: string,
): { sheet: string; row: number; col: number } | undefined {
  const bang = cell.lastIndexOf('!');
  let sheet = finding.sheet;
  if (bang >= 0) {
    const name = cell.slice(0, bang);
    sheet = name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
  }
  const pos = fromA1(cell.slice(bang + 1));
  return pos ? { sheet, ...pos } : undefined;
}

function noteText(finding: AnnotatedFinding): string {
  return `${fillAnnotateText(ANNOTATE_TEXTS.notePrefix, { severity: SEVERITY_TEXTS[finding.severity], rule: ruleName(finding.rule) })}\n${finding.message}`;
}

/** The marks of each sheet the workbook has (`merges` by sheet name), keyed by "row:col". */
export function collectMarks(
  findings: readonly AnnotatedFinding[],
  merges: ReadonlyMap<string, readonly CellRange[]>,
): Map<string, Map<string, Mark>> {
  const marks = new Map<string, Map<string, Mark>>();
  for (const finding of findings) {
    for (const cell of finding.cells) {
      const at = parseFindingCell(finding, cell);
      const sheetMerges = at && merges.get(at.sheet);
      if (!at || !sheetMerges) continue;
      const merge = sheetMerges.find(
        (m) => at.row >= m.top && at.row <= m.bottom && at.col >= m.left && at.col <= m.right,
      );
      const row = merge ? merge.top : at.row;
      const col = merge ? merge.left : at.col;
      const sheetMarks = marks.get(at.sheet) ?? new Map<string, Mark>();
      marks.set(at.sheet, sheetMarks);
      const key = `${row}:${col}`;
      const mark = sheetMarks.get(key) ?? { row, col, severity: finding.severity, notes: [] };
      if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[mark.severity]) mark.severity = finding.severity;
      const note = noteText(finding);
      if (!mark.notes.includes(note)) mark.notes.push(note);
      sheetMarks.set(key, mark);
    }
  }
  return marks;
}
