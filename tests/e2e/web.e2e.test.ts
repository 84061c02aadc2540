// The offline page (build/index.html) in headless Chromium, opened from disk (file://) with every other request
// aborted and recorded: three workbooks opened and dropped, checked in a worker with a progress bar; the annotated copy,
// the report and the summary downloaded and verified; then the task pane on a file's host, driven as a person would
// (jump to a cell, clear the marks, write back and undo, the report tab, the layout at 320 and 350 px). Screenshots go
// to artifacts/ (git-ignored). Needs /usr/bin/chromium; builds build/ first when it is missing or stale.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import { checkFile } from '../../src/cli/check-file';
import { countBySeverity, type FileReport } from '../../src/cli/file-report';
import { SEVERITY_FILLS } from '../../src/xlsx/annotate';
import { BUILD, ROOT, ensureBuild } from './build-once';
import { launchChromium } from './chromium';
import { PROJECT_FORMS, projectWorkbook } from '../support/project-workbook';
import { loadExcel, markedCells } from '../support/workbook-diff';

const ARTIFACTS = path.join(ROOT, 'artifacts');
const PAGE_URL = pathToFileURL(path.join(BUILD, 'index.html')).href;
const DATA = '自评数据表';
const SAMPLE = path.join(ROOT, 'assets', 'sample-2024.xlsx');
const INVALID_ALL = path.join(ROOT, 'tests', 'fixtures', 'invalid-all.xlsx');
/** A real published form (tests/forms), rebuilt cell for cell: 衡山县贯塘乡人民政府's 2023 department self-evaluation. */
const REAL_FORM = path.join(
  ROOT,
  'tests',
  'forms',
  'hunan-hengshan-guantang-2023',
  'hunan-hengshan-guantang-2023.xlsx',
);
const SAMPLE_UNIT = '遂溪县应急管理局本级';
const REAL_UNIT = '衡山县贯塘乡人民政府';

/** The sample with two planted mistakes: a wrong 执行率 (F17 typed as 98%) and a 合计 typed over its formula (D17). */
async function brokenSample(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.getWorksheet(DATA);
  if (!sheet) throw new Error(`sample has no ${DATA}`);
  sheet.getCell('F17').value = 0.98;
  sheet.getCell('D17').value = 34474000;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  const file = await download.path();
  if (!file) throw new Error(`download ${download.suggestedFilename()} has no file`);
  return new Uint8Array(fs.readFileSync(file));
}

/** The cells the CLI's report of the same file marks: the worst severity by "sheet!row:col" of the merge's first cell. */
function expectedMarks(report: FileReport, workbook: ExcelJS.Workbook): Map<string, string> {
  return new Map([...markedCells(report, workbook)].map(([key, { severity }]) => [key, severity]));
}

const plain = (value: unknown) => JSON.stringify(value ?? null);

/**
 * Compares an annotated copy with its original cell by cell: the sheets are 检查结果 then the original ones in order;
 * each marked cell has its severity's fill and a note, and every cell keeps its value, formula and number format;
 * every other cell keeps its fill and note too. Returns the differences (none expected) and the marks found.
 */
async function compareCopy(original: Uint8Array, copy: Uint8Array, report: FileReport) {
  const [a, b] = await Promise.all([loadExcel(original), loadExcel(copy)]);
  const marks = expectedMarks(report, a);
  const differences: string[] = [];
  const same = (what: string, x: unknown, y: unknown) => {
    if (plain(x) !== plain(y)) differences.push(`${what}: ${plain(x)} -> ${plain(y)}`);
  };
  same(
    'sheets',
    ['检查结果', ...a.worksheets.map((ws) => ws.name)],
    b.worksheets.map((ws) => ws.name),
  );
  let marked = 0;
  for (const ws of a.worksheets) {
    const other = b.getWorksheet(ws.name);
    if (!other) continue;
    for (let r = 1; r <= Math.max(ws.rowCount, other.rowCount); r++)
      for (let c = 1; c <= Math.max(ws.columnCount, other.columnCount); c++) {
        const x = ws.getRow(r).getCell(c);
        const y = other.getRow(r).getCell(c);
        const at = `${ws.name}!${x.address}`;
        same(`${at} value`, [x.type, x.value, x.formula], [y.type, y.value, y.formula]);
        same(`${at} numFmt`, x.numFmt, y.numFmt);
        const severity = marks.get(`${ws.name}!${r - 1}:${c - 1}`);
        if (severity) {
          marked++;
          same(
            `${at} mark`,
            SEVERITY_FILLS[severity as 'error'],
            (y.fill as { fgColor?: { argb?: string } })?.fgColor?.argb,
          );
          if (!y.note) differences.push(`${at} has no note`);
        } else {
          same(`${at} fill`, x.fill, y.fill);
          same(`${at} note`, x.note, y.note);
        }
      }
    same(`${ws.name} merges`, [...(ws.model.merges ?? [])].sort(), [...(other.model.merges ?? [])].sort());
  }
  return { differences, marked, expected: marks.size };
}

describe('the offline page, opened from disk with the network blocked', () => {
  let browser: Browser;
  let broken: Buffer;
  /** Every request the pages tried that was not a file of the page (each one aborted). */
  const attempted: string[] = [];
  const seen: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    [broken] = await Promise.all([brokenSample(), ensureBuild()]);
    browser = await launchChromium();
  }, 600_000);

  afterAll(() => browser?.close());

  async function openPage(width: number, problems: string[] = []): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => seen.push(request.url()));
    await page.route(/^(?!file:)/, (route) => {
      attempted.push(route.request().url());
      return route.abort();
    });
    await page.goto(PAGE_URL);
    await page
      .getByRole('button', { name: '打开示例' })
      .waitFor({ timeout: 20_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\npage problems: ${problems.join('\n') || 'none'}`);
      });
    return page;
  }

  const fileRow = (page: Page, name: string) =>
    page.getByRole('list', { name: '已打开的文件' }).getByRole('listitem').filter({ hasText: name });

  async function download(page: Page, click: () => Promise<void>): Promise<Download> {
    const event = page.waitForEvent('download', { timeout: 60_000 });
    await click();
    return event;
  }

  /** Drops files on the page as a person drags them from a folder. */
  async function drop(page: Page, files: readonly string[]): Promise<void> {
    const payload = files.map((file) => ({
      name: path.basename(file),
      base64: fs.readFileSync(file).toString('base64'),
    }));
    const transfer = await page.evaluateHandle((items) => {
      const data = new DataTransfer();
      for (const item of items) {
        const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], item.name));
      }
      return data;
    }, payload);
    const target = page.locator('[data-ziping-web]');
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }

  describe('a batch of three workbooks', () => {
    let page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      page = await openPage(1280, problems);
    }, 60_000);
    afterAll(() => page?.close());

    it('checks two opened and one dropped workbook in a worker, with a progress bar and each file’s status', async () => {
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.locator('input[type=file]').setInputFiles([SAMPLE, INVALID_ALL]);
      await drop(page, [REAL_FORM]);
      await page.getByText('3 个文件已检查完').waitFor({ timeout: 120_000 });
      expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
      // Checked in a Web Worker started from a blob: URL (a file:// page may not start one from a file).
      expect(workers.some((url) => url.startsWith('blob:'))).toBe(true);
      expect(await page.getByText('浏览器不允许后台检查').count()).toBe(0);

      const sample = fileRow(page, 'sample-2024.xlsx');
      expect(await sample.getByText(SAMPLE_UNIT).count()).toBe(1);
      expect(await sample.getByText('未发现问题').count()).toBe(1);
      const invalid = fileRow(page, 'invalid-all.xlsx');
      const invalidReport = await checkFile(INVALID_ALL);
      const errors = invalidReport.findings.filter((f) => f.severity === 'error').length;
      expect(await invalid.getByText(`错误 ${errors}`, { exact: true }).count()).toBe(1);
      const real = fileRow(page, path.basename(REAL_FORM));
      expect(await real.getByText(REAL_UNIT).count()).toBe(1);
      await page.screenshot({ path: path.join(ARTIFACTS, 'web-batch-1280.png'), fullPage: true });
      expect(problems).toEqual([]);
    }, 180_000);

    it.each([
      ['invalid-all.xlsx', INVALID_ALL],
      [path.basename(REAL_FORM), REAL_FORM],
    ])(
      'downloads the annotated copy of %s: marks at the findings’ cells, everything else as it was',
      async (name, file) => {
        const saved = await download(page, () =>
          fileRow(page, name)
            .getByRole('button', { name: /的标注副本/ })
            .click(),
        );
        expect(saved.suggestedFilename()).toBe(name.replace(/\.xlsx$/, '（已标注）.xlsx'));
        const report = await checkFile(file);
        const { differences, marked, expected } = await compareCopy(
          new Uint8Array(fs.readFileSync(file)),
          await bytesOf(saved),
          report,
        );
        expect(differences).toEqual([]);
        expect(expected).toBeGreaterThan(0);
        expect(marked).toBe(expected);
      },
      120_000,
    );

    it('downloads the report (.docx): a valid package naming the unit', async () => {
      for (const [name, unit] of [
        ['sample-2024.xlsx', SAMPLE_UNIT],
        [path.basename(REAL_FORM), REAL_UNIT],
      ] as const) {
        const saved = await download(page, () =>
          fileRow(page, name)
            .getByRole('button', { name: /的自评报告/ })
            .click(),
        );
        expect(saved.suggestedFilename()).toMatch(new RegExp(`^自评报告-${unit}-\\d{4}\\.docx$`));
        const zip = await JSZip.loadAsync(await bytesOf(saved));
        const document = await zip.file('word/document.xml')?.async('string');
        expect(document).toContain(unit);
      }
    }, 120_000);

    it('downloads the summary workbook: one row per file with its unit', async () => {
      const saved = await download(page, () => page.getByRole('button', { name: '下载汇总表（3 个文件）' }).click());
      const workbook = await loadExcel(await bytesOf(saved));
      const sheet = workbook.worksheets[0];
      const rows = [2, 3, 4].map((r) => [sheet?.getCell(r, 1).value, sheet?.getCell(r, 3).value]);
      expect(rows).toEqual([
        ['sample-2024.xlsx', SAMPLE_UNIT],
        ['invalid-all.xlsx', SAMPLE_UNIT],
        [path.basename(REAL_FORM), REAL_UNIT],
      ]);
    }, 60_000);

    it('says why a file cannot be read, and keeps it out of the task pane', async () => {
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: '说明.xlsx', mimeType: 'text/plain', buffer: Buffer.from('不是工作簿') });
      const row = fileRow(page, '说明.xlsx');
      await row.getByText(/^无法读取：/).waitFor({ timeout: 60_000 });
      expect(await row.getByRole('button', { name: '说明.xlsx', exact: true }).isDisabled()).toBe(true);
      expect(await row.getByRole('button', { name: /标注副本/ }).count()).toBe(0);
    }, 60_000);
  });

  describe('the task pane on a file’s host', () => {
    /** Opens files with the file input; the first becomes the shown one, whose pane checks it on opening. */
    async function show(page: Page, file: string | { name: string; buffer: Buffer }): Promise<void> {
      await page
        .locator('input[type=file]')
        .setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/octet-stream' });
      await settled(page);
    }

    async function settled(page: Page): Promise<void> {
      await page.getByRole('region', { name: '检查结果概要' }).waitFor({ timeout: 60_000 });
      await page.getByRole('status').waitFor({ state: 'detached', timeout: 60_000 });
    }

    const bar = (page: Page) => page.getByRole('group', { name: '当前文件' });

    async function expectNoHorizontalScroll(page: Page): Promise<void> {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }

    /** Visible elements that reach past the page's right edge (a clipped overflow doesn't show in scrollWidth). */
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

    it('shows the bundled sample one click away: score 99 / 优, no error findings; at 350 and 1280 px', async () => {
      for (const width of [350, 1280]) {
        const problems: string[] = [];
        const page = await openPage(width, problems);
        await page.getByRole('button', { name: '打开示例' }).click();
        await settled(page);
        const summary = page.getByRole('region', { name: '检查结果概要' });
        expect(await summary.getByText(SAMPLE_UNIT).count()).toBe(1);
        expect(await summary.getByText('填报 99 / 重算 99').count()).toBe(1);
        expect(await page.getByRole('button', { name: /^错误，/ }).count()).toBe(0);
        expect(await page.evaluate(() => performance.getEntriesByName('ziping:first-findings').length)).toBeGreaterThan(
          0,
        );
        await expectNoHorizontalScroll(page);
        expect(await overflowing(page)).toEqual([]);
        await page.screenshot({ path: path.join(ARTIFACTS, `web-sample-${width}.png`), fullPage: true });
        expect(problems).toEqual([]);
        await page.close();
      }
    }, 180_000);

    it('jumps to a finding’s cell, shows the selection and the marks in the bar, and clears the marks', async () => {
      const problems: string[] = [];
      const page = await openPage(350, problems);
      await show(page, INVALID_ALL);
      const list = page.getByRole('region', { name: '问题列表' });
      expect(await list.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
        expect.stringMatching(/^自评数据表：\d+ 个问题$/),
        expect.stringMatching(/^自评评分表：\d+ 个问题$/),
        expect.stringMatching(/^报告素材：\d+ 个问题$/),
      ]);
      await bar(page)
        .getByText(/^已标记 \d+ 个单元格$/)
        .waitFor();
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, 'web-findings-350.png'), fullPage: true });

      await list.getByRole('button', { name: '错误：得分合计错误，1 处' }).click();
      const finding = list.getByRole('button', { name: /^错误，J22：/ });
      await finding.click();
      expect(await finding.getAttribute('aria-current')).toBe('true');
      await bar(page).getByText('已选中 自评评分表!J22').waitFor();
      expect(await overflowing(page)).toEqual([]);

      await page.getByRole('button', { name: '清除标记' }).click();
      await page.getByText('已清除单元格上的标记。').waitFor();
      await bar(page).getByText('没有标记').waitFor();
      expect(problems).toEqual([]);
      await page.close();
    }, 120_000);

    it('a workbook of two project forms: a group per project with the CLI’s counts, every project marked; at 350 px', async () => {
      const problems: string[] = [];
      const page = await openPage(350, problems);
      const bytes = await projectWorkbook('sheets');
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ziping-web-')), '项目自评.xlsx');
      fs.writeFileSync(file, bytes);
      const report = await checkFile(file);
      const projects = report.projects ?? [];
      expect(projects.map((p) => p.sheet)).toEqual(PROJECT_FORMS.map((f) => f.sheet));
      await show(page, file);

      const overview = page.getByRole('region', { name: '检查结果概要' });
      expect(await overview.getByText('本工作簿含 2 个项目，每个项目分别检查。').count()).toBe(1);
      const list = page.getByRole('region', { name: '问题列表' });
      expect(await list.getByRole('heading', { level: 3 }).allTextContents()).toEqual(projects.map((p) => p.project));
      const counts = (r: Pick<FileReport, 'findings'>) => {
        const { errors, warnings, infos } = countBySeverity(r);
        return `错误 ${errors}警告 ${warnings}提示 ${infos}`;
      };
      for (const project of projects) {
        const name = project.project ?? '';
        const group = list.getByRole('region', { name, exact: true });
        expect(await group.getByText(`工作表“${project.sheet}”第 ${project.firstRow} 行起`).count()).toBe(1);
        expect(await group.getByRole('group', { name: `${name}的问题数量` }).textContent()).toBe(counts(project));
      }
      expect(await overview.getByRole('group', { name: '问题数量' }).textContent()).toBe(counts(report));
      // The file's row in the list counts every project's errors, as the CLI's file does.
      expect(
        await fileRow(page, '项目自评.xlsx')
          .getByText(`错误 ${countBySeverity(report).errors}`, { exact: true })
          .count(),
      ).toBe(1);
      // Every project's cells are marked: the cells the CLI's annotated copy marks.
      const marked = markedCells(report, await loadExcel(new Uint8Array(bytes)));
      await bar(page).getByText(`已标记 ${marked.size} 个单元格`).waitFor();

      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, 'web-projects-350.png'), fullPage: true });
      await page.getByRole('button', { name: '全部展开' }).click();
      await expectNoHorizontalScroll(page);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, 'web-projects-350-expanded.png'), fullPage: true });

      // A finding of the second project selects its cell on its own sheet.
      const second = projects[1];
      const finding = second?.findings.find((f) => f.severity === 'error');
      if (!second || !finding) throw new Error('the second project has no error');
      await list
        .getByRole('region', { name: second.project ?? '', exact: true })
        .getByRole('button', { name: `错误，${finding.cells.join('、')}：${finding.message}（按 Enter 定位到单元格）` })
        .click();
      await bar(page)
        .getByText(`已选中 ${second.sheet}!${finding.cells.join('、')}`)
        .waitFor();

      await page.getByRole('button', { name: '清除标记' }).click();
      await bar(page).getByText('没有标记').waitFor();
      expect(problems).toEqual([]);
      await page.close();
    }, 180_000);

    it('writes the recalculated cells back from the 重算 tab, then undoes exactly (seen in the annotated copy)', async () => {
      const page = await openPage(500);
      await show(page, { name: 'broken.xlsx', buffer: broken });
      const copyOf = async () => {
        const saved = await download(page, () =>
          fileRow(page, 'broken.xlsx')
            .getByRole('button', { name: /的标注副本/ })
            .click(),
        );
        return (await loadExcel(await bytesOf(saved))).getWorksheet(DATA);
      };

      await page.getByRole('tab', { name: '重算' }).click();
      const preview = page.getByRole('table', { name: /^建议写回的单元格/ });
      await preview.waitFor();
      expect(await preview.getByRole('button', { name: 'F17' }).count()).toBe(1);
      await expectNoHorizontalScroll(page);
      await page.getByRole('button', { name: '应用' }).click();
      await page.getByText(/^已写入 \d+ 个单元格/).waitFor();
      await bar(page)
        .getByText(/^已写回修改/)
        .waitFor();
      // Formulas (the default) keep the sheet live.
      const written = await copyOf();
      expect(written?.getCell('D17').formula).toMatch(/SUM|\+/);
      expect(written?.getCell('F17').formula).toMatch(/E17\s*\/\s*D17|D17/);

      await page.getByRole('button', { name: '撤销' }).click();
      await page.getByText('已恢复写入前的内容。').waitFor();
      const undone = await copyOf();
      expect([undone?.getCell('F17').value, undone?.getCell('F17').formula]).toEqual([0.98, undefined]);
      expect([undone?.getCell('D17').value, undone?.getCell('D17').formula]).toEqual([34474000, undefined]);
      await page.close();
    }, 120_000);

    it('has no horizontal overflow at 320 and 350 px on any of the three tabs', async () => {
      const page = await openPage(320);
      await show(page, INVALID_ALL);
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
      const page = await openPage(350);
      await page.setViewportSize({ width: 350, height: 800 });
      await show(page, INVALID_ALL);
      await page.getByRole('tab', { name: '报告' }).click();
      const actions = page.getByRole('group', { name: '报告操作' });
      await actions.getByText(/^还有 \d+ 个错误未修正，此时导出的报告为草稿。/).waitFor();

      const sentences = await page.getByRole('article', { name: '报告预览' }).evaluate((article) =>
        [...article.querySelectorAll('[role="button"]')].map((span) => ({
          display: getComputedStyle(span).display,
          lines: span.getClientRects().length,
        })),
      );
      expect(sentences.length).toBeGreaterThan(5);
      expect(sentences.every((s) => s.display === 'inline')).toBe(true);
      expect(sentences.some((s) => s.lines > 1)).toBe(true);
      await page.screenshot({ path: path.join(ARTIFACTS, 'web-report-350.png') });

      // Scrolled to the end of the report, the actions are still on screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const exportButton = actions.getByRole('button', { name: '导出 Word' });
      const box = await exportButton.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);

      await exportButton.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/还有 \d+ 个错误未修正/).waitFor();
      const saved = await download(page, () => dialog.getByRole('button', { name: '仍然导出草稿' }).click());
      expect(saved.suggestedFilename()).toBe(`自评报告-${SAMPLE_UNIT}-2024.docx`);
      await actions.getByText(/^已生成草稿 /).waitFor();
      await actions.getByRole('button', { name: '到“检查”页查看' }).click();
      expect(await page.getByRole('tab', { name: '检查' }).getAttribute('aria-selected')).toBe('true');
      await page.close();
    }, 120_000);
  });

  it('sent nothing anywhere: every request was a file of the page', () => {
    expect(attempted).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    expect(
      seen.filter((url) => !url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:')),
    ).toEqual([]);
  });
});
