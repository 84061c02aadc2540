// Smoke test of the built task pane in headless Chromium, with office.js replaced by a stub Excel host.
// Needs /usr/bin/chromium. Builds build/ with webpack's Node API first when it is missing.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import webpack from 'webpack';
import { serveBuild, type BuildServer } from '../../scripts/serve-build';

const ROOT = path.resolve(__dirname, '..', '..');
const BUILD = path.join(ROOT, 'build');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SCREENSHOT = process.env.ZIPING_SCREENSHOT ?? '/tmp/taskpane.png';

function buildOnce(): Promise<void> {
  if (fs.existsSync(path.join(BUILD, 'taskpane.html'))) return Promise.resolve();
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' }) as webpack.Configuration;
  return new Promise((resolve, reject) => {
    webpack({ ...config, context: ROOT }, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
}

describe('built task pane', () => {
  let server: BuildServer;
  let browser: Browser;

  beforeAll(async () => {
    await buildOnce();
    server = await serveBuild({ root: BUILD });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders inside a stub Excel host and lists the sheets after 检查, with no CSP violations', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 }, locale: 'zh-CN' });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // Nothing may leave the machine; the later route wins, so office.js is answered by the stub.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ contentType: 'text/javascript', path: path.join(__dirname, 'office-stub.js') }),
    );

    await page.goto(`${server.url}/taskpane.html`);
    await page
      .getByRole('heading', { name: '绩效自评助手' })
      .waitFor({ timeout: 10_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\npage problems: ${problems.join('\n') || 'none'}`);
      });
    await page.getByRole('button', { name: '检查' }).click();
    const table = page.getByRole('table', { name: '工作簿中的工作表' });
    await table.waitFor();

    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      '部门整体支出绩效自评表 3 行 × 4 列',
      '自评指标评分表 3 行 × 4 列',
    ]);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(problems).toEqual([]);
  }, 60_000);

  it('tells a person outside Excel to open it in Excel when office.js cannot load', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 }, locale: 'zh-CN' });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());

    await page.goto(`${server.url}/taskpane.html`);

    await page.getByRole('heading', { name: '请在 Excel 中打开本加载项' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: '检查' }).count()).toBe(0);
  }, 60_000);
});
