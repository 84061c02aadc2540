// Takes the user to cells: activates the first cell's sheet and selects its cells there, in one sync.
import { toA1 } from '../core/grid/a1';
import type { CellRef } from '../core/grid/grid';

export async function selectCells(context: Excel.RequestContext, refs: readonly CellRef[]): Promise<void> {
  const first = refs[0];
  if (!first) return;
  // Excel selects on one sheet only, so cells of other sheets are left out rather than failing the whole request.
  const addresses = [...new Set(refs.filter((ref) => ref.sheet === first.sheet).map(toA1))];
  const sheet = context.workbook.worksheets.getItem(first.sheet);
  sheet.activate();
  if (addresses.length > 1) sheet.getRanges(addresses.join(',')).select();
  else sheet.getRange(toA1(first)).select();
  await context.sync();
}
