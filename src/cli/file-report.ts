// The per-file result of `ziping check`, shaped exactly as cli.md's JSON contract.
import { checkWorkbook } from '../core/check';
import type { Finding } from '../core/finding';
import type { Grid } from '../core/grid/grid';
import { ruleName } from '../core/rule-names';

export type JsonFinding = Pick<Finding, 'rule' | 'severity' | 'sheet' | 'cells' | 'message'> & {
  /** The rule's Chinese name (ruleName), what people read; `rule` stays the stable id. */
  name: string;
  data?: Readonly<Record<string, unknown>>;
};

export type FileReport = {
  file: string;
  recognised: boolean;
  unit?: string;
  year?: number;
  amountUnit?: string;
  score: { stated?: number; recomputed?: number; grade: { stated?: string; recomputed?: string } };
  budget: { planned?: number; actual?: number; executionRate?: number };
  findings: JsonFinding[];
};

export const FILE_UNREADABLE = 'file-unreadable';

export function unreadableReport(file: string, reason: string): FileReport {
  return {
    file,
    recognised: false,
    score: { grade: {} },
    budget: {},
    findings: [
      {
        rule: FILE_UNREADABLE,
        name: ruleName(FILE_UNREADABLE),
        severity: 'error',
        sheet: '',
        cells: [],
        message: reason,
      },
    ],
  };
}

export function checkGrids(file: string, grids: readonly Grid[]): FileReport {
  const result = checkWorkbook(grids);
  const { summary } = result;
  return {
    file,
    recognised: result.recognised,
    ...(summary.unit !== undefined ? { unit: summary.unit } : {}),
    ...(summary.year !== undefined ? { year: summary.year } : {}),
    ...(summary.amountUnit !== undefined ? { amountUnit: summary.amountUnit } : {}),
    score: summary.score,
    budget: summary.budget,
    findings: result.findings.map(({ rule, severity, sheet, cells, message, data }) => ({
      rule,
      name: ruleName(rule),
      severity,
      sheet,
      cells,
      message,
      ...(data ? { data } : {}),
    })),
  };
}

export function countBySeverity(report: FileReport): { errors: number; warnings: number; infos: number } {
  const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}
