// Smoke test of the built task pane in headless Chromium, with office.js answered by the office-js simulation
// (tests/support/office-sim, Microsoft 365 profile). Needs /usr/bin/chromium. Builds build/ with webpack's Node API
// first when it is missing or stale. The whole flow on every Excel version is in profiles.e2e.test.ts;
// the offline page (file host) in web.e2e.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { BuildServer } from '../../scripts/serve-build';
import { profile } from '../support/office-sim/profiles';
import { BUILD, ROOT, closeBuiltPages, openBuiltPages } from './build-once';
import { openInSimulatedExcel } from './profile-page';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'assets', 'sample-2024.xlsx'));
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

  it('renders inside the simulated Excel host with its three tabs, with no CSP violations', async () => {
    const { page, problems } = await openInSimulatedExcel(browser, `${server.url}/taskpane.html`, {
      host: profile('m365'),
      xlsx: SAMPLE,
      width: 360,
    });
    await page
      .getByRole('heading', { name: '绩效自评助手' })
      .waitFor({ timeout: 10_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\npage problems: ${problems.join('\n') || 'none'}`);
      });
    for (const name of ['检查', '重算', '报告']) expect(await page.getByRole('tab', { name }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^(重新)?检查$/ }).count()).toBe(1);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(problems).toEqual([]);
  }, 60_000);

  it('ships none of the office-js simulation: it is bundled by the tests only', () => {
    const built = fs.readdirSync(BUILD).filter((name) => /\.(js|html)$/.test(name));
    expect(built.length).toBeGreaterThan(0);
    for (const name of built)
      expect({ name, sim: fs.readFileSync(path.join(BUILD, name), 'utf8').includes('__officeSim') }).toEqual({
        name,
        sim: false,
      });
  });

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
