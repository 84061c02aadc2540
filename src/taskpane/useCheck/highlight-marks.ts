// Which cells to mark after a check: every finding's cells, one mark a cell, the most severe finding's colour.
import { TEMPLATE_NOT_RECOGNISED, RULE_FAILED } from '../../core/check';
import { SEVERITIES, type Finding } from '../../core/finding';
import type { HighlightMark } from '../../host/workbook-host';

/** Workbook-level findings point at the first sheet's A1 only because they must point somewhere: not marked. */
const UNMARKED_RULES: ReadonlySet<string> = new Set([TEMPLATE_NOT_RECOGNISED, RULE_FAILED]);

export function highlightMarksOf(findings: readonly Finding[]): HighlightMark[] {
  const marks = new Map<string, HighlightMark>();
  for (const finding of findings) {
    if (UNMARKED_RULES.has(finding.rule)) continue;
    for (const ref of finding.refs) {
      const key = `${ref.sheet}\u0000${ref.row}\u0000${ref.col}`;
      const earlier = marks.get(key);
      if (earlier && SEVERITIES.indexOf(earlier.severity) <= SEVERITIES.indexOf(finding.severity)) continue;
      marks.set(key, { sheet: ref.sheet, row: ref.row, col: ref.col, severity: finding.severity });
    }
  }
  return [...marks.values()];
}
