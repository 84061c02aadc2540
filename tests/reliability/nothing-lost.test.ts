// Nothing lost: checking and reporting never change an input file, and nothing is written over an existing file.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCsv, csvCell } from '../../src/cli/format/csv';
import { unreadableReport } from '../../src/cli/file-report';
import { runCli } from '../support/cli';
import { BLANK_PATH, SAMPLE_PATH } from '../support/sample';

/** Every file under a folder with its SHA-256 and modification time. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[path] = `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${statSync(path).mtimeMs}`;
    }
  };
  walk(root);
  return out;
}

describe('ziping never writes into its inputs', () => {
  let folder: string;
  let outside: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'ziping-inputs-'));
    outside = mkdtempSync(join(tmpdir(), 'ziping-outputs-'));
    mkdirSync(join(folder, '乡镇'), { recursive: true });
    copyFileSync(SAMPLE_PATH, join(folder, '应急管理局.xlsx'));
    copyFileSync(BLANK_PATH, join(folder, '乡镇', '空白.xlsx'));
    writeFileSync(join(folder, '乡镇', '坏文件.xlsx'), readFileSync(SAMPLE_PATH).subarray(0, 5000));
    writeFileSync(join(folder, '~$应急管理局.xlsx'), 'Excel lock file');
    writeFileSync(join(folder, '说明.txt'), '不是工作簿');
  });

  it('check (human, --json, --csv) leaves every file of the folder byte-identical and untouched', async () => {
    const before = snapshot(folder);
    expect(Object.keys(before)).toHaveLength(5);
    await runCli(['check', folder]);
    await runCli(['check', '--json', folder]);
    await runCli(['check', '--csv', join(outside, 'summary.csv'), folder]);
    expect(snapshot(folder)).toEqual(before);
  });

  it('check --annotate and --xlsx leave every file of the folder byte-identical, and write outside it only', async () => {
    const before = snapshot(folder);
    const out = join(outside, '标注副本');
    const run = await runCli(['check', '--annotate', out, '--xlsx', join(outside, '汇总.xlsx'), folder]);
    expect(run.code).toBe(1);
    expect(snapshot(folder)).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['应急管理局（已标注）.xlsx', '空白（已标注）.xlsx']);
    // Copies written into the inputs' own folder sit beside them; the inputs are still untouched.
    const beside = await runCli(['check', '--annotate', folder, folder]);
    expect(beside.code).toBe(1);
    const after = snapshot(folder);
    for (const [path, sum] of Object.entries(before)) expect(after[path]).toBe(sum);
    expect(
      Object.keys(after)
        .filter((p) => !(p in before))
        .sort(),
    ).toEqual([join(folder, '应急管理局（已标注）.xlsx'), join(folder, '空白（已标注）.xlsx')].sort());
  });

  it('report writes a new file beside the input, never the input itself, and refuses to overwrite without --force', async () => {
    const input = join(folder, '应急管理局.xlsx');
    const before = snapshot(folder);
    const first = await runCli(['report', input, '--format', 'txt']);
    expect(first.code).toBe(0);
    const after = snapshot(folder);
    const added = Object.keys(after).filter((p) => !(p in before));
    expect(added).toEqual([join(folder, '自评报告-遂溪县应急管理局本级-2024.txt')]);
    for (const [path, sum] of Object.entries(before)) expect(after[path]).toBe(sum);

    const output = added[0] ?? '';
    writeFileSync(output, '我改过的报告');
    const again = await runCli(['report', input, '--format', 'txt']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(output, 'utf8')).toBe('我改过的报告');
    // -o pointing at the workbook itself is refused the same way: the input survives.
    const onInput = await runCli(['report', input, '-o', input]);
    expect(onInput.code).toBe(2);
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE_PATH));
  });

  it('--csv never overwrites a checked workbook, and another existing file only with --force', async () => {
    const input = join(folder, '应急管理局.xlsx');
    const onInput = await runCli(['check', '--csv', input, input]);
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toContain('是要检查的工作簿之一');
    const forced = await runCli(['check', '--force', '--csv', input, input]);
    expect(forced.code).toBe(2);
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE_PATH));

    const summary = join(outside, '已有汇总.csv');
    writeFileSync(summary, '上周的汇总');
    const refused = await runCli(['check', '--csv', summary, input]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(refused.stdout).toBe('');
    expect(readFileSync(summary, 'utf8')).toBe('上周的汇总');
    expect((await runCli(['check', '--force', '--csv', summary, input])).code).toBe(0);
    expect(readFileSync(summary, 'utf8')).toContain('遂溪县应急管理局本级');
  });

  it('template refuses to overwrite an existing workbook without --force', async () => {
    const target = join(folder, '应急管理局.xlsx');
    const refused = await runCli(['template', '-o', target]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(target)).toEqual(readFileSync(SAMPLE_PATH));
  });
});

describe('--csv cannot smuggle formulas into Excel', () => {
  it.each([
    '=1+1',
    '+1+1',
    '-1+1',
    '@SUM(A1)',
    '\t=1+1',
    '\r=1+1',
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://x","点我")',
  ])('neutralises %j', (text) => {
    const cell = csvCell(text);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${text}`);
  });

  it('keeps ordinary values as they are', () => {
    expect(csvCell('遂溪县应急管理局本级')).toBe('遂溪县应急管理局本级');
    expect(csvCell(99)).toBe('99');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('neutralises a hostile file name in the summary', () => {
    const csv = formatCsv([
      unreadableReport("=1+cmd|'/C calc'!A0.xlsx", '无法读取'),
      unreadableReport('@evil.xlsx', '无法读取'),
    ]);
    const rows = csv.split('\r\n');
    expect(rows[1]).toMatch(/^'=1\+cmd/);
    expect(rows[2]).toMatch(/^'@evil/);
  });
});
