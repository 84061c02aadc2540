/** @jest-environment jsdom */
// The task pane shell through a fake gateway, queried by role as a person would find things.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { gridFromA1 } from '../../src/core/grid/build-grid';
import type { Grid } from '../../src/core/grid/grid';
import { App } from '../../src/taskpane/App/App';
import type { WorkbookGateway } from '../../src/taskpane/gateway';

function fakeGateway(readGrids: () => Promise<Grid[]>): WorkbookGateway & { readGrids: jest.Mock } {
  return { readGrids: jest.fn(readGrids), selectCell: jest.fn(async () => undefined) };
}

function renderApp(gateway: WorkbookGateway) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} />
    </FluentProvider>,
  );
}

function gatewayError(message: string): Error {
  return Object.assign(new Error(message), { name: 'ExcelGatewayError' });
}

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to decide whether its actions wrap.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

beforeAll(() => {
  globalThis.ResizeObserver ??= NoopResizeObserver;
});

describe('App', () => {
  it('shows the product name and a 检查 button', () => {
    renderApp(fakeGateway(async () => []));
    expect(screen.getByRole('heading', { name: '绩效自评助手' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '检查' })).toBeTruthy();
  });

  it('lists every sheet with its size after 检查', async () => {
    const gateway = fakeGateway(async () => [
      gridFromA1('自评表', { A1: '部门整体支出绩效自评表', D30: 1 }, ['A1:F1']),
      gridFromA1('评分表', { B2: '得分' }),
      gridFromA1('空白', {}),
    ]);
    renderApp(gateway);

    act(() => screen.getByRole('button', { name: '检查' }).click());

    const table = await screen.findByRole('table', { name: '工作簿中的工作表' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['自评表', '30 行 × 6 列'],
      ['评分表', '2 行 × 2 列'],
      ['空白', '空白'],
    ]);
    expect(screen.getByText('共 3 个工作表。')).toBeTruthy();
    expect(gateway.readGrids).toHaveBeenCalledTimes(1);
  });

  it('disables 检查 while reading', async () => {
    let finish: (grids: Grid[]) => void = () => undefined;
    renderApp(fakeGateway(() => new Promise<Grid[]>((resolve) => (finish = resolve))));

    act(() => screen.getByRole('button', { name: '检查' }).click());
    expect(screen.getByRole('button', { name: '检查' })).toHaveProperty('disabled', true);
    await act(async () => finish([]));

    await waitFor(() => expect(screen.getByRole('button', { name: '检查' })).toHaveProperty('disabled', false));
  });

  it("shows the gateway's Chinese message when reading fails", async () => {
    renderApp(
      fakeGateway(async () => {
        throw gatewayError('Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑后再试。');
      }),
    );

    act(() => screen.getByRole('button', { name: '检查' }).click());

    expect(
      await screen.findByText('读取工作簿失败：Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑后再试。'),
    ).toBeTruthy();
  });

  it('hides the English text of an unexpected bug', async () => {
    renderApp(
      fakeGateway(async () => {
        throw new TypeError('cannot read properties of undefined');
      }),
    );

    act(() => screen.getByRole('button', { name: '检查' }).click());

    expect(await screen.findByText(/出现了意外错误/)).toBeTruthy();
    expect(screen.queryByText(/cannot read/)).toBeNull();
  });
});
