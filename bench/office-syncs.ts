// office-js round trips and payloads of one full check (read + highlight after the pane's prepare()), on the office-js
// simulation of tests/support/office-sim in a host profile: syncs, and the bytes of the largest request and response.
import { toA1 } from '../src/core/grid/a1';
import type { Grid } from '../src/core/grid/grid';
import { checkWorkbook } from '../src/core/check';

type SimCell = { value?: string | number | boolean | null; formula?: string; numberFormat?: string; error?: string };
type SheetInit = {
  name: string;
  cells?: Record<string, SimCell>;
  merges?: string[];
  formatted?: { address: string; fill: { color: string; pattern: string } };
};

/** The sheets of a Grid workbook as the simulation's initial state. */
export function simSheets(grids: readonly Grid[]): SheetInit[] {
  return grids.map((grid) => {
    const cells: Record<string, SimCell> = {};
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

/** A sheet formatted over a million cells (10 columns × 100,000 rows of fill) and holding no value. */
export const FORMATTED_MILLION: SheetInit = {
  name: '格式',
  formatted: { address: 'A1:J100000', fill: { color: '#DDEBF7', pattern: 'Solid' } },
};

export type SyncCount = {
  readonly profile: string;
  readonly syncs: number;
  readonly read: number;
  readonly highlight: number;
  readonly marks: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly failed?: string;
};

/**
 * Syncs and payloads per full check after the task pane's prepare(), or undefined when the gateway or the simulation
 * is not there (they live in src/excel and tests/support).
 */
export async function countSyncs(
  sheets: readonly SheetInit[],
  profileId: 'office2019' | 'office2021' | 'ltsc2024' | 'm365' | 'web' = 'web',
): Promise<SyncCount | undefined> {
  let sim: typeof import('../tests/support/office-sim');
  let gatewayModule: typeof import('../src/excel/excel-gateway');
  try {
    sim = await import('../tests/support/office-sim');
    gatewayModule = await import('../src/excel/excel-gateway');
  } catch {
    return undefined;
  }
  const host = sim.profile(profileId);
  const book = new sim.SimWorkbook(
    host,
    sheets.map((s) => ({ ...s })),
  );
  book.install();
  try {
    const gateway = gatewayModule.createExcelGateway({ run: book.runner, retryDelayMs: 0 });
    await gateway.prepare();
    const start = book.syncs;
    const read = await gateway.readGrids();
    const readSyncs = book.syncs - start;
    const marks = checkWorkbook(read).findings.flatMap((f) => f.refs.map((ref) => ({ ...ref, severity: f.severity })));
    await gateway.highlight(marks);
    const log = book.syncLog.slice(start);
    const failed = log.find((s) => s.failed)?.failed;
    return {
      profile: host.label,
      syncs: log.length,
      read: readSyncs,
      highlight: log.length - readSyncs,
      marks: marks.length,
      maxRequestBytes: Math.max(...log.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(...log.map((s) => s.responseBytes)),
      ...(failed ? { failed } : {}),
    };
  } finally {
    sim.uninstall();
  }
}
