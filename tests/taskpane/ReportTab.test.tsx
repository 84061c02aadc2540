/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs (the sample's reader) needs the node build of its uuid dependency, hence the export conditions.
// The 报告 tab through a fake gateway: the preview, 写入工作表 and 导出 Word (a confirmed draft while errors are open).
import { fireEvent, screen, within } from '@testing-library/react';
import { loadSampleGrids } from '../support/sample';
import { brokenSample, fakeGateway, renderApp, runCheck, setUpJsdom } from './app-harness';

setUpJsdom();

describe('报告', () => {
  it('shows the report and writes the sheet, replacing an existing one only after confirmation', async () => {
    const gateway = fakeGateway(loadSampleGrids);
    gateway.writeReportSheet.mockResolvedValueOnce('exists').mockResolvedValueOnce('written');
    renderApp(gateway);
    await runCheck(gateway);

    fireEvent.click(screen.getByRole('tab', { name: '报告' }));
    expect(await screen.findByRole('region', { name: '自评报告' })).toBeTruthy();
    // Queried in the action bar: each of the preview's many sentence buttons costs jsdom a getComputedStyle per name.
    fireEvent.click(
      within(screen.getByRole('group', { name: '报告操作' })).getByRole('button', { name: '写入工作表' }),
    );
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

    /** Checks the workbook, opens 报告; the .docx itself is the report builder's (tests/report), so saving is faked. */
    async function openReportTab(load: Parameters<typeof fakeGateway>[0]) {
      const exportModule = await import('../../src/taskpane/ReportPanel/export-docx');
      const exportDocx = jest
        .spyOn(exportModule, 'saveReportDocx')
        .mockImplementation(async (_report, file, download) => {
          download(new Blob(['docx']), file);
          return 'downloaded';
        });
      const gateway = fakeGateway(load);
      renderApp(gateway);
      await runCheck(gateway);
      fireEvent.click(screen.getByRole('tab', { name: '报告' }));
      return { exportDocx, bar: screen.getByRole('group', { name: '报告操作' }) };
    }

    it('with errors open, asks first: 先去修正 goes to 检查, 仍然导出草稿 exports a draft', async () => {
      const { exportDocx, bar } = await openReportTab(brokenSample);
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
      fireEvent.click(
        within(screen.getByRole('group', { name: '报告操作' })).getByRole('button', { name: '导出 Word' }),
      );
      dialog = await screen.findByRole('dialog', { hidden: true });
      fireEvent.click(within(dialog).getByRole('button', { name: '仍然导出草稿', hidden: true }));
      await within(screen.getByRole('group', { name: '报告操作' })).findByText(
        /^已生成草稿 自评报告-遂溪县应急管理局本级-2024\.docx/,
      );
      // The report itself is the draft: it carries the open errors, and the .docx marks itself 草稿 from them.
      expect(exportDocx).toHaveBeenCalledTimes(1);
      expect(exportDocx.mock.calls[0]?.[0].draft?.openErrors).toHaveLength(Number(errors));
      expect(downloads).toHaveLength(1);
    });

    it('with no error open, exports the final report at once', async () => {
      const { exportDocx, bar } = await openReportTab(loadSampleGrids);
      fireEvent.click(within(bar).getByRole('button', { name: '导出 Word' }));
      await within(bar).findByText('已生成 自评报告-遂溪县应急管理局本级-2024.docx。');
      expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
      expect(exportDocx).toHaveBeenCalledTimes(1);
      expect(exportDocx.mock.calls[0]?.[0].draft).toBeUndefined();
      expect(downloads).toHaveLength(1);
    });
  });
});
