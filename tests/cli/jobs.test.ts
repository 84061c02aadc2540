// ziping check --jobs N: worker threads give the same reports as one thread, in the order given, bad files included.
import ExcelJS from 'exceljs';
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../support/cli';
import { SAMPLE_PATH } from '../support/sample';

const ROOT = join(__dirname, '..', '..');
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ziping-jobs-'));
  // Different numbers in each copy, so a report landing in the wrong place would show.
  const names: string[] = [];
  for (let i = 0; i < 5; i++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_PATH);
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => void (cell.value === '遂溪县应急管理局本级' && (cell.value = `第${i}单位`))),
      );
    const name = join(dir, `unit-${i}.xlsx`);
    await wb.xlsx.writeFile(name);
    names.push(name);
  }
  writeFileSync(join(dir, 'broken.xlsx'), 'not a workbook');
  copyFileSync(SAMPLE_PATH, join(dir, 'sample.xlsx'));
  files = [
    names[3] ?? '',
    join(dir, 'broken.xlsx'),
    names[0] ?? '',
    join(dir, 'sample.xlsx'),
    names[4] ?? '',
    names[1] ?? '',
    names[2] ?? '',
  ];
});

type Report = { file: string; recognised: boolean; unit?: string; findings: Array<{ rule: string }> };

describe('ziping check --jobs (in-process runner)', () => {
  it('prints the same JSON with --jobs 1 and --jobs 2, in the order given, a bad file among good ones', async () => {
    const one = await runCli(['check', '--json', '--jobs', '1', ...files]);
    const two = await runCli(['check', '--json', '--jobs', '2', ...files]);
    expect(two).toEqual(one);
    expect(one.code).toBe(1);
    const reports = JSON.parse(one.stdout) as Report[];
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(reports[1]?.findings.map((f) => f.rule)).toEqual(['file-unreadable']);
  });

  // "--jobs -1" would read as another option: a negative number can only be given as "--jobs=-1".
  it.each([
    [['--jobs', '0']],
    [['--jobs=-1']],
    [['--jobs', 'two']],
    [['--jobs', '1.5']],
    [['--jobs', '65']],
    [['--jobs', '']],
  ])('refuses %j with one Chinese line and exit 2', async (jobs) => {
    const { code, stdout, stderr } = await runCli(['check', ...jobs, SAMPLE_PATH]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--jobs 需要 1 到 64 之间的整数');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('ziping check --jobs (compiled CLI on worker threads)', () => {
  // The worker thread runs compiled JavaScript, so this compiles the CLI from the current sources into a scratch
  // folder inside node_modules (where exceljs resolves) and runs it in a child process.
  const outDir = join(ROOT, 'node_modules', '.cache', 'ziping-jobs-test');
  const run = promisify(execFile);
  /** Runs main() from the compiled copy, counting the worker threads it starts. */
  const script = `
    const threads = require('node:worker_threads');
    const Real = threads.Worker;
    let started = 0;
    threads.Worker = class extends Real { constructor(...args) { super(...args); started++; } };
    require(${JSON.stringify(join(outDir, 'cli', 'main.js'))}).main(process.argv.slice(1), {
      stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), isTTY: false,
    }).then((code) => { process.stderr.write('workers=' + started + '\\n'); process.exitCode = code; });`;
  const cli = async (args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['-e', script, ...args], { maxBuffer: 64 * 1024 * 1024 });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  beforeAll(() => {
    mkdirSync(outDir, { recursive: true });
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        join(ROOT, 'tsconfig.cli.json'),
        '--outDir',
        outDir,
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
  }, 180_000);

  it('checks on two worker threads and prints exactly what one thread prints', async () => {
    const one = await cli(['check', '--json', '--jobs', '1', ...files]);
    const two = await cli(['check', '--json', '--jobs', '2', ...files]);
    expect(one.stderr).toContain('workers=0');
    expect(two.stderr).toContain('workers=2');
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const reports = JSON.parse(two.stdout) as Report[];
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(reports.map((r) => r.unit)).toEqual([
      '第3单位',
      undefined,
      '第0单位',
      '遂溪县应急管理局本级',
      '第4单位',
      '第1单位',
      '第2单位',
    ]);
  }, 60_000);

  it('keeps the human blocks in input order', async () => {
    const { stdout } = await cli(['check', '--jobs', '2', ...files]);
    const order = files.map((f) => stdout.indexOf(`${f}\n`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  }, 60_000);
});
