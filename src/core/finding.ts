// A finding: one problem in the user's workbook, pointing at its cells, as data (never an exception).
import type { CellRef } from './grid/grid';
import { qualifiedA1, toA1 } from './grid/a1';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Finding = {
  readonly rule: string;
  /** Which of the rule's messages (meta.messages) this is; absent for the check's own findings. */
  readonly messageId?: string;
  readonly severity: Severity;
  /** The sheet of the first cell. */
  readonly sheet: string;
  /** A1 addresses; a cell on another sheet than `sheet` is written 'Sheet'!A1. */
  readonly cells: readonly string[];
  readonly message: string;
  readonly data?: Readonly<Record<string, unknown>>;
  /** The same cells as positions, for the add-in to select and highlight. */
  readonly refs: readonly CellRef[];
};

export function cellsOf(sheet: string, refs: readonly CellRef[]): string[] {
  return refs.map((ref) => (ref.sheet === sheet ? toA1(ref) : qualifiedA1(ref.sheet, ref)));
}

/** The one severity order: errors first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Sheet order of the workbook, then row, then column, then severity. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetRank = (name: string) => {
    const i = sheetOrder.indexOf(name);
    return i < 0 ? sheetOrder.length : i;
  };
  return [...findings].sort((a, b) => {
    const ra = a.refs[0];
    const rb = b.refs[0];
    return (
      sheetRank(a.sheet) - sheetRank(b.sheet) ||
      (ra?.row ?? -1) - (rb?.row ?? -1) ||
      (ra?.col ?? -1) - (rb?.col ?? -1) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.rule.localeCompare(b.rule)
    );
  });
}
