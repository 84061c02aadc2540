// Smoke test of the built task pane in headless Chromium, with office.js replaced by a stub Excel host.
// Needs /usr/bin/chromium. Builds build/ with webpack's Node API first when it is missing or stale.
// The whole check flow runs on the offline page (file host) in web.e2e.test.ts; this stub only proves the page boots.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { BuildServer } from '../../scripts/serve-build';
import { BUILD, closeBuiltPages, openBuiltPages } from './build-once';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SCREENSHOT = process.env.ZIPING_SCREENSHOT ?? '/tmp/taskpane.png';

/** The scripts a page loads, from the built HTML (html-webpack-plugin writes them as src=name.js). */
function scriptsOf(page: string): string[] {
  const html = fs.readFileSync(path.join(BUILD, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !src.startsWith('http'));
}

describe('built task pane', () => {
  let server: BuildServer;
  let browser: Browser;

  beforeAll(async () => {
    ({ server, browser } = await openBuiltPages());
  }, 120_000);

  afterAll(() => closeBuiltPages({ server, browser }));

  it('renders inside a stub Excel host with its three tabs, with no CSP violations', async () => {
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
    for (const name of ['检查', '重算', '报告']) expect(await page.getByRole('tab', { name }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '检查' }).count()).toBe(1);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(problems).toEqual([]);
  }, 60_000);

  it('ships none of the offline page (src/web) in the add-in page', () => {
    const taskpane = scriptsOf('taskpane.html');
    const web = scriptsOf('index.html');
    expect(taskpane.length).toBeGreaterThan(0);
    // The page's root carries this attribute; only the page's own entry chunk has it.
    const withPage = fs
      .readdirSync(BUILD)
      .filter(
        (name) => name.endsWith('.js') && fs.readFileSync(path.join(BUILD, name), 'utf8').includes('data-ziping-web'),
      );
    expect(withPage.length).toBeGreaterThan(0);
    for (const name of withPage) {
      expect(taskpane).not.toContain(name);
      expect(web).toContain(name);
    }
  });

  it('says office.js could not be loaded when it cannot load (the CDN blocked)', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 }, locale: 'zh-CN' });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());

    await page.goto(`${server.url}/taskpane.html`);

    await page.getByRole('heading', { name: '无法加载 Office 组件' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: '检查' }).count()).toBe(0);
  }, 60_000);
});
