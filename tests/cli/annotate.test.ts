// ziping check --annotate DIR --xlsx FILE: annotated copies beside a summary workbook, refusing to overwrite anything.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runCli } from '../support/cli';
import { SAMPLE_PATH } from '../support/sample';

const FIXTURES = join(__dirname, '..', 'fixtures');
const HOSTILE = "=cmd|' -C calc'!A0.xlsx";

async function loadExcel(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('ziping check --annotate --xlsx', () => {
  let root: string;
  let input: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ziping-annotate-'));
    input = join(root, '各单位');
    mkdirSync(input);
    copyFileSync(SAMPLE_PATH, join(input, '应急管理局.xlsx'));
    copyFileSync(join(FIXTURES, 'invalid-all.xlsx'), join(input, '有问题的表.xlsx'));
    copyFileSync(join(FIXTURES, 'password-protected.xlsx'), join(input, '加密.xlsx'));
    copyFileSync(SAMPLE_PATH, join(input, HOSTILE));
  });

  it('writes one annotated copy per readable file and a summary workbook linked to them', async () => {
    const out = join(root, '标注');
    const summary = join(root, '汇总.xlsx');
    const run = await runCli(['check', '--no-progress', '--annotate', out, '--xlsx', summary, input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('写入 3 个标注副本');
    expect(run.stderr).toContain('汇总工作簿已写入');
    for (const name of ['应急管理局', '有问题的表', HOSTILE.replace(/\.xlsx$/, '')])
      expect(existsSync(join(out, `${name}（已标注）.xlsx`))).toBe(true);
    expect(existsSync(join(out, '加密（已标注）.xlsx'))).toBe(false);
    const copy = await loadExcel(join(out, '有问题的表（已标注）.xlsx'));
    expect(copy.worksheets[0]?.name).toBe('检查结果');

    const wb = await loadExcel(summary);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining(['文件', '状态', '单位', '执行率', '主要问题', '标注副本']),
    );
    expect(ws.rowCount).toBe(5);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeDefined();
    expect(ws.getColumn(1).width).toBeGreaterThan(20);
    const byFile = new Map<string, ExcelJS.Row>();
    for (let r = 2; r <= ws.rowCount; r++) byFile.set(String(ws.getRow(r).getCell(1).value), ws.getRow(r));
    const bad = byFile.get(join(input, '有问题的表.xlsx'));
    expect(bad?.getCell(2).value).toBe('有错误');
    expect(bad?.getCell(13).value).toBeGreaterThan(0);
    expect(String(bad?.getCell(16).value)).toMatch(/^1\. 【错误】/);
    expect((bad?.getCell(2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(byFile.get(join(input, '加密.xlsx'))?.getCell(2).value).toBe('未识别或无法读取');
    expect(byFile.get(join(input, '加密.xlsx'))?.getCell(17).value).toBeNull();
    // Every link opens an annotated copy, relative to the summary workbook.
    const links = [...byFile.values()]
      .map((row) => row.getCell(17).value as ExcelJS.CellHyperlinkValue | null)
      .filter((v) => v !== null);
    expect(links).toHaveLength(3);
    for (const link of links) expect(existsSync(resolve(dirname(summary), link.hyperlink))).toBe(true);
  });

  it('writes a hostile file name as text: no cell of the summary is a formula', async () => {
    const summary = join(root, '汇总-注入.xlsx');
    expect((await runCli(['check', '--no-progress', '--xlsx', summary, join(input, HOSTILE)])).code).toBe(0);
    const ws = (await loadExcel(summary)).worksheets[0] as ExcelJS.Worksheet;
    const cell = ws.getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(join(input, HOSTILE));
    const zip = await JSZip.loadAsync(readFileSync(summary));
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheet).not.toMatch(/<f[\s>]/);
    expect((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '').toContain('=cmd|');
  });

  it('never overwrites an existing copy or summary without --force, nor an input even with it', async () => {
    const out = join(root, '已有');
    mkdirSync(out);
    const existing = join(out, '应急管理局（已标注）.xlsx');
    writeFileSync(existing, '上次的标注');
    const file = join(input, '应急管理局.xlsx');
    const refused = await runCli(['check', '--no-progress', '--annotate', out, file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(refused.stdout).toBe('');
    expect(readFileSync(existing, 'utf8')).toBe('上次的标注');
    expect((await runCli(['check', '--no-progress', '--force', '--annotate', out, file])).code).toBe(0);
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe('PK');

    const onInput = await runCli(['check', '--force', '--xlsx', file, file]);
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toContain('是要检查的工作簿');
    const notDir = await runCli(['check', '--annotate', file, file]);
    expect(notDir.code).toBe(2);
    expect(notDir.stderr).toContain('不是文件夹');
    expect(readFileSync(file)).toEqual(readFileSync(SAMPLE_PATH));
  });
});
