// The write-back proposals of 重算: the fixes the rules reported with their findings, collected into one change per
// cell, in sheet, row and column order. The rules compute them (rule-kit/fix-*.ts); nothing is re-derived here.
import type { CheckResult } from '../check';
import type { Finding, FixProposal } from '../finding';
import type { CellRef } from '../grid/grid';

export type { FixProposal } from '../finding';

function keyOf(ref: CellRef): string {
  return `${ref.sheet}!${ref.row}:${ref.col}`;
}

function sameChange(a: FixProposal, b: FixProposal): boolean {
  return a.value === b.value && a.formula === b.formula && a.numFmt === b.numFmt;
}

/**
 * One change per cell from the findings' fixes. Two findings usually repair a shared cell alike (a total both its own
 * finding and a child's carry); when they disagree, the fix of the finding that points at the cell itself wins, else
 * the first finding's.
 */
export function collectFixes(findings: readonly Finding[], sheetOrder: readonly string[]): FixProposal[] {
  const chosen = new Map<string, { fix: FixProposal; owned: boolean }>();
  for (const finding of findings) {
    const own = finding.refs[0];
    for (const fix of finding.fix ?? []) {
      const key = keyOf(fix.ref);
      const owned = own !== undefined && keyOf(own) === key;
      const held = chosen.get(key);
      if (!held || (owned && !held.owned && !sameChange(held.fix, fix))) chosen.set(key, { fix, owned });
    }
  }
  const sheetRank = (sheet: string) => {
    const i = sheetOrder.indexOf(sheet);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...chosen.values()]
    .map((c) => c.fix)
    .sort((a, b) => sheetRank(a.ref.sheet) - sheetRank(b.ref.sheet) || a.ref.row - b.ref.row || a.ref.col - b.ref.col);
}

/** Every change 重算 offers for a checked workbook: none for a workbook that was not recognised. */
export function proposeFixes(result: CheckResult): FixProposal[] {
  if (!result.recognised) return [];
  return collectFixes(result.findings, result.model.sheets);
}
