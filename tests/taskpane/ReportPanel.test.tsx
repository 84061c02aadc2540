/** @jest-environment jsdom */
// The report panel with fake props, queried by role as a person would find things.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Finding } from '../../src/core/finding';
import type { Report } from '../../src/report/report-model';
import { ReportPanel, type ReportPanelProps } from '../../src/taskpane/ReportPanel/ReportPanel';
import { reportFileName } from '../../src/taskpane/ReportPanel/export-docx';

const D17 = { sheet: '自评数据表', row: 16, col: 3 };
const E17 = { sheet: '自评数据表', row: 16, col: 4 };

const REPORT: Report = {
  front: [
    { role: 'attachment', runs: [{ kind: 'outline', text: '附件6' }] },
    { role: 'title', runs: [{ kind: 'outline', text: '部门整体支出绩效自评报告' }] },
  ],
  sections: [
    {
      id: '1',
      level: 1,
      heading: '一、单位基本情况',
      paragraphs: [],
      children: [
        {
          id: '1.4',
          level: 2,
          heading: '（四）部门整体支出情况。',
          paragraphs: [
            {
              role: 'body',
              runs: [
                { kind: 'generated', text: '收入预算安排34474255.03元，决算支出34474740.51元。', sources: [D17, E17] },
                { kind: 'outline', text: '严格执行预算。' },
              ],
            },
          ],
          children: [],
        },
      ],
    },
    {
      id: '4',
      level: 1,
      heading: '四、其他自评情况',
      paragraphs: [
        { role: 'body', runs: [{ kind: 'missing', text: '【待填写：其他自评情况】', field: '其他自评情况' }] },
      ],
      children: [],
    },
  ],
  meta: { unit: '遂溪县应急管理局本级', year: 2024, amountUnit: '元' },
};

const ERROR: Finding = {
  rule: 'score-total',
  severity: 'error',
  sheet: '自评评分表',
  cells: ['J22'],
  message: '合计得分与各项得分之和不符。',
  refs: [{ sheet: '自评评分表', row: 21, col: 9 }],
};
const WARNING: Finding = { ...ERROR, rule: 'overspend', severity: 'warning', message: '超预算支出。' };

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeAll(() => {
  globalThis.ResizeObserver ??= NoopResizeObserver;
});

function renderPanel(overrides: Partial<ReportPanelProps> = {}) {
  const props: ReportPanelProps = {
    report: REPORT,
    findings: [ERROR, WARNING],
    onSelectSources: jest.fn(),
    onShowFindings: jest.fn(),
    onExportDocx: jest.fn(),
    onCopyText: jest.fn(),
    onWriteSheet: jest.fn(),
    ...overrides,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportPanel {...props} />
    </FluentProvider>,
  );
  return props;
}

describe('ReportPanel', () => {
  it('previews the report with its outline headings', () => {
    renderPanel();
    const preview = screen.getByRole('article', { name: '报告预览' });
    expect(within(preview).getByText('部门整体支出绩效自评报告')).toBeTruthy();
    expect(within(preview).getByRole('button', { name: '一、单位基本情况' })).toBeTruthy();
    expect(within(preview).getByRole('heading', { name: '（四）部门整体支出情况。' })).toBeTruthy();
    expect(within(preview).getByText('【待填写：其他自评情况】').tagName).toBe('MARK');
  });

  it('selects the source cells when a generated sentence is clicked or activated with Enter', () => {
    const props = renderPanel();
    const sentence = screen.getByRole('button', { name: '收入预算安排34474255.03元，决算支出34474740.51元。' });
    fireEvent.click(sentence);
    expect(props.onSelectSources).toHaveBeenCalledWith([D17, E17]);
    fireEvent.keyDown(sentence, { key: 'Enter' });
    expect(props.onSelectSources).toHaveBeenCalledTimes(2);
  });

  it('keeps a generated sentence inline in its paragraph, the text around it in the same line box', () => {
    renderPanel();
    const sentence = screen.getByRole('button', { name: /^收入预算安排/ });
    // A <button> would be an atomic inline-block: the browser draws each sentence as its own block.
    expect(sentence.tagName).toBe('SPAN');
    expect(sentence.tabIndex).toBe(0);
    expect(sentence.parentElement?.tagName).toBe('P');
    expect(sentence.parentElement?.textContent).toBe(
      '收入预算安排34474255.03元，决算支出34474740.51元。严格执行预算。',
    );
  });

  it('collapses a section', () => {
    renderPanel();
    const header = screen.getByRole('button', { name: '一、单位基本情况' });
    expect(header.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(header);
    expect(header.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: /收入预算安排/ })).toBeNull();
  });

  it('offers Word, 复制文本 and 写入工作表', () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: '导出 Word' }));
    fireEvent.click(screen.getByRole('button', { name: '复制文本' }));
    fireEvent.click(screen.getByRole('button', { name: '写入工作表' }));
    expect(props.onExportDocx).toHaveBeenCalledTimes(1);
    expect(props.onCopyText).toHaveBeenCalledTimes(1);
    expect(props.onWriteSheet).toHaveBeenCalledTimes(1);
  });

  it('states the open errors in one line, with a link to 检查 instead of repeating them', () => {
    const props = renderPanel();
    const bar = screen.getByRole('group', { name: '报告操作' });
    expect(within(bar).getByText(/^还有 1 个错误未修正，此时导出的报告为草稿。/)).toBeTruthy();
    expect(screen.queryByText('合计得分与各项得分之和不符。')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
    fireEvent.click(within(bar).getByRole('button', { name: '到“检查”页查看' }));
    expect(props.onShowFindings).toHaveBeenCalledTimes(1);
  });

  it("shows an action's outcome in the bar with the actions, and disables them while busy", () => {
    renderPanel({ feedback: { intent: 'success', text: '已生成 报告.docx。' }, busy: true });
    const bar = screen.getByRole('group', { name: '报告操作' });
    expect(within(bar).getByText('已生成 报告.docx。')).toBeTruthy();
    expect(within(bar).getByRole('button', { name: '导出 Word' })).toHaveProperty('disabled', true);
  });

  it('says so when there is no error', () => {
    renderPanel({ findings: [WARNING] });
    expect(screen.queryByText(/未修正/)).toBeNull();
    expect(screen.getByText('未发现错误，可以导出。')).toBeTruthy();
  });

  it('names the Word file after the unit and year', () => {
    expect(reportFileName(REPORT)).toBe('自评报告-遂溪县应急管理局本级-2024.docx');
  });

  it('names a project report after the project, as the CLI does', () => {
    const project = { ...REPORT, meta: { ...REPORT.meta, project: { name: '水旱灾害防御/经费', count: 1 } } };
    expect(reportFileName(project)).toBe('项目支出绩效自评情况-水旱灾害防御_经费-2024.docx');
  });
});
