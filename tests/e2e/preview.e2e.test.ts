// The built task pane in headless Chromium on the simulated Excel host (build/preview.html), driven as a person would:
// check the sample and a broken workbook, jump to a cell, clear the marks, write back and undo; open a workbook and see it
// re-checked; the findings tree, the report tab and the layout at 320 and 350 px. Screenshots go to
// artifacts/ (git-ignored). Needs /usr/bin/chromium; builds build/ first when it is missing or stale.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { BuildServer } from '../../scripts/serve-build';
import { ROOT, closeBuiltPages, openBuiltPages } from './build-once';

const ARTIFACTS = path.join(ROOT, 'artifacts');
const DATA = '自评数据表';
const INVALID_ALL = path.join(ROOT, 'tests', 'fixtures', 'invalid-all.xlsx');

type SimFill = { color: string; pattern: string; patternColor: string | null };
type HostCell = { value: unknown; formula?: string; numFmt: string; fill: SimFill | null } | undefined;

/** The sample with two planted mistakes: a wrong 执行率 (F17 typed as 98%) and a 合计 typed over its formula (D17). */
async function brokenSampleBase64(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(ROOT, 'assets', 'sample-2024.xlsx'));
  const sheet = workbook.getWorksheet(DATA);
  if (!sheet) throw new Error(`sample has no ${DATA}`);
  sheet.getCell('F17').value = 0.98;
  sheet.getCell('D17').value = 34474000;
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('browser preview on the simulated Excel host', () => {
  let server: BuildServer;
  let browser: Browser;
  let broken: string;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    [broken, { server, browser }] = await Promise.all([brokenSampleBase64(), openBuiltPages()]);
  }, 300_000);

  afterAll(() => closeBuiltPages({ server, browser }));

  async function openPreview(width: number, problems: string[] = []): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${server.url}/preview.html`);
    await page
      .getByRole('heading', { name: '绩效自评助手' })
      .waitFor({ timeout: 20_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\npage problems: ${problems.join('\n') || 'none'}`);
      });
    return page;
  }

  /** Clicks 检查 (or 重新检查) and waits until the check, including the marks, is done. */
  async function check(page: Page): Promise<void> {
    await page.getByRole('button', { name: /^(重新)?检查$/ }).click();
    await page
      .getByRole('status')
      .waitFor({ state: 'detached', timeout: 30_000 })
      .catch(() => undefined);
    await page.getByRole('region', { name: '检查结果概要' }).waitFor({ timeout: 30_000 });
    await page.getByRole('status').waitFor({ state: 'detached', timeout: 30_000 });
  }

  const hostCell = (page: Page, sheet: string, address: string) =>
    page.evaluate(
      ([s, a]) =>
        (window as unknown as { __zipingHost: { cell(s: string, a: string): HostCell } }).__zipingHost.cell(
          s ?? '',
          a ?? '',
        ),
      [sheet, address],
    );
  const hostFills = (page: Page, sheet: string) =>
    page.evaluate(
      (s) =>
        (window as unknown as { __zipingHost: { fills(s: string): Record<string, SimFill> } }).__zipingHost.fills(s),
      sheet,
    );
  const loadBroken = (page: Page) =>
    page.evaluate(
      (b64) =>
        (window as unknown as { __zipingHost: { loadWorkbook(b: string): Promise<void> } }).__zipingHost.loadWorkbook(
          b64,
        ),
      broken,
    );

  async function expectNoHorizontalScroll(page: Page): Promise<void> {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }

  it('checks the sample: recognised, score 99 / 优, no error findings; fits 350 px and 500 px', async () => {
    for (const width of [350, 500]) {
      const problems: string[] = [];
      const page = await openPreview(width, problems);
      await check(page);
      const summary = page.getByRole('region', { name: '检查结果概要' });
      expect(await summary.getByText('遂溪县应急管理局本级').count()).toBe(1);
      expect(await summary.getByText('填报 99 / 重算 99').count()).toBe(1);
      expect(await page.getByRole('button', { name: /^错误，/ }).count()).toBe(0);
      expect(await page.evaluate(() => performance.getEntriesByName('ziping:first-findings').length)).toBeGreaterThan(
        0,
      );
      await expectNoHorizontalScroll(page);
      await page.screenshot({ path: path.join(ARTIFACTS, `preview-check-sample-${width}.png`), fullPage: true });
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('lists the planted mistakes, selects a finding’s cell, marks the cells and restores the original fills', async () => {
    const page = await openPreview(350);
    await loadBroken(page);
    const before = await hostFills(page, DATA);
    await check(page);

    const rate = page.getByRole('button', { name: /^错误，F17：/ });
    await rate.first().waitFor();
    expect(await page.getByRole('button', { name: /^错误，D17：/ }).count()).toBeGreaterThan(0);
    expect(
      await page
        .getByRole('group', { name: '问题数量' })
        .getByText(/^错误 \d+$/)
        .textContent(),
    ).not.toBe('错误 0');

    await rate.first().click();
    await page.waitForFunction(
      () =>
        (
          window as unknown as { __zipingHost: { selection(): { address: string } | undefined } }
        ).__zipingHost.selection()?.address === 'F17',
    );
    expect(
      await page.evaluate(() =>
        (window as unknown as { __zipingHost: { selection(): unknown } }).__zipingHost.selection(),
      ),
    ).toEqual({ sheet: DATA, address: 'F17' });

    const marked = await hostFills(page, DATA);
    expect(marked.F17).toBeDefined();
    expect(marked.F17).not.toEqual(before.F17);
    expect(marked).not.toEqual(before);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-check-broken-350.png'), fullPage: true });
    await expectNoHorizontalScroll(page);

    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText('已清除单元格上的标记。').waitFor();
    expect(await hostFills(page, DATA)).toEqual(before);
    await page.close();
  }, 120_000);

  it('writes the recalculated values back from the 重算 tab, then undoes exactly', async () => {
    const page = await openPreview(500);
    await loadBroken(page);
    await check(page);
    const original = { F17: await hostCell(page, DATA, 'F17'), D17: await hostCell(page, DATA, 'D17') };
    expect(original.F17?.formula).toBeUndefined();

    await page.getByRole('tab', { name: '重算' }).click();
    const preview = page.getByRole('table', { name: /^建议写回的单元格/ });
    await preview.waitFor();
    expect(await preview.getByRole('button', { name: 'F17' }).count()).toBe(1);
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-recalc-500.png'), fullPage: true });
    await page.setViewportSize({ width: 350, height: 900 });
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-recalc-350.png'), fullPage: true });

    await page.getByRole('button', { name: '应用' }).click();
    await page.getByText(/^已写入 \d+ 个单元格/).waitFor();
    const written = { F17: await hostCell(page, DATA, 'F17'), D17: await hostCell(page, DATA, 'D17') };
    // Formulas (the default) keep the sheet live; the simulated host recalculates them.
    expect(written.D17?.formula).toMatch(/^=/);
    expect(written.D17?.value).toBeCloseTo(34474255.03, 2);
    expect(written.F17?.formula).toMatch(/^=/);
    expect(written.F17?.value).toBeCloseTo(34474740.51 / 34474255.03, 10);

    await page.getByRole('button', { name: '撤销' }).click();
    await page.getByText('已恢复写入前的内容。').waitFor();
    // Contents and number formats come back exactly; fills follow the re-check's marks, so they are left out here.
    const contents = (cell: HostCell) => cell && { value: cell.value, formula: cell.formula, numFmt: cell.numFmt };
    expect(contents(await hostCell(page, DATA, 'F17'))).toEqual(contents(original.F17));
    expect(contents(await hostCell(page, DATA, 'D17'))).toEqual(contents(original.D17));
    await page.close();
  }, 120_000);

  /** Visible elements that reach past the pane's right edge (a clipped overflow doesn't show in scrollWidth). */
  const overflowing = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      for (const element of document.querySelectorAll('body *')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
        if (element.closest('[aria-hidden="true"], [hidden]')) continue;
        if (box.right > width + 0.5 || box.left < -0.5)
          out.push(
            `${element.tagName.toLowerCase()} ${Math.round(box.left)}..${Math.round(box.right)}: ${(element.textContent ?? '').slice(0, 40)}`,
          );
      }
      return out;
    });

  async function openFile(page: Page, file: string): Promise<void> {
    await page.locator('input[type=file]').setInputFiles(file);
  }

  it('re-checks a workbook opened with 打开 .xlsx…; its findings fold into a tree that fits two screens', async () => {
    const problems: string[] = [];
    const page = await openPreview(350, problems);
    await page.setViewportSize({ width: 350, height: 800 });
    await page.getByText('填报 99 / 重算 99').waitFor({ timeout: 30_000 });
    await openFile(page, INVALID_ALL);
    // No click on 检查: opening the file is asking for a check, as opening a workbook in Excel is.
    await page.getByText('填报 97 / 重算 98').waitFor({ timeout: 30_000 });
    await page.getByRole('status').waitFor({ state: 'detached', timeout: 30_000 });
    const list = page.getByRole('region', { name: '问题列表' });
    expect(await list.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      expect.stringMatching(/^自评数据表：\d+ 个问题$/),
      expect.stringMatching(/^自评评分表：\d+ 个问题$/),
      expect.stringMatching(/^报告素材：\d+ 个问题$/),
    ]);
    expect(await page.getByRole('button', { name: /按 Enter 定位/ }).count()).toBe(0);
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    expect(screens).toBeLessThanOrEqual(2);
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-findings-tree-350.png'), fullPage: true });

    // One problem kind opened, its finding selected: drawn in the brand colour with 已定位.
    await list.getByRole('button', { name: '错误：得分合计错误，1 处' }).click();
    const finding = list.getByRole('button', { name: /^错误，J22：/ });
    await finding.click();
    expect(await finding.getAttribute('aria-current')).toBe('true');
    await page.waitForFunction(
      () =>
        (
          window as unknown as { __zipingHost: { selection(): { address: string } | undefined } }
        ).__zipingHost.selection()?.address === 'J22',
    );
    await list.getByRole('button', { name: '警告：关联指标得分不符，2 处' }).click();
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-findings-open-350.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('has no horizontal overflow at 320 and 350 px on any of the three tabs', async () => {
    const page = await openPreview(320);
    await openFile(page, INVALID_ALL);
    await page.getByText('填报 97 / 重算 98').waitFor({ timeout: 30_000 });
    await page.getByRole('status').waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('button', { name: '全部展开' }).click();
    for (const width of [320, 350]) {
      await page.setViewportSize({ width, height: 800 });
      for (const tab of ['检查', '重算', '报告']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tabpanel').waitFor();
        await expectNoHorizontalScroll(page);
        expect({ width, tab, overflowing: await overflowing(page) }).toEqual({ width, tab, overflowing: [] });
      }
    }
    await page.close();
  }, 120_000);

  it('报告: sentences inline, the action bar stays in view, errors in one line, export with errors is a confirmed draft', async () => {
    const page = await openPreview(350);
    await page.setViewportSize({ width: 350, height: 800 });
    await openFile(page, INVALID_ALL);
    await page.getByText('填报 97 / 重算 98').waitFor({ timeout: 30_000 });
    await page.getByRole('status').waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('tab', { name: '报告' }).click();
    const bar = page.getByRole('group', { name: '报告操作' });
    await bar.getByText(/^还有 \d+ 个错误未修正，此时导出的报告为草稿。/).waitFor();

    // Generated sentences are inline spans in their paragraph: some wrap over several lines, none stands as a block.
    const sentences = await page.getByRole('article', { name: '报告预览' }).evaluate((article) =>
      [...article.querySelectorAll('[role="button"]')].map((span) => ({
        display: getComputedStyle(span).display,
        lines: span.getClientRects().length,
      })),
    );
    expect(sentences.length).toBeGreaterThan(5);
    expect(sentences.every((s) => s.display === 'inline')).toBe(true);
    expect(sentences.some((s) => s.lines > 1)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-report-errors-350.png') });

    // Scrolled to the end of the report, the actions are still on screen.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const exportButton = bar.getByRole('button', { name: '导出 Word' });
    const box = await exportButton.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);

    await exportButton.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/还有 \d+ 个错误未修正/).waitFor();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '仍然导出草稿' }).click();
    expect((await download).suggestedFilename()).toBe('自评报告-遂溪县应急管理局本级-2024.docx');
    const done = bar.getByText(/^已生成草稿 /);
    await done.waitFor();
    const doneBox = await done.boundingBox();
    expect(doneBox && doneBox.y >= 0 && doneBox.y + doneBox.height <= 800).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-report-exported-350.png') });

    await bar.getByRole('button', { name: '到“检查”页查看' }).click();
    expect(await page.getByRole('tab', { name: '检查' }).getAttribute('aria-selected')).toBe('true');
    await page.close();
  }, 120_000);

  it('re-checks by itself after the user edits a cell', async () => {
    const page = await openPreview(350);
    await check(page);
    expect(await page.getByRole('button', { name: /^错误，/ }).count()).toBe(0);
    await page.waitForTimeout(1500);
    await page.evaluate(
      (sheet) =>
        (
          window as unknown as { __zipingHost: { editCell(s: string, a: string, v: number): void } }
        ).__zipingHost.editCell(sheet, 'F17', 0.5),
      DATA,
    );
    await page
      .getByRole('button', { name: /^错误，F17：/ })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.getByRole('tab', { name: '报告' }).click();
    await page.getByRole('region', { name: '自评报告' }).waitFor();
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'preview-report-350.png') });
    await page.close();
  }, 120_000);
});
