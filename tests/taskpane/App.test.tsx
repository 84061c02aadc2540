/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs (the sample's reader) needs the node build of its uuid dependency, hence the export conditions.
// The task pane through a fake gateway, queried by role as a person would find things: 检查, 自动重新检查, 重算.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { gridFromA1 } from '../../src/core/grid/build-grid';
import type { Grid } from '../../src/core/grid/grid';
import { AUTO_RECHECK_DELAY_MS, OWN_WRITE_ECHO_MS } from '../../src/taskpane/useCheck/useCheck';
import { loadSampleGrids } from '../support/sample';
import { DATA, brokenSample, fakeGateway, gatewayError, renderApp, runCheck, setUpJsdom } from './app-harness';

setUpJsdom();

describe('检查', () => {
  it('shows the product name, the three tabs and a 检查 button', async () => {
    const gateway = fakeGateway(async () => []);
    renderApp(gateway);
    expect(screen.getByRole('heading', { name: '绩效自评助手' })).toBeTruthy();
    expect(screen.getAllByRole('tab')).toEqual(
      ['检查', '重算', '报告'].map((name) => screen.getByRole('tab', { name })),
    );
    expect(screen.getByRole('button', { name: '检查' })).toBeTruthy();
    // The check the pane starts on opening ends inside the test, not after it.
    await waitFor(() => expect(gateway.highlight).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  it('checks as soon as it opens, without a click, and marks the findings', async () => {
    const gateway = fakeGateway(brokenSample);
    renderApp(gateway);
    const list = await screen.findByRole('region', { name: '问题列表' });
    expect(within(list).getAllByRole('button').length).toBeGreaterThan(0);
    expect(gateway.readGrids).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(gateway.highlight).toHaveBeenCalledTimes(1));
  });

  it('summarises a clean sample: unit, year, score and grade, no findings, nothing marked', async () => {
    const gateway = fakeGateway(loadSampleGrids);
    renderApp(gateway);
    await runCheck(gateway);

    const summary = screen.getByRole('region', { name: '检查结果概要' });
    expect(within(summary).getByText('遂溪县应急管理局本级')).toBeTruthy();
    expect(within(summary).getByText('2024 年度')).toBeTruthy();
    expect(within(summary).getByText('填报 99 / 重算 99')).toBeTruthy();
    expect(within(summary).getByText('填报 优 / 重算 优')).toBeTruthy();
    expect(within(summary).getByText('未发现问题。')).toBeTruthy();
    expect(gateway.highlight).toHaveBeenCalledWith([]);
  });

  it('lists the findings of a broken workbook by sheet and marks their cells', async () => {
    const gateway = fakeGateway(brokenSample);
    renderApp(gateway);
    await runCheck(gateway);

    const list = screen.getByRole('region', { name: '问题列表' });
    expect(within(list).getByRole('heading', { name: /^自评数据表：\d+ 个问题$/ })).toBeTruthy();
    // A few findings: nothing to fold away, every finding is listed with its Chinese problem name.
    expect(within(list).getByRole('heading', { name: '错误：执行率计算错误，1 处' })).toBeTruthy();
    expect(within(list).getAllByRole('button', { name: /F17/ }).length).toBeGreaterThan(0);
    expect(within(list).getByText('规则编号 execution-rate')).toBeTruthy();
    const marks = gateway.highlight.mock.calls[0]?.[0] as Array<{
      sheet: string;
      row: number;
      col: number;
      severity: string;
    }>;
    expect(marks).toContainEqual({ sheet: DATA, row: 16, col: 5, severity: 'error' });
    expect(within(screen.getByRole('group', { name: '问题数量' })).getByText(/^错误 \d+$/)).toBeTruthy();
  });

  it("selects a finding's cells on click and on Enter, and marks it as the selected one", async () => {
    const gateway = fakeGateway(brokenSample);
    renderApp(gateway);
    await runCheck(gateway);

    const item = screen.getAllByRole('button', { name: /F17/ })[0] as HTMLElement;
    expect(item.getAttribute('aria-current')).toBeNull();
    fireEvent.click(item);
    expect(gateway.selectCells).toHaveBeenLastCalledWith(expect.arrayContaining([{ sheet: DATA, row: 16, col: 5 }]));
    expect(item.getAttribute('aria-current')).toBe('true');
    expect(within(item).getByText('已定位')).toBeTruthy();
    expect(screen.getAllByText('已定位')).toHaveLength(1);
    item.focus();
    expect(document.activeElement).toBe(item);
    // A native button: Enter activates it (jsdom does not synthesise the click, so the element type is what is tested).
    expect(item.tagName).toBe('BUTTON');
  });

  it('clears the marks with 清除标记', async () => {
    const gateway = fakeGateway(brokenSample);
    renderApp(gateway);
    await runCheck(gateway);

    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText('已清除单元格上的标记。');
    expect(gateway.clearHighlights).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: '清除标记' })).toHaveProperty('disabled', true);
  });

  it('says which labels are missing and inserts the template from the empty state', async () => {
    let grids: () => Promise<Grid[]> = async () => [gridFromA1('Sheet1', { A1: '随便写的表', B2: 3 })];
    const gateway = fakeGateway(() => grids());
    renderApp(gateway);
    await runCheck(gateway);

    const empty = screen.getByRole('region', { name: '未识别到自评表模板' });
    expect(within(empty).getByText(/全年预算数|得分|权重/)).toBeTruthy();
    grids = loadSampleGrids;
    fireEvent.click(within(empty).getByRole('button', { name: '插入示例' }));

    await screen.findByText('已插入工作表：自评数据表、自评评分表、报告素材。');
    expect(gateway.insertTemplate).toHaveBeenCalledWith('sample');
    // Inserting re-checks: the sample is then recognised.
    // The re-check after inserting runs on the main thread in jsdom: generous on a loaded machine.
    await screen.findByRole('region', { name: '检查结果概要' }, { timeout: 20_000 });
    expect(gateway.readGrids).toHaveBeenCalledTimes(2);
  });

  it("shows the gateway's Chinese message when reading fails, and hides a bug's English text", async () => {
    const gateway = fakeGateway(async () => {
      throw gatewayError('Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑后再试。');
    });
    renderApp(gateway);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    expect(
      await screen.findByText('读取工作簿失败：Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑后再试。'),
    ).toBeTruthy();

    gateway.readGrids.mockImplementation(async () => {
      throw new TypeError('cannot read properties of undefined');
    });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    expect(await screen.findByText(/出现了意外错误/)).toBeTruthy();
    expect(screen.queryByText(/cannot read/)).toBeNull();
  });

  it('shows progress with 取消 while a check runs, and cancelling keeps the workbook unmarked', async () => {
    let finish: (grids: Grid[]) => void = () => undefined;
    const gateway = fakeGateway(() => new Promise<Grid[]>((resolve) => (finish = resolve)));
    renderApp(gateway);

    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    expect(within(screen.getByRole('status')).getByText('正在读取工作簿…')).toBeTruthy();
    expect(screen.getByRole('button', { name: '检查' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await act(async () => finish(await loadSampleGrids()));

    expect(screen.getByText('已取消本次检查。')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(gateway.highlight).not.toHaveBeenCalled();
  });
});

describe('自动重新检查', () => {
  afterEach(() => jest.useRealTimers());

  it('re-checks once, 800 ms after the last of several edits, and not when switched off', async () => {
    const gateway = fakeGateway(loadSampleGrids);
    renderApp(gateway);
    await runCheck(gateway);
    expect(gateway.readGrids).toHaveBeenCalledTimes(1);

    jest.useFakeTimers({ now: Date.now() + OWN_WRITE_ECHO_MS + 1 });
    act(() => gateway.fireChange());
    act(() => jest.advanceTimersByTime(AUTO_RECHECK_DELAY_MS - 100));
    act(() => gateway.fireChange());
    act(() => jest.advanceTimersByTime(AUTO_RECHECK_DELAY_MS - 100));
    expect(gateway.readGrids).toHaveBeenCalledTimes(1);
    await act(async () => jest.advanceTimersByTime(200));
    expect(gateway.readGrids).toHaveBeenCalledTimes(2);
    await act(async () => jest.runAllTimersAsync());
    jest.useRealTimers();
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());

    fireEvent.click(screen.getByRole('switch', { name: '自动重新检查' }));
    await act(async () => undefined);
    jest.useFakeTimers({ now: Date.now() + OWN_WRITE_ECHO_MS + 1 });
    act(() => gateway.fireChange());
    await act(async () => jest.advanceTimersByTime(AUTO_RECHECK_DELAY_MS * 2));
    expect(gateway.readGrids).toHaveBeenCalledTimes(2);
  });
});

describe('重算', () => {
  it('previews the recalculated values, applies them as formulas or values, and undoes', async () => {
    const gateway = fakeGateway(brokenSample);
    renderApp(gateway);
    await runCheck(gateway);

    fireEvent.click(screen.getByRole('tab', { name: '重算' }));
    const preview = screen.getByRole('table', { name: /^建议写回的单元格（\d+ 个）$/ });
    const rows = within(preview).getAllByRole('row').slice(1);
    const rateRow = rows.find((row) => within(row).queryByRole('button', { name: 'F17' }));
    expect(rateRow?.textContent).toContain('98.00%');
    expect(rateRow?.textContent).toContain('100.00%');
    expect(gateway.applyChanges).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('radio', { name: '写入数值' }));
    fireEvent.click(screen.getByRole('button', { name: '应用' }));
    await screen.findByText(/^已写入 \d+ 个单元格/);
    const [changes, mode] = gateway.applyChanges.mock.calls[0] as [
      Array<{ ref: { row: number; col: number } }>,
      string,
    ];
    expect(mode).toBe('values');
    expect(changes.map((c) => c.ref)).toContainEqual({ sheet: DATA, row: 16, col: 5 });
    expect(changes).toHaveLength(rows.length);

    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    await screen.findByText('已恢复写入前的内容。');
    expect(gateway.undoLastApply).toHaveBeenCalledTimes(1);
  });

  it("shows the gateway's reason when nothing could be written", async () => {
    const gateway = fakeGateway(brokenSample);
    gateway.applyChanges.mockResolvedValue({
      ok: false,
      ref: { sheet: DATA, row: 16, col: 5 },
      reason: '工作表受保护。',
    });
    renderApp(gateway);
    await runCheck(gateway);

    fireEvent.click(screen.getByRole('tab', { name: '重算' }));
    fireEvent.click(screen.getByRole('button', { name: '应用' }));
    expect(await screen.findByText("没有写入任何单元格（'自评数据表'!F17）：工作表受保护。")).toBeTruthy();
    expect(gateway.applyChanges.mock.calls[0]?.[1]).toBe('formulas');
  });
});
