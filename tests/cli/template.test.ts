// ziping template: writes the blank template or the sample, and never overwrites without --force.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { checkWorkbook } from '../../src/core/check';
import { runCli } from '../support/cli';

describe('ziping template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ziping-template-'));

  it('writes the filled sample, which checks clean', async () => {
    const out = join(dir, 'sample.xlsx');
    const { code, stdout } = await runCli(['template', '--sample', '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(out);
    const result = checkWorkbook(await readWorkbookGrids(new Uint8Array(readFileSync(out))));
    expect(result.summary.unit).toBe('遂溪县应急管理局本级');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('writes the blank template, which is recognised and asks for the required values', async () => {
    const out = join(dir, 'blank.xlsx');
    expect((await runCli(['template', '-o', out])).code).toBe(0);
    const result = checkWorkbook(await readWorkbookGrids(new Uint8Array(readFileSync(out))));
    expect(result.recognised).toBe(true);
    expect(result.findings.some((f) => f.rule === 'required-field' && f.message.includes('单位名称'))).toBe(true);
  });

  it('refuses to overwrite an existing file unless --force is given', async () => {
    const out = join(dir, 'existing.xlsx');
    writeFileSync(out, 'keep me');
    const refused = await runCli(['template', '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await runCli(['template', '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
