// The task pane App over a fake gateway: the helpers its Testing Library tests share (not a test file itself).
import { join } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fromA1 } from '../../src/core/grid/a1';
import type { CellInput } from '../../src/core/grid/build-grid';
import type { Grid } from '../../src/core/grid/grid';
import { App } from '../../src/taskpane/App/App';
import type { ApplyResult, WorkbookHost } from '../../src/host/workbook-host';
import { setCells } from '../support/grid-transforms';
import { loadSampleGrids } from '../support/sample';

export const DATA = '自评数据表';
export const INVALID_ALL = join(__dirname, '..', 'fixtures', 'invalid-all.xlsx');

export type FakeGateway = { [K in keyof WorkbookHost]: jest.Mock } & { fireChange(): void };

export function fakeGateway(grids: () => Promise<Grid[]>): FakeGateway {
  const listeners = new Set<() => void>();
  return {
    readGrids: jest.fn(grids),
    highlight: jest.fn(async () => undefined),
    clearHighlights: jest.fn(async () => undefined),
    selectCells: jest.fn(async () => undefined),
    applyChanges: jest.fn(async (changes: readonly unknown[]): Promise<ApplyResult> => ({
      ok: true,
      written: changes.length,
    })),
    undoLastApply: jest.fn(async () => true),
    insertTemplate: jest.fn(async () => ({ inserted: ['自评数据表', '自评评分表', '报告素材'] })),
    writeReportSheet: jest.fn(async () => 'written' as const),
    onWorkbookChanged: jest.fn(async (listener: () => void) => {
      listeners.add(listener);
      return async () => void listeners.delete(listener);
    }),
    fireChange: () => listeners.forEach((listener) => listener()),
  };
}

/** The sample with cells replaced: a wrong 执行率 (F17) and a 全年预算数 合计 typed over its formula (D17). */
export async function brokenSample(): Promise<Grid[]> {
  const planted: Record<string, CellInput> = {
    F17: { value: 0.98, numFmt: '0.00%' },
    D17: { value: 34474000, numFmt: '#,##0.00' },
  };
  return (await loadSampleGrids()).map((grid) =>
    grid.name !== DATA
      ? grid
      : setCells(
          grid,
          Object.entries(planted).map(([a1, value]) => ({ ...(fromA1(a1) as { row: number; col: number }), value })),
        ),
  );
}

export function renderApp(gateway: WorkbookHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} />
    </FluentProvider>,
  );
}

export function gatewayError(message: string): Error {
  return Object.assign(new Error(message), { name: 'WorkbookHostError' });
}

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to decide whether its actions wrap.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** Call at the top of a test file: jsdom gaps the pane needs filled, and the sample read once. */
export function setUpJsdom(): void {
  beforeAll(async () => {
    // A check on the main thread in jsdom takes seconds on a loaded machine: findBy*/waitFor wait for it (not 1 s).
    configure({ asyncUtilTimeout: 10_000 });
    globalThis.ResizeObserver ??= NoopResizeObserver;
    // jsdom lacks TextDecoder, which the .xlsx reader uses to read the zip directory.
    globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
    await loadSampleGrids();
  });
}

export async function runCheck(gateway: FakeGateway) {
  fireEvent.click(screen.getByRole('button', { name: /检查/ }));
  // Generous: a loaded machine checks the 34-finding workbook on the main thread in jsdom.
  await waitFor(() => expect(gateway.highlight).toHaveBeenCalled(), { timeout: 20_000 });
  await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
}
