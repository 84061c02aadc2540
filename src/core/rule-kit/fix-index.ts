// Every fix the recalculation knows, by the cell it repairs, for rules that flag a cell without knowing what it holds
// (cell-error: an Excel error in a total is repaired by the total's fix).
import type { FixProposal } from '../finding';
import type { CellRef } from '../grid/grid';
import { budgetFixes, budgetRateFix, budgetScoreFix, sangongFixes, sangongRateFix } from './fix-budget';
import { fixList, perRun, type FixContext } from './fix-cell';
import { indicatorDoneFix, indicatorRateFix, indicatorScoreFix } from './fix-indicators';
import { dataGradeFix, dataScoreFix, gradeFix, totalFixes, totalWeightFix, weightFixes } from './fix-score';
import { BUDGET_AMOUNT_COLUMNS } from '../template/model';

function keyOf(ref: CellRef): string {
  return `${ref.sheet}!${ref.row}:${ref.col}`;
}

/** Each fix list under the cell it repairs (its first fix; the others follow from it). */
function buildIndex(context: FixContext): ReadonlyMap<string, readonly FixProposal[]> {
  const index = new Map<string, readonly FixProposal[]>();
  const addAt = (cell: CellRef | undefined, fixes: readonly FixProposal[]) => {
    const first = fixes[0];
    if (!cell || !first || keyOf(cell) !== keyOf(first.ref) || index.has(keyOf(cell))) return;
    index.set(keyOf(cell), fixes);
  };
  const add = (fix: FixProposal | undefined) => addAt(fix?.ref, fixList(fix));
  const { computed, model } = context;
  for (const { row } of computed.budget.values()) {
    for (const column of BUDGET_AMOUNT_COLUMNS) addAt(row[column]?.ref, budgetFixes(context, row, [column]));
    add(budgetRateFix(context, row));
    add(budgetScoreFix(context, row));
  }
  for (const { row } of computed.sangong.values()) {
    for (const column of ['planned', 'actual'] as const) addAt(row[column]?.ref, sangongFixes(context, row, [column]));
    add(sangongRateFix(context, row));
  }
  for (const calc of computed.indicators) {
    add(indicatorRateFix(context, calc));
    add(indicatorDoneFix(calc));
    add(indicatorScoreFix(context, calc));
  }
  const sheet = model.score;
  for (const node of [...(sheet?.roots ?? []), ...(sheet?.roots ?? []).flatMap((r) => r.children)])
    addAt(node.weight?.ref, weightFixes(context, node));
  add(totalWeightFix(context));
  addAt(model.score?.total?.score?.ref, totalFixes(context));
  add(dataScoreFix(context));
  add(dataGradeFix(context));
  add(gradeFix(context));
  return index;
}

const indexOf = perRun(buildIndex);

/** The fix of the cell at `ref` and the fixes that follow from it; empty when the recalculation has none there. */
export function fixesAt(context: FixContext, ref: CellRef): readonly FixProposal[] {
  return indexOf(context).get(keyOf(ref)) ?? [];
}
