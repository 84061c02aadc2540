// ziping check: the JSON contract of cli.md, human output, CSV, folders, and every kind of bad input.
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { SAMPLE_PATH } from '../support/sample';

const FIXTURES = join(__dirname, '..', 'fixtures');
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ziping-check-'));
  writeFileSync(join(dir, 'not-a-workbook.xlsx'), 'Hello, this is a text file.');
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1');
  await empty.xlsx.writeFile(join(dir, 'empty.xlsx'));
  const unrelated = new ExcelJS.Workbook();
  const ws = unrelated.addWorksheet('销售');
  ws.addRows([
    ['产品', '数量', '单价'],
    ['苹果', 3, 4.5],
    ['梨', 5, 3.2],
  ]);
  await unrelated.xlsx.writeFile(join(dir, 'unrelated.xlsx'));
});

function parseJson(stdout: string) {
  return JSON.parse(stdout) as Array<Record<string, unknown> & { findings: Array<Record<string, unknown>> }>;
}

describe('ziping check --json', () => {
  it('reports the sample as cli.md specifies: no errors, exit 0', async () => {
    const { code, stdout } = await runCli(['check', '--json', SAMPLE_PATH]);
    expect(code).toBe(0);
    const [report] = parseJson(stdout);
    expect(report).toMatchObject({
      file: SAMPLE_PATH,
      recognised: true,
      unit: '遂溪县应急管理局本级',
      year: 2024,
      amountUnit: '元',
      score: { stated: 99, recomputed: 99, grade: { stated: '优', recomputed: '优' } },
      budget: { planned: 34474255.03, actual: 34474740.51 },
    });
    expect((report?.budget as { executionRate: number }).executionRate).toBeCloseTo(34474740.51 / 34474255.03, 12);
    expect(report?.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([
    ['not-a-workbook.xlsx', 'file-unreadable', '不是 Excel 工作簿'],
    ['empty.xlsx', 'template-not-recognised', '未能识别'],
    ['unrelated.xlsx', 'template-not-recognised', '全年预算数'],
  ])('gives %s exactly one clear finding and exit code 1', async (name, rule, text) => {
    const { code, stdout, stderr } = await runCli(['check', '--json', join(dir, name)]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const [report] = parseJson(stdout);
    expect(report?.recognised).toBe(false);
    expect(report?.findings).toHaveLength(1);
    expect(report?.findings[0]).toMatchObject({ rule, severity: 'error' });
    expect(String(report?.findings[0]?.message)).toContain(text);
  });

  it('explains a password-protected workbook', async () => {
    const { code, stdout } = await runCli(['check', '--json', join(FIXTURES, 'password-protected.xlsx')]);
    expect(code).toBe(1);
    const [report] = parseJson(stdout);
    expect(report?.findings).toEqual([expect.objectContaining({ rule: 'file-unreadable', cells: [] })]);
    expect(String(report?.findings[0]?.message)).toContain('密码');
  });

  it('searches folders recursively, sorted by path, one object per file', async () => {
    const folder = join(dir, 'batch');
    mkdirSync(join(folder, 'b-sub'), { recursive: true });
    copyFileSync(SAMPLE_PATH, join(folder, 'b-sub', 'z.xlsx'));
    copyFileSync(SAMPLE_PATH, join(folder, 'a.xlsx'));
    writeFileSync(join(folder, '~$a.xlsx'), 'lock file');
    writeFileSync(join(folder, 'notes.txt'), 'not a workbook');
    const { code, stdout } = await runCli(['check', '--json', folder]);
    expect(code).toBe(0);
    expect(parseJson(stdout).map((r) => r.file)).toEqual([join(folder, 'a.xlsx'), join(folder, 'b-sub', 'z.xlsx')]);
  });
});

describe('ziping check (human output and CSV)', () => {
  it('prints a block per file and a summary table', async () => {
    const { code, stdout } = await runCli(['check', SAMPLE_PATH, join(dir, 'unrelated.xlsx')]);
    expect(code).toBe(1);
    expect(stdout).toContain('单位：遂溪县应急管理局本级');
    expect(stdout).toContain('得分：填报 99 / 重算 99');
    expect(stdout).toMatch(/销售!A1\s+错误\s+未识别的表格/);
    expect(stdout).toContain('汇总（2 个文件，1 个有错误）');
  });

  it('writes the summary CSV with a BOM', async () => {
    const csv = join(dir, 'summary.csv');
    const { code, stderr } = await runCli(['check', '--csv', csv, SAMPLE_PATH]);
    expect(code).toBe(0);
    expect(stderr).toContain(csv);
    const text = readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[1]).toContain(',是,遂溪县应急管理局本级,2024,99,99,优,优,34474255.03,34474740.51,');
  });

  it('neutralises spreadsheet formulas in CSV cells (a unit named "=HYPERLINK(…)")', async () => {
    const evil = join(dir, 'evil.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_PATH);
    wb.getWorksheet('自评数据表')!.getCell('B2').value = '=HYPERLINK("http://x","点我")';
    wb.getWorksheet('自评数据表')!.getCell('B3').value = '+2024';
    await wb.xlsx.writeFile(evil);
    const csv = join(dir, 'evil.csv');
    await runCli(['check', '--csv', csv, evil]);
    const row = readFileSync(csv, 'utf8').split('\r\n')[1] ?? '';
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(row).not.toMatch(/,=|,\+|,-|,@/);
  });

  it('shows a progress bar on a terminal only', async () => {
    const twice = [SAMPLE_PATH, SAMPLE_PATH];
    expect((await runCli(['check', '--json', ...twice], { isTTY: true })).stderr).toContain('2/2');
    expect((await runCli(['check', '--json', ...twice], { isTTY: false })).stderr).toBe('');
    expect((await runCli(['check', '--json', '--no-progress', ...twice], { isTTY: true })).stderr).toBe('');
  });
});

describe('usage errors', () => {
  it.each([
    [['check'], '请指定'],
    [['check', join(dir ?? '/tmp', 'does-not-exist.xlsx')], '找不到'],
    [['check', '--bogus', SAMPLE_PATH], '参数有误'],
    [['frobnicate'], '未知命令'],
  ])('%j exits 2 with one friendly line', async (args, text) => {
    const { code, stderr, stdout } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(text);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  });
});
