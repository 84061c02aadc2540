/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs (the sample's reader) needs the node build of its uuid dependency, hence the export conditions.
// The findings tree on tests/fixtures/invalid-all.xlsx (35 findings), through a fake gateway, in a jsdom of its own:
// jsdom's getComputedStyle slows down with every stylesheet an earlier test's render left behind.
import { fireEvent, screen, within } from '@testing-library/react';
import { loadGrids } from '../support/sample';
import { INVALID_ALL, fakeGateway, renderApp, runCheck, setUpJsdom } from './app-harness';

setUpJsdom();

describe('invalid-all.xlsx (35 findings)', () => {
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
    expect(kinds.length).toBeLessThan(35);
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
    expect(gotoButtons(list)).toHaveLength(35);
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
    expect(screen.getByText('显示 2 / 35 个问题')).toBeTruthy();
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
