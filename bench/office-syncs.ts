// office-js round trips of one full check (read + highlight), counted on tests/excel's fake workbook at two sizes.
import { toA1 } from '../src/core/grid/a1';
import type { Grid } from '../src/core/grid/grid';
import { checkWorkbook } from '../src/core/check';

type FakeCell = { value?: string | number | boolean | null; formula?: string; numberFormat?: string; error?: string };

/** The sheets of a Grid workbook as the fake's initial state. */
function fakeSheets(grids: readonly Grid[]) {
  return grids.map((grid) => {
    const cells: Record<string, FakeCell> = {};
    grid.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || cell.mergedFrom) return;
        const value = cell.value;
        cells[toA1({ row: r, col: c })] = {
          ...(value !== null && typeof value === 'object' ? { error: value.error } : { value }),
          ...(cell.formula ? { formula: `=${cell.formula}` } : {}),
          ...(cell.numFmt ? { numberFormat: cell.numFmt } : {}),
        };
      }),
    );
    const merges = grid.merges.map(
      (m) => `${toA1({ row: m.top, col: m.left })}:${toA1({ row: m.bottom, col: m.right })}`,
    );
    return { name: grid.name, cells, merges };
  });
}

/**
 * Syncs per full check after the task pane's prepare(), or undefined when the gateway or its fake is not there
 * (they live in src/excel and tests/excel).
 */
export async function countSyncs(
  grids: readonly Grid[],
): Promise<{ syncs: number; read: number; highlight: number; marks: number } | undefined> {
  let fake: typeof import('../tests/excel/fake-excel');
  let gatewayModule: typeof import('../src/excel/excel-gateway');
  try {
    fake = await import('../tests/excel/fake-excel');
    gatewayModule = await import('../src/excel/excel-gateway');
  } catch {
    return undefined;
  }
  fake.supportExcelApi(13);
  try {
    const book = new fake.FakeWorkbook(fakeSheets(grids));
    const gateway = gatewayModule.createExcelGateway({ run: fake.runOn(book), retryDelayMs: 0 });
    await gateway.prepare();
    book.syncs = 0;
    const read = await gateway.readGrids();
    const readSyncs = book.syncs;
    const marks = checkWorkbook(read).findings.flatMap((f) => f.refs.map((ref) => ({ ...ref, severity: f.severity })));
    await gateway.highlight(marks);
    return { syncs: book.syncs, read: readSyncs, highlight: book.syncs - readSyncs, marks: marks.length };
  } finally {
    fake.resetOffice();
  }
}
