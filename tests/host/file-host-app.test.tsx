/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs needs the node build of its uuid dependency, hence the export conditions.
// The task pane App on the file host, as the offline page runs it: the scenarios its Testing Library tests run on a
// fake gateway (check, marks, select, clear, 重算 apply and undo, insert the template), here on real .xlsx bytes.
import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { fromA1 } from '../../src/core/grid/a1';
import { cellAt, type CellRef, type Grid } from '../../src/core/grid/grid';
import { openFileHost, type FileHost } from '../../src/host/file/file-host';
import { DATA, renderApp, setUpJsdom } from '../taskpane/app-harness';
import { SAMPLE_PATH } from '../support/sample';

setUpJsdom();

const SLOW = { timeout: 20_000 };

function at(a1: string): CellRef {
  return { sheet: DATA, ...(fromA1(a1) as { row: number; col: number }) };
}

function cellOf(grids: readonly Grid[], ref: CellRef) {
  const grid = grids.find((g) => g.name === ref.sheet);
  return grid ? cellAt(grid, ref.row, ref.col) : undefined;
}

/** The sample with a wrong 执行率 (F17) and a 全年预算数 合计 typed over its formula (D17), written by the file host. */
async function brokenSampleBytes(): Promise<Uint8Array> {
  const host = await openFileHost(new Uint8Array(readFileSync(SAMPLE_PATH)), 'sample.xlsx');
  const grids = await host.readGrids();
  const change = (a1: string, value: number) => {
    const cell = cellOf(grids, at(a1));
    return {
      ref: at(a1),
      what: a1,
      current: cell?.value ?? null,
      ...(cell?.formula !== undefined ? { currentFormula: cell.formula } : {}),
      value,
    };
  };
  const result = await host.applyChanges([change('F17', 0.98), change('D17', 34474000)], 'values');
  expect(result.ok).toBe(true);
  return host.save();
}

async function checked(host: FileHost) {
  renderApp(host);
  await screen.findByRole('region', { name: '问题列表' }, SLOW);
  await waitFor(() => expect(host.state().marks).toBeGreaterThan(0), SLOW);
  await waitFor(() => expect(screen.queryByRole('status')).toBeNull(), SLOW);
}

describe('the task pane on the file host', () => {
  it('checks on opening, marks, selects a finding, clears the marks', async () => {
    const host = await openFileHost(await brokenSampleBytes(), '应急管理局.xlsx');
    await checked(host);
    const list = screen.getByRole('region', { name: '问题列表' });
    expect(within(list).getByRole('heading', { name: '错误：执行率计算错误，1 处' })).toBeTruthy();

    fireEvent.click(screen.getAllByRole('button', { name: /F17/ })[0] as HTMLElement);
    await waitFor(() => expect(host.state().selection).toEqual({ sheet: DATA, refs: expect.arrayContaining(['F17']) }));

    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText('已清除单元格上的标记。');
    expect(host.state().marks).toBe(0);
    expect(host.state().edited).toBe(false);
  });

  it('重算 writes the recalculated cells into the file, and 撤销 restores them exactly', async () => {
    const host = await openFileHost(await brokenSampleBytes(), '应急管理局.xlsx');
    const original = await host.readGrids();
    await checked(host);

    fireEvent.click(screen.getByRole('tab', { name: '重算' }));
    fireEvent.click(screen.getByRole('button', { name: '应用' }));
    await screen.findByText(/^已写入 \d+ 个单元格/, {}, SLOW);
    expect(host.state().edited).toBe(true);
    const written = await host.readGrids();
    expect(cellOf(written, at('F17'))?.formula).toContain('D17');
    expect(cellOf(written, at('F17'))?.value).toBeCloseTo(1, 4);
    expect(cellOf(written, at('D17'))?.formula).toBe('D18+D22');
    // The saved file holds the writes: the CLI's reader sees them too.
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await host.save()) as unknown as ExcelJS.Buffer);
    expect(saved.getWorksheet(DATA)?.getCell('F17').formula).toContain('D17');

    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    await screen.findByText('已恢复写入前的内容。', {}, SLOW);
    expect(await host.readGrids()).toEqual(original);
  });

  it('inserts the sample from the empty state of a workbook without the template, then finds it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '随便写的表';
    const host = await openFileHost(new Uint8Array(await wb.xlsx.writeBuffer()), '空白.xlsx');
    renderApp(host);
    const empty = await screen.findByRole('region', { name: '未识别到自评表模板' }, SLOW);
    fireEvent.click(within(empty).getByRole('button', { name: '插入示例' }));
    await screen.findByText('已插入工作表：自评数据表、自评评分表、报告素材。', {}, SLOW);
    await screen.findByRole('region', { name: '检查结果概要' }, SLOW);
    expect((await host.readGrids()).map((g) => g.name)).toEqual(['Sheet1', '自评数据表', '自评评分表', '报告素材']);
  });
});
