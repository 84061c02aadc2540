/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs (the sample's reader) needs the node build of its uuid dependency, hence the export conditions.
// The task pane through a fake gateway, queried by role as a person would find things.
import { join } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fromA1 } from '../../src/core/grid/a1';
import { gridFromA1, type CellInput } from '../../src/core/grid/build-grid';
import type { Grid } from '../../src/core/grid/grid';
import { App } from '../../src/taskpane/App/App';
import type { ApplyResult, WorkbookGateway } from '../../src/taskpane/gateway';
import { AUTO_RECHECK_DELAY_MS, OWN_WRITE_ECHO_MS } from '../../src/taskpane/useCheck/useCheck';
import { setCells } from '../support/grid-transforms';
import { loadGrids, loadSampleGrids } from '../support/sample';

const DATA = '自评数据表';
const INVALID_ALL = join(__dirname, '..', 'fixtures', 'invalid-all.xlsx');

type FakeGateway = { [K in keyof WorkbookGateway]: jest.Mock } & { fireChange(): void };

function fakeGateway(grids: () => Promise<Grid[]>): FakeGateway {
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
async function brokenSample(): Promise<Grid[]> {
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

beforeAll(async () => {
  globalThis.ResizeObserver ??= NoopResizeObserver;
  // jsdom lacks TextDecoder, which the .xlsx reader uses to read the zip directory.
  globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
  await loadSampleGrids();
});

async function runCheck(gateway: FakeGateway) {
  fireEvent.click(screen.getByRole('button', { name: /检查/ }));
  // Generous: a loaded machine checks the 34-finding workbook on the main thread in jsdom.
  await waitFor(() => expect(gateway.highlight).toHaveBeenCalled(), { timeout: 20_000 });
  await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
}

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

  describe('invalid-all.xlsx (34 findings)', () => {
    // Buttons by their label, matched here: Testing Library's name option calls jsdom's slow getComputedStyle on every
    // text node, and `hidden: true` skips its visibility check (closed groups are not rendered at all).
    const buttons = (root: HTMLElement, name: string | RegExp) =>
      within(root)
        .queryAllByRole('button', { hidden: true })
        .filter((b) => {
          const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
          return typeof name === 'string' ? label === name : name.test(label);
        });
    const button = (root: HTMLElement, name: string | RegExp) => {
      const found = buttons(root, name);
      expect(found).toHaveLength(1);
      return found[0] as HTMLElement;
    };
    const gotoButtons = (list: HTMLElement) => buttons(list, /按 Enter 定位/);

    it('shows a tree: sheets open, problem kinds closed under their Chinese names, each opening onto its cells', async () => {
      const gateway = fakeGateway(() => loadGrids(INVALID_ALL));
      renderApp(gateway);
      await runCheck(gateway);
      const list = screen.getByRole('region', { name: '问题列表' });

      const sheets = within(list).getAllByRole('heading', { hidden: true, level: 3 });
      expect(sheets.map((h) => h.textContent)).toEqual([
        expect.stringMatching(/^自评数据表：\d+ 个问题$/),
        expect.stringMatching(/^自评评分表：\d+ 个问题$/),
        expect.stringMatching(/^报告素材：\d+ 个问题$/),
      ]);
      expect(gotoButtons(list)).toEqual([]);
      const kinds = within(list).getAllByRole('button', { hidden: true, expanded: false });
      // One line per problem kind and sheet, never an English rule id.
      expect(kinds.length).toBeLessThan(34);
      expect(kinds.every((button) => !/[a-z]-[a-z]/.test(button.textContent ?? ''))).toBe(true);

      const score = button(list, '错误：得分合计错误，1 处');
      expect(score.textContent).toContain('J22');
      fireEvent.click(score);
      expect(score.getAttribute('aria-expanded')).toBe('true');
      expect(within(list).getByText('规则编号 score-total')).toBeTruthy();
      const finding = button(list, /J22：合计得分填写为 97 分/);
      fireEvent.click(finding);
      expect(gateway.selectCells).toHaveBeenLastCalledWith([{ sheet: '自评评分表', row: 21, col: 9 }]);

      fireEvent.click(button(list, '全部展开'));
      expect(gotoButtons(list)).toHaveLength(34);
      fireEvent.click(button(list, '全部折叠'));
      expect(gotoButtons(list)).toEqual([]);

      // A sheet folds away entirely.
      const dataSheet = button(list, /^自评数据表：/);
      fireEvent.click(dataSheet);
      expect(dataSheet.getAttribute('aria-expanded')).toBe('false');
      expect(buttons(list, /执行率计算错误/)).toEqual([]);
    });

    it('shortens a long cell list to three cells and a count, with a button for the rest', async () => {
      const gateway = fakeGateway(() => loadGrids(INVALID_ALL));
      renderApp(gateway);
      await runCheck(gateway);
      const list = screen.getByRole('region', { name: '问题列表' });

      const linked = button(list, '警告：关联指标得分不符，2 处');
      fireEvent.click(linked);
      const long = within(list).getByText(/^J19、'自评数据表'!G40、'自评数据表'!G41 等 11 个单元格$/);
      fireEvent.click(button(list, '显示全部单元格'));
      expect(long.textContent).toContain("'自评数据表'!G51");
      expect(button(list, '收起单元格')).toBeTruthy();
    });

    it('filters by severity and by problem kind, named in Chinese', async () => {
      const gateway = fakeGateway(() => loadGrids(INVALID_ALL));
      renderApp(gateway);
      await runCheck(gateway);
      const list = screen.getByRole('region', { name: '问题列表' });
      const kind = screen.getByRole('combobox', { name: '问题类型' });
      const options = within(kind).getAllByRole('option', { hidden: true });
      expect(options.map((o) => o.textContent)).toContain('执行率计算错误（1）');
      expect(options.every((o) => !/[a-z]-[a-z]/.test(o.textContent ?? ''))).toBe(true);

      fireEvent.change(kind, { target: { value: 'overspend' } });
      // One problem kind picked: its findings show at once.
      const shown = gotoButtons(list);
      expect(shown).toHaveLength(2);
      expect(shown.every((b) => b.getAttribute('aria-label')?.includes('超预算支出'))).toBe(true);

      fireEvent.change(kind, { target: { value: 'all' } });
      fireEvent.change(screen.getByRole('combobox', { name: '严重程度' }), { target: { value: 'info' } });
      expect(screen.getByText('显示 2 / 34 个问题')).toBeTruthy();
      expect(gotoButtons(list).every((b) => b.getAttribute('aria-label')?.startsWith('提示'))).toBe(true);
    });

    it('gives one row one piece of advice: a wrong 得分 is not also asked for its 偏差原因 (K40/M40)', async () => {
      const gateway = fakeGateway(() => loadGrids(INVALID_ALL));
      renderApp(gateway);
      await runCheck(gateway);
      fireEvent.click(button(document.body, '全部展开'));
      expect(buttons(document.body, /^错误，M40：/)).toHaveLength(1);
      expect(buttons(document.body, /，K40：/)).toEqual([]);
    });
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
    await screen.findByRole('region', { name: '检查结果概要' });
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

describe('报告', () => {
  it('shows the report and writes the sheet, replacing an existing one only after confirmation', async () => {
    const gateway = fakeGateway(loadSampleGrids);
    gateway.writeReportSheet.mockResolvedValueOnce('exists').mockResolvedValueOnce('written');
    renderApp(gateway);
    await runCheck(gateway);

    fireEvent.click(screen.getByRole('tab', { name: '报告' }));
    expect(screen.getByRole('region', { name: '自评报告' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '写入工作表' }));
    // Fluent keeps the surface aria-hidden until its opening motion ends, which jsdom never runs.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByRole('heading', { name: '替换已有的“自评报告”工作表？', hidden: true })).toBeTruthy();
    expect(gateway.writeReportSheet).toHaveBeenLastCalledWith(expect.any(Array), { replace: false });
    fireEvent.click(within(dialog).getByRole('button', { name: '替换', hidden: true }));
    await screen.findByText('已写入“自评报告”工作表。');
    expect(gateway.writeReportSheet).toHaveBeenLastCalledWith(expect.any(Array), { replace: true });
    const paragraphs = gateway.writeReportSheet.mock.calls[1]?.[0] as string[];
    expect(paragraphs).toContain('部门整体支出绩效自评报告');
  });

  describe('导出 Word', () => {
    let downloads: Blob[];
    beforeEach(() => {
      downloads = [];
      // jsdom has no object URLs; the pane offers the file through one, so they are where the download is seen.
      URL.createObjectURL = jest.fn((blob: Blob) => {
        downloads.push(blob);
        return 'blob:report';
      });
      URL.revokeObjectURL = jest.fn();
      jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    });
    afterEach(() => jest.restoreAllMocks());

    it('with errors open, asks first: 先去修正 goes to 检查, 仍然导出草稿 exports a draft', async () => {
      const exportModule = await import('../../src/taskpane/ReportPanel/export-docx');
      // The .docx itself is the report builder's (tests/report); here: what the pane asks for and what it does with it.
      const exportDocx = jest.spyOn(exportModule, 'exportReportDocx').mockResolvedValue(new Blob(['docx']));
      const gateway = fakeGateway(brokenSample);
      renderApp(gateway);
      await runCheck(gateway);
      fireEvent.click(screen.getByRole('tab', { name: '报告' }));
      const bar = screen.getByRole('group', { name: '报告操作' });
      const errors = within(bar)
        .getByText(/^还有 (\d+) 个错误未修正/)
        .textContent?.match(/\d+/)?.[0];

      fireEvent.click(within(bar).getByRole('button', { name: '导出 Word' }));
      let dialog = await screen.findByRole('dialog', { hidden: true });
      expect(within(dialog).getByText(new RegExp(`还有 ${errors} 个错误未修正`))).toBeTruthy();
      fireEvent.click(within(dialog).getByRole('button', { name: '先去修正', hidden: true }));
      expect(screen.getByRole('tab', { name: '检查' }).getAttribute('aria-selected')).toBe('true');
      expect(exportDocx).not.toHaveBeenCalled();
      expect(downloads).toEqual([]);

      fireEvent.click(screen.getByRole('tab', { name: '报告' }));
      fireEvent.click(screen.getByRole('button', { name: '导出 Word' }));
      dialog = await screen.findByRole('dialog', { hidden: true });
      fireEvent.click(within(dialog).getByRole('button', { name: '仍然导出草稿', hidden: true }));
      await screen.findByText(/^已生成草稿 自评报告-遂溪县应急管理局本级-2024\.docx/);
      expect(exportDocx).toHaveBeenCalledWith(expect.anything(), { draft: true });
      expect(downloads).toHaveLength(1);
    });

    it('with no error open, exports the final report at once', async () => {
      const exportModule = await import('../../src/taskpane/ReportPanel/export-docx');
      const exportDocx = jest.spyOn(exportModule, 'exportReportDocx').mockResolvedValue(new Blob(['docx']));
      const gateway = fakeGateway(loadSampleGrids);
      renderApp(gateway);
      await runCheck(gateway);
      fireEvent.click(screen.getByRole('tab', { name: '报告' }));
      fireEvent.click(screen.getByRole('button', { name: '导出 Word' }));
      await screen.findByText('已生成 自评报告-遂溪县应急管理局本级-2024.docx。');
      expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
      expect(exportDocx).toHaveBeenCalledWith(expect.anything(), {});
      expect(downloads).toHaveLength(1);
    });
  });
});
