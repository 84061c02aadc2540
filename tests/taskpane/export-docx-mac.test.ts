// Excel for Mac ignores <a download>: there the export goes to the default browser through openBrowserWindow, with
// the report in this page's URL fragment; the page opened from that URL gets back the same report.
import {
  EXPORT_FRAGMENT,
  needsBrowserExport,
  reportFromUrl,
  saveReportDocx,
} from '../../src/taskpane/ReportPanel/export-docx';
import { sampleReport } from '../report/support';

const office = (platform: string, openBrowserWindow?: (url: string) => void) => ({
  PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
  context: {
    platform,
    requirements: { isSetSupported: (name: string) => name === 'OpenBrowserWindowApi' },
    ui: openBrowserWindow ? { openBrowserWindow } : {},
  },
});

beforeAll(() => {
  (globalThis as { window?: unknown }).window = { location: { href: 'https://localhost:3000/taskpane.html' } };
});
afterAll(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('the Word export by platform', () => {
  it('takes the browser detour on Excel for Mac only', () => {
    expect(needsBrowserExport(office('Mac', () => undefined))).toBe(true);
    expect(needsBrowserExport(office('PC', () => undefined))).toBe(false);
    expect(needsBrowserExport(office('OfficeOnline', () => undefined))).toBe(false);
    expect(needsBrowserExport(office('Mac'))).toBe(false);
    expect(needsBrowserExport(undefined)).toBe(false);
  });

  it('on Mac opens this page in the browser with the report, which the page reads back exactly', async () => {
    const { report } = await sampleReport();
    const opened: string[] = [];
    const download = jest.fn();
    await expect(
      saveReportDocx(
        report,
        '自评报告.docx',
        download,
        office('Mac', (url) => opened.push(url)),
      ),
    ).resolves.toBe('browser');
    expect(download).not.toHaveBeenCalled();
    expect(opened).toHaveLength(1);
    const url = opened[0] ?? '';
    expect(url.startsWith(`https://localhost:3000/taskpane.html${EXPORT_FRAGMENT}`)).toBe(true);
    // Browsers keep URLs of this length; the fragment never reaches a server.
    expect(url.length).toBeLessThan(200_000);
    await expect(reportFromUrl(url)).resolves.toEqual({ report, fileName: '自评报告.docx' });
  });

  it('elsewhere downloads the .docx', async () => {
    const { report } = await sampleReport();
    const download = jest.fn();
    await expect(
      saveReportDocx(
        report,
        'a.docx',
        download,
        office('PC', () => undefined),
      ),
    ).resolves.toBe('downloaded');
    const [blob, name] = download.mock.calls[0] as [Blob, string];
    expect(name).toBe('a.docx');
    expect(String.fromCharCode(...new Uint8Array(await blob.arrayBuffer()).subarray(0, 2))).toBe('PK');
  });
});
