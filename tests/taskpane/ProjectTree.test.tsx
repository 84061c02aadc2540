/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs (the sample's reader) needs the node build of its uuid dependency, hence the export conditions.
// A workbook of two real project forms (tests/forms, filed one per sheet and both on one sheet) in the task pane: one
// group per project with its own summary and counts, its findings under it; the marks are every project's.
import { fireEvent, screen, within } from '@testing-library/react';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import type { Grid } from '../../src/core/grid/grid';
import { ruleName } from '../../src/core/rule-names';
import type { HighlightMark } from '../../src/host/workbook-host';
import { checkPane, type ProjectView } from '../../src/taskpane/check/pane-check';
import { formatScore } from '../../src/taskpane/format-value';
import { PROJECT_FORMS, STACKED_SHEET, formGrid, projectGrids } from '../support/project-workbook';
import { fakeGateway, renderApp, runCheck, setUpJsdom } from './app-harness';

setUpJsdom();

const count = (findings: readonly Finding[], severity: Finding['severity']) =>
  findings.filter((f) => f.severity === severity).length;

/** Buttons by their label (aria-label, else text): jsdom's getComputedStyle is too slow for the name option. */
const buttons = (root: HTMLElement, name: string | RegExp) =>
  within(root)
    .queryAllByRole('button', { hidden: true })
    .filter((b) => {
      const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
      return typeof name === 'string' ? label === name : name.test(label);
    });

function onlyButton(root: HTMLElement, name: string | RegExp): HTMLElement {
  const found = buttons(root, name);
  expect(found).toHaveLength(1);
  return found[0] as HTMLElement;
}

/** The project's group in the findings tree: its heading, summary and findings. */
const projectGroup = (list: HTMLElement, name: string) => within(list).getByRole('region', { name });

describe('two project forms, one per sheet', () => {
  let grids: Grid[];
  let projects: readonly ProjectView[];

  beforeAll(async () => {
    grids = await projectGrids('sheets');
    projects = checkPane(grids).projects ?? [];
  });

  it('shows one group per project: its name, sheet, and its own 错误/警告/提示 counts', async () => {
    const gateway = fakeGateway(async () => grids);
    renderApp(gateway);
    await runCheck(gateway);

    const overview = screen.getByRole('region', { name: '检查结果概要' });
    expect(within(overview).getByText('本工作簿含 2 个项目，每个项目分别检查。')).toBeTruthy();
    const list = screen.getByRole('region', { name: '问题列表' });
    const headings = within(list).getAllByRole('heading', { level: 3, hidden: true });
    expect(headings.map((h) => h.textContent)).toEqual(projects.map((p) => p.name));
    expect(projects.map((p) => p.sheet)).toEqual(PROJECT_FORMS.map((f) => f.sheet));

    for (const [i, form] of PROJECT_FORMS.entries()) {
      const project = projects[i] as ProjectView;
      // The project's counts are those of its form checked alone, as a file of its own.
      const alone = checkWorkbook([grids[i] as Grid]).findings;
      const group = projectGroup(list, project.name ?? '');
      expect(within(group).getByText(`工作表“${form.sheet}”第 1 行起`)).toBeTruthy();
      const counts = within(group).getByRole('group', { name: `${project.name}的问题数量` });
      expect(counts.textContent).toBe(
        `错误 ${count(alone, 'error')}警告 ${count(alone, 'warning')}提示 ${count(alone, 'info')}`,
      );
      const score = project.summary.score.recomputed;
      expect(within(group).queryAllByText(/^得分：填报 .* \/ 重算 /)).toHaveLength(score === undefined ? 0 : 1);
    }
    // The overview counts every project's findings.
    const all = projects.flatMap((p) => p.findings);
    expect(within(overview).getByRole('group', { name: '问题数量' }).textContent).toBe(
      `错误 ${count(all, 'error')}警告 ${count(all, 'warning')}提示 ${count(all, 'info')}`,
    );
  });

  it("marks every project's cells, on both sheets, and a finding's click selects its cells", async () => {
    const gateway = fakeGateway(async () => grids);
    renderApp(gateway);
    await runCheck(gateway);
    const marks = gateway.highlight.mock.calls.at(-1)?.[0] as HighlightMark[];
    expect(new Set(marks.map((m) => m.sheet))).toEqual(new Set(PROJECT_FORMS.map((f) => f.sheet)));
    for (const finding of projects.flatMap((p) => p.findings))
      for (const ref of finding.refs)
        expect(marks.some((m) => m.sheet === ref.sheet && m.row === ref.row && m.col === ref.col)).toBe(true);

    const list = screen.getByRole('region', { name: '问题列表' });
    const second = projects[1] as ProjectView;
    const group = projectGroup(list, second.name ?? '');
    const finding = second.findings.find((f) => f.severity === 'error') as Finding;
    const sameKind = second.findings.filter((f) => f.rule === finding.rule && f.severity === 'error').length;
    fireEvent.click(onlyButton(group, `错误：${ruleName(finding.rule)}，${sameKind} 处`));
    const goto = onlyButton(group, new RegExp(`^错误，${finding.cells.join('、')}：`));
    fireEvent.click(goto);
    expect(gateway.selectCells).toHaveBeenLastCalledWith(finding.refs);
    expect(goto.getAttribute('aria-current')).toBe('true');
    expect(buttons(list, /按 Enter 定位/).filter((b) => b.getAttribute('aria-current') === 'true')).toHaveLength(1);
  });

  it('folds a project away, its summary still in view; the severity filter applies to every project', async () => {
    const gateway = fakeGateway(async () => grids);
    renderApp(gateway);
    await runCheck(gateway);
    const list = screen.getByRole('region', { name: '问题列表' });
    const first = projects[0] as ProjectView;
    const group = projectGroup(list, first.name ?? '');
    const toggle = onlyButton(group, first.name ?? '');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(buttons(group, /^(错误|警告|提示)：/)).toEqual([]);
    expect(within(group).getByRole('group', { name: `${first.name}的问题数量` })).toBeTruthy();
    fireEvent.click(toggle);

    fireEvent.change(screen.getByRole('combobox', { name: '严重程度' }), { target: { value: 'warning' } });
    const warnings = projects.flatMap((p) => p.findings).filter((f) => f.severity === 'warning');
    expect(
      screen.getByText(`显示 ${warnings.length} / ${projects.flatMap((p) => p.findings).length} 个问题`),
    ).toBeTruthy();
    fireEvent.click(onlyButton(list, /全部展开/));
    const shown = buttons(list, /按 Enter 定位/);
    expect(shown).toHaveLength(warnings.length);
    expect(shown.every((b) => b.getAttribute('aria-label')?.startsWith('警告'))).toBe(true);
  });
});

describe('two project forms on one sheet', () => {
  it('names where each project starts, and lists the second one’s findings at its own rows', async () => {
    const grids = await projectGrids('stacked');
    const projects = checkPane(grids).projects ?? [];
    const gateway = fakeGateway(async () => grids);
    renderApp(gateway);
    await runCheck(gateway);
    const list = screen.getByRole('region', { name: '问题列表' });
    const [first, second] = projects as [ProjectView, ProjectView];
    expect(second.rows.top).toBeGreaterThan(first.rows.bottom);
    expect(within(projectGroup(list, first.name ?? '')).getByText(`工作表“${STACKED_SHEET}”第 1 行起`)).toBeTruthy();
    const group = projectGroup(list, second.name ?? '');
    expect(within(group).getByText(`工作表“${STACKED_SHEET}”第 ${second.rows.top + 1} 行起`)).toBeTruthy();
    fireEvent.click(onlyButton(list, /全部展开/));
    const rows = buttons(group, /按 Enter 定位/).map((b) =>
      Number(/^[^，]+，[A-Z]+(\d+)/.exec(b.getAttribute('aria-label') ?? '')?.[1]),
    );
    expect(rows.length).toBe(second.findings.length);
    expect(rows.every((row) => row > first.rows.bottom + 1)).toBe(true);
  });
});

describe('four project forms, one per sheet', () => {
  it('starts with every project folded, each summary and count in view, and opens one on a click', async () => {
    const [a, b] = await projectGrids('sheets');
    const grids = [a, b, a, b].map((grid, i) => ({ ...(grid as Grid), name: `项目${i + 1}` }));
    const projects = checkPane(grids).projects ?? [];
    expect(projects).toHaveLength(4);
    const gateway = fakeGateway(async () => grids);
    renderApp(gateway);
    await runCheck(gateway);
    expect(screen.getByText('本工作簿含 4 个项目，每个项目分别检查。')).toBeTruthy();
    const list = screen.getByRole('region', { name: '问题列表' });
    const toggles = within(list)
      .getAllByRole('heading', { level: 3, hidden: true })
      .map((h) => within(h).getByRole('button', { hidden: true }));
    expect(toggles.map((t) => t.getAttribute('aria-expanded'))).toEqual(['false', 'false', 'false', 'false']);
    expect(buttons(list, /^(错误|警告|提示)：/)).toEqual([]);
    expect(within(list).getAllByText(/^工作表“项目\d”第 1 行起$/)).toHaveLength(4);
    fireEvent.click(toggles[3] as HTMLElement);
    const fourth = projects[3] as ProjectView;
    const kinds = new Set(fourth.findings.map((f) => `${f.rule}\u0000${f.severity}`));
    expect(buttons(list, /^(错误|警告|提示)：/)).toHaveLength(kinds.size);
  });
});

describe('a project whose score can be recomputed', () => {
  it('shows its stated and recomputed score and grade, in red where they differ', async () => {
    // 银川市第六中学's 公用经费 project (2021, tests/forms) states 98; the national scoring recomputes it.
    const grids = [
      { ...(await formGrid('ningxia-yinchuan-liuzhong-gongyong-2021')), name: '公用经费' },
      { ...(await formGrid(PROJECT_FORMS[0].id)), name: PROJECT_FORMS[0].sheet },
    ];
    const projects = checkPane(grids).projects ?? [];
    const scored = projects[0] as ProjectView;
    const { stated, recomputed, grade } = scored.summary.score;
    expect([typeof stated, typeof recomputed, typeof grade.recomputed]).toEqual(['number', 'number', 'string']);
    const gateway = fakeGateway(async () => grids);
    renderApp(gateway);
    await runCheck(gateway);
    const group = projectGroup(screen.getByRole('region', { name: '问题列表' }), scored.name ?? '');
    const score = within(group).getByText(
      `得分：填报 ${formatScore(stated ?? 0)} / 重算 ${formatScore(recomputed ?? 0)}`,
    );
    const gradeLine = within(group).getByText(`等级：填报 ${grade.stated ?? '未填'} / 重算 ${grade.recomputed}`);
    // The score differs from the stated one and is set apart; the grade, not stated, is not.
    expect(stated).not.toBe(recomputed);
    expect(grade.stated).toBeUndefined();
    expect(score.className).not.toBe(gradeLine.className);
    // The other project has no recomputed score: no score line.
    const other = projectGroup(screen.getByRole('region', { name: '问题列表' }), projects[1]?.name ?? '');
    expect(within(other).queryByText(/^得分：/)).toBeNull();
  });
});

describe('one project form', () => {
  it('looks as before: the summary and the findings by sheet, no project groups', async () => {
    const [first] = await projectGrids('sheets');
    const gateway = fakeGateway(async () => [first as Grid]);
    renderApp(gateway);
    await runCheck(gateway);
    expect(screen.queryByText(/本工作簿含 \d+ 个项目/)).toBeNull();
    const list = screen.getByRole('region', { name: '问题列表' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3, hidden: true })
        .map((h) => h.textContent),
    ).toEqual([expect.stringMatching(new RegExp(`^${PROJECT_FORMS[0].sheet}：\\d+ 个问题$`))]);
    expect(screen.getByText('自评得分')).toBeTruthy();
  });
});
