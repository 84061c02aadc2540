// A finding: one problem in the user's workbook, pointing at its cells, as data (never an exception).
import type { CellRef, CellValue } from './grid/grid';
import { qualifiedA1, toA1 } from './grid/a1';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * One proposed cell change (重算's write-back): the cell, what it holds now and what the recalculation puts there. A
 * rule that knows how to repair its finding reports these with it; the host writes them as they are.
 */
export type FixProposal = {
  readonly ref: CellRef;
  /** What the cell is, in Chinese: "年度资金总额的执行率". */
  readonly what: string;
  readonly current: CellValue;
  readonly currentFormula?: string;
  /** The recomputed value, unrounded (grades are text). */
  readonly value: number | string;
  /** A formula without "=", in A1 terms, that keeps the cell live; absent when none applies. */
  readonly formula?: string;
  readonly numFmt?: string;
};

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
  /**
   * The cell changes that repair this finding once every finding's fix is applied (a stale total and the rates that
   * follow from it); absent when the rule cannot say. core/fixes collects them for 重算.
   */
  readonly fix?: readonly FixProposal[];
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
