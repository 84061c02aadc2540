// The CLI speaks Chinese to people: severities, rule names, help for every command, usage errors; CSV rates as %.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { SAMPLE_PATH } from '../support/sample';

const ROOT = join(__dirname, '..', '..');
const INVALID_ALL = join(ROOT, 'tests', 'fixtures', 'invalid-all.xlsx');
const BLANK = join(ROOT, 'assets', 'template-blank.xlsx');

/** Latin words left once file names, option flags and the words of a command line are taken out. */
function englishWords(text: string, files: readonly string[]): string[] {
  let rest = text;
  for (const file of files) rest = rest.split(file).join('');
  rest = rest
    .replace(/(?:^|\s)--?[a-z][\w-]*/g, ' ')
    .replace(/#[A-Z/0!?]+/g, ' ')
    .replace(
      /\b(?:ziping|check|report|template|xlsx|docx|txt|csv|json|MB|Alt|Enter|Mac|Control|Option|Excel|Word|JSON|CSV|SUM)\b/g,
      ' ',
    )
    // Cell addresses (D12, B23) and formulas are not words.
    .replace(/\b[A-Z]{1,3}\d+\b/g, ' ');
  return [...rest.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]);
}

describe('ziping in Chinese', () => {
  it.each([[[INVALID_ALL]], [[SAMPLE_PATH, INVALID_ALL, BLANK]]])('check %j prints no English word', async (files) => {
    const { stdout, stderr } = await runCli(['check', ...files]);
    expect(stdout).toContain('错误');
    expect(englishWords(stdout + stderr, files)).toEqual([]);
    expect(stdout).not.toMatch(/\b(?:error|warning|info)\b/);
    expect(stdout).toMatch(/自评数据表!F24\s+错误\s+执行率计算错误/);
  });

  it('report prints no English word and lists the open errors in Chinese', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ziping-zh-')), 'r.docx');
    const { code, stdout, stderr } = await runCli(['report', INVALID_ALL, '-o', out]);
    expect(code).toBe(1);
    expect(englishWords(stdout + stderr, [INVALID_ALL, out])).toEqual([]);
    expect(stdout).toContain('报告只能作为草稿生成');
  });

  it.each(['check', 'report', 'template'])('ziping %s --help exits 0 with Chinese help', async (command) => {
    const { code, stdout, stderr } = await runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^用法：ziping ${command}`));
    expect(englishWords(stdout, [])).toEqual([]);
  });

  it.each([
    [['check', '--foo', 'a.xlsx'], '没有“--foo”这个选项'],
    [['report', 'a.xlsx', '-o'], '选项“-o”后面需要一个值'],
    [['template', 'extra'], '多余的参数“extra”'],
  ])('says what is wrong with %j in Chinese, exit 2', async (args, text) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(text);
    // What the user typed is quoted back as typed; everything else is Chinese.
    expect(englishWords(stderr, args)).toEqual([]);
  });

  it('writes the CSV 执行率 as a percentage true to its figures', async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'ziping-csv-')), 's.csv');
    await runCli(['check', '--csv', csv, SAMPLE_PATH]);
    const [, row] = readFileSync(csv, 'utf8').split('\r\n');
    expect(row?.split(',')[10]).toBe('100.001%');
  });

  it('names rules in JSON too, keeping the id', async () => {
    const { stdout } = await runCli(['check', '--json', INVALID_ALL]);
    const [report] = JSON.parse(stdout) as [{ findings: { rule: string; name: string }[] }];
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'execution-rate', name: '执行率计算错误' }));
  });
});
