// Takes the user to cells: activates the first cell's sheet and selects its cells there, in one sync.
import { toA1 } from '../core/grid/a1';
import type { CellRef } from '../core/grid/grid';
import { isApiSupported } from './read-grids';

/** RangeAreas.select: several separate cells at once (Microsoft 365 2501+). */
export const SELECT_AREAS_API = { set: 'ExcelApi', version: '1.18' } as const;

export async function selectCells(context: Excel.RequestContext, refs: readonly CellRef[]): Promise<void> {
  const first = refs[0];
  if (!first) return;
  // Excel selects on one sheet only, so cells of other sheets are left out rather than failing the whole request.
  const onSheet = refs.filter((ref) => ref.sheet === first.sheet);
  const addresses = [...new Set(onSheet.map(toA1))];
  const sheet = context.workbook.worksheets.getItem(first.sheet);
  sheet.activate();
  if (addresses.length > 1 && isApiSupported(SELECT_AREAS_API.set, SELECT_AREAS_API.version))
    sheet.getRanges(addresses.join(',')).select();
  else sheet.getRange(boundingAddress(onSheet)).select();
  await context.sync();
}

/** Older hosts select one rectangle: the smallest that holds every cell (a single cell selects just that cell). */
function boundingAddress(refs: readonly CellRef[]): string {
  const top = Math.min(...refs.map((r) => r.row));
  const left = Math.min(...refs.map((r) => r.col));
  const bottom = Math.max(...refs.map((r) => r.row));
  const right = Math.max(...refs.map((r) => r.col));
  const start = toA1({ row: top, col: left });
  return top === bottom && left === right ? start : `${start}:${toA1({ row: bottom, col: right })}`;
}
