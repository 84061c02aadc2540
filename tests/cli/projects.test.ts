// ziping check on a workbook of several project forms: one result per project, in the human output, --json and --csv.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';

const FORMS = join(__dirname, '..', 'forms');
const formPath = (id: string) => join(FORMS, id, `${id}.xlsx`);
let dir: string;
let workbook: string;

/** Copies the only sheet of `from` into `into` as a new sheet: values, formulas' results and merges. */
async function addSheetFrom(into: ExcelJS.Workbook, from: string, name: string): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(from);
  const sheet = source.worksheets[0];
  if (!sheet) throw new Error(`${from}: no sheet`);
  const target = into.addWorksheet(name);
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      target.getCell(r, c).value = cell.value;
    });
  });
  for (const range of (sheet.model as { merges?: string[] }).merges ?? []) target.mergeCells(range);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ziping-projects-'));
  const book = new ExcelJS.Workbook();
  await addSheetFrom(book, formPath('anhui-tangxi-weituo-2022'), '委托业务');
  await addSheetFrom(book, formPath('yunnan-lijiang-gucheng-weipian-2020'), '卫片执法');
  workbook = join(dir, '项目自评.xlsx');
  await book.xlsx.writeFile(workbook);
});

type Report = {
  file: string;
  findings: Array<{ sheet: string; rule: string }>;
  projects?: Array<{
    project?: string;
    sheet: string;
    firstRow: number;
    unit?: string;
    findings: Array<{ sheet: string }>;
  }>;
};

describe('ziping check on a workbook with one project per sheet', () => {
  it('--json: one result per project, each with its own unit and findings', async () => {
    const { stdout } = await runCli(['check', '--json', workbook]);
    const [report] = JSON.parse(stdout) as Report[];
    const projects = report?.projects ?? [];
    expect(projects.map((p) => [p.sheet, p.firstRow])).toEqual([
      ['委托业务', 1],
      ['卫片执法', 1],
    ]);
    expect(projects.map((p) => p.unit)).toEqual([expect.stringContaining('棠溪镇'), expect.any(String)]);
    for (const p of projects) expect(p.findings.every((f) => f.sheet === p.sheet)).toBe(true);
    expect(projects[0]?.findings.length).toBeGreaterThan(0);
    // The file's findings are its projects' together, so the exit code and the copies see them all.
    expect(report?.findings.length).toBe(projects.reduce((n, p) => n + p.findings.length, 0));
  });

  it('human output: a block per project under the file; the summary and --csv have a row per project', async () => {
    const csv = join(dir, '汇总.csv');
    const { stdout } = await runCli(['check', '--csv', csv, workbook]);
    expect(stdout).toContain('本文件含 2 个项目');
    expect(stdout).toMatch(/项目：.*（工作表“委托业务”第 1 行起）/);
    expect(stdout).toMatch(/项目：.*（工作表“卫片执法”第 1 行起）/);
    const lines = readFileSync(csv, 'utf8').trim().split(/\r\n/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('项目自评.xlsx（');
  });
});
