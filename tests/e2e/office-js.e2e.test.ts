// The built task pane with Microsoft's real office.js (@microsoft/office-js, pinned), served under its CDN address
// by the browser route: outside Excel the pane says so, a blocked office.js and a host that never becomes ready each
// get their own message, and office.js runs under the page's Content-Security-Policy without a violation.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BuildServer } from '../../scripts/serve-build';
import { closeBuiltPages, openBuiltPages } from './build-once';
import { exportUrl } from '../../src/taskpane/ReportPanel/export-docx';
import { sampleReport } from '../report/support';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** Everything under the CDN's hosted/ folder from the package's dist/, as the CDN serves it. */
async function serveOfficeJs(page: Page, requested: string[]): Promise<void> {
  await page.route(`${CDN}**`, (route) => {
    const relative = decodeURIComponent(new URL(route.request().url()).pathname.replace('/lib/1/hosted/', ''));
    requested.push(relative);
    const file = path.join(OFFICE_DIST, relative);
    if (!file.startsWith(OFFICE_DIST) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: 'text/javascript', path: file });
  });
}

describe('task pane with the real office.js', () => {
  let server: BuildServer;
  let browser: Browser;

  beforeAll(async () => {
    ({ server, browser } = await openBuiltPages());
  }, 120_000);

  afterAll(() => closeBuiltPages({ server, browser }));

  async function open(setup: (page: Page) => Promise<void>) {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 }, locale: 'zh-CN' });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy|Refused/i.test(message.text()))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // Nothing may leave the machine; later routes win.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await setup(page);
    await page.goto(`${server.url}/taskpane.html`);
    return { page, problems };
  }

  it('outside Excel, office.js loads under the CSP and the pane asks to be opened in Excel', async () => {
    const requested: string[] = [];
    const { page, problems } = await open((p) => serveOfficeJs(p, requested));
    await page.getByRole('heading', { name: '请在 Excel 中打开本加载项' }).waitFor({ timeout: 15_000 });
    expect(requested).toContain('office.js');
    expect(await page.evaluate(() => typeof (window as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe(
      'function',
    );
    expect(await page.getByRole('button', { name: '检查' }).count()).toBe(0);
    expect(problems).toEqual([]);
  }, 60_000);

  it('says office.js could not be loaded when the CDN is blocked', async () => {
    const { page } = await open(async () => undefined);
    await page.getByRole('heading', { name: '无法加载 Office 组件' }).waitFor({ timeout: 15_000 });
    expect(await page.getByText('appsforoffice.microsoft.com').count()).toBe(1);
  }, 60_000);

  it('says Excel is not answering when Office.onReady never resolves (after the 10 s limit)', async () => {
    const { page } = await open(async (p) => {
      await p.route(`${CDN}office.js`, (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: 'window.Office = { HostType: { Excel: "Excel" }, onReady: function () { return new Promise(function () {}); } };',
        }),
      );
    });
    expect(await page.getByRole('heading', { name: 'Excel 没有响应' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Excel 没有响应' }).waitFor({ timeout: 20_000 });
  }, 60_000);

  it("the browser page Excel for Mac opens for 导出 Word downloads the report's .docx", async () => {
    const { report } = await sampleReport();
    const url = await exportUrl(report, '自评报告-测试.docx', `${server.url}/taskpane.html`);
    const page = await browser.newPage({ acceptDownloads: true });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await page.goto(url);
    const file = await download;
    expect(file.suggestedFilename()).toBe('自评报告-测试.docx');
    const bytes = fs.readFileSync((await file.path()) ?? '');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
  }, 60_000);
});
