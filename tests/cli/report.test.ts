// ziping report in-process: default output name, txt format, refusing to overwrite, unrecognised workbooks.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { captureIo } from '../support/cli';
import { SAMPLE_PATH } from '../report/support';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ziping-report-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ziping report', () => {
  it('writes 自评报告-{unit}-{year}.docx next to the workbook', async () => {
    const file = path.join(dir, 'sample.xlsx');
    copyFileSync(SAMPLE_PATH, file);
    const io = captureIo();
    expect(await main(['report', file], io)).toBe(0);
    const out = path.join(dir, '自评报告-遂溪县应急管理局本级-2024.docx');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(io.out).toContain(`自评报告已写入 ${out}`);
    expect(io.err).toBe('');
  });

  it('writes plain text with --format txt and refuses to overwrite without --force', async () => {
    const out = path.join(dir, 'r.txt');
    const io = captureIo();
    expect(await main(['report', SAMPLE_PATH, '-o', out, '--format', 'txt'], io)).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('决算支出比收入预算安排增加485.48元');
    const again = captureIo();
    expect(await main(['report', SAMPLE_PATH, '-o', out, '--format', 'txt'], again)).toBe(2);
    expect(again.err).toContain('已存在，未覆盖');
    expect(await main(['report', SAMPLE_PATH, '-o', out, '--format', 'txt', '--force'], captureIo())).toBe(0);
  });

  it('refuses a workbook it does not recognise, with a clear message and no file', async () => {
    const file = path.join(dir, 'other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '采购清单';
    await wb.xlsx.writeFile(file);
    const io = captureIo();
    expect(await main(['report', file, '-o', path.join(dir, 'x.docx')], io)).toBe(1);
    expect(io.err).toContain('不是可识别的部门整体支出绩效自评表');
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'x.docx'))).toBe(false);
  });

  it('refuses a file that is not a workbook', async () => {
    const file = path.join(dir, 'notes.xlsx');
    writeFileSync(file, 'hello');
    const io = captureIo();
    expect(await main(['report', file], io)).toBe(1);
    expect(io.err).toContain('无法生成报告');
  });

  it('writes the report with markers and lists the errors to fix first', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_PATH);
    wb.getWorksheet('自评评分表')!.getCell('J5').value = 6;
    wb.getWorksheet('报告素材')!.getCell('B4').value = null;
    const file = path.join(dir, 'broken.xlsx');
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, 'r.txt');
    const io = captureIo();
    expect(await main(['report', file, '-o', out], io)).toBe(1);
    expect(io.out).toMatch(/^自评表中还有 2 个错误，报告只能作为草稿生成/);
    expect(io.out).toMatch(/自评评分表!I5 +错误 {2}缺少扣分原因/);
    expect(io.out).toContain('草稿已写入');
    expect(readFileSync(out, 'utf8')).toMatch(/^草稿：自评表中还有2个错误未修正/);
    expect(io.out).toMatch(/报告中有 \d+ 处【待填写】/);
    expect(readFileSync(out, 'utf8')).toContain('【待填写：单位机构设置及部门职能】');
  });

  it.each([[[]], [['a.xlsx', 'b.xlsx']], [['a.xlsx', '--format', 'pdf']]])('treats %j as bad usage', async (args) => {
    const io = captureIo();
    expect(await main(['report', ...args], io)).toBe(2);
    expect(io.err).not.toBe('');
  });
});
