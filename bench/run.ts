// npm run bench: every performance figure of the issue in one run. Prints a table (what | measured | target | ok) and
// writes bench/results.json. Take figures on a quiet machine (the load average is recorded next to them).
// Environment: BENCH_FILES (batch size, 200), BENCH_REPEAT (runs per timed batch and scaling size, 3).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { defaultJobs } from '../src/cli/check-pool';
import { join } from 'node:path';
import { checkWorkbook } from '../src/core/check';
import type { Grid } from '../src/core/grid/grid';
import { readWorkbookGrids } from '../src/xlsx/read-workbook';
import { BUILD_DIR, ensureBuild, measureBundle, ROOT } from './bundle-size';
import { writeBatch } from './make-batch';
import { countSyncs, FORMATTED_MILLION, simSheets } from './office-syncs';
import { measureFirstFindings } from './web-first-findings';
import { extendIndicators } from './synthetic';

const SAMPLE = join(ROOT, 'assets', 'sample-2024.xlsx');
const FILES = Number(process.env.BENCH_FILES ?? 200);
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));

type Row = { what: string; measured: string; target: string; ok: boolean | null; value?: number; details?: unknown };
const rows: Row[] = [];

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const log = (text: string) => process.stderr.write(`${text}\n`);

function timeSync(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function machine() {
  const model =
    /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ??
    cpus()[0]?.model ??
    '?';
  return {
    nproc: availableParallelism(),
    cpu: model.trim(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

async function officeRoundTrips(sampleGrids: readonly Grid[], variedGrids: readonly Grid[]): Promise<void> {
  const MB = 1024 * 1024;
  const workloads: [string, () => ReturnType<typeof simSheets>, boolean][] = [
    ['sample, varied figures', () => simSheets(variedGrids), true],
    ['2,000 indicator rows', () => simSheets(extendIndicators(sampleGrids, 2000)), false],
    ['50,000 indicator rows', () => simSheets(extendIndicators(sampleGrids, 50_000)), false],
    ['sample + formatted 1,000,000-cell sheet', () => [...simSheets(variedGrids), FORMATTED_MILLION], true],
  ];
  const profiles = ['web', 'office2019'] as const;
  const counts: Record<string, unknown> = {};
  for (const [label, sheets, ordinary] of workloads) {
    for (const id of profiles) {
      const count = await countSyncs(sheets(), id);
      if (!count) {
        rows.push({
          what: 'office-js syncs per full check',
          measured: 'gateway or simulation missing',
          target: '≤ 2',
          ok: null,
        });
        return;
      }
      counts[`${label} @ ${id}`] = count;
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      rows.push({
        what: `office-js full check: ${label} (${count.profile})`,
        measured: `${count.syncs} syncs (${count.read} read + ${count.highlight} highlight, ${count.marks} marks); largest request ${kb(count.maxRequestBytes)}, response ${kb(count.maxResponseBytes)}${count.failed ? `; FAILED ${count.failed}` : ''}`,
        target: `${ordinary ? (id === 'office2019' ? '≤ 3 syncs (no getCellProperties)' : '≤ 2 syncs') : 'any syncs'}, ≤ 4 MB a request/response`,
        ok:
          count.failed === undefined &&
          count.maxRequestBytes <= 4 * MB &&
          count.maxResponseBytes <= 4 * MB &&
          (!ordinary || count.syncs <= (id === 'office2019' ? 3 : 2)),
        value: count.syncs,
        details: count,
      });
      log(`  ${label} @ ${id}: ${count.syncs} syncs, ${kb(count.maxRequestBytes)} / ${kb(count.maxResponseBytes)}`);
    }
  }
}

function coreSample(grids: readonly Grid[]): void {
  for (let i = 0; i < 50; i++) checkWorkbook(grids);
  const times = Array.from({ length: 200 }, () => timeSync(() => checkWorkbook(grids)));
  const value = median(times);
  rows.push({
    what: 'core check of the sample (median of 200)',
    measured: ms(value),
    target: '< 5 ms',
    ok: value < 5,
    value,
  });
}

function scaling(grids: readonly Grid[]): void {
  const times: Record<number, number> = {};
  for (const n of [1000, 10000, 50000]) {
    const big = extendIndicators(grids, n);
    checkWorkbook(big);
    const runs: number[] = [];
    for (let i = 0; i < REPEAT; i++) runs.push(timeSync(() => checkWorkbook(big)));
    times[n] = median(runs);
    log(`  scaling ${n}: ${runs.map(ms).join(', ')}`);
  }
  const t50 = times[50000] ?? NaN;
  const ratio = t50 / (times[10000] ?? NaN);
  rows.push({
    what: 'scaling: check of 1k / 10k / 50k indicator rows',
    measured: [1000, 10000, 50000].map((n) => ms(times[n] ?? NaN)).join(' / '),
    target: '50k < 1.5 s',
    ok: t50 < 1500,
    value: t50,
    details: times,
  });
  rows.push({
    what: 'scaling: time ratio 50k : 10k',
    measured: ratio.toFixed(2),
    target: '≤ 5.5 (linear)',
    ok: ratio <= 5.5,
    value: ratio,
  });
}

type Timed = { wallMs: number; maxRssKb?: number; code: number | null };

/** Runs node with args, stdout discarded, under /usr/bin/time -v when present for the peak RSS. */
function timeNode(args: readonly string[]): Promise<Timed> {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const [cmd, argv] = timeBin ? [timeBin, ['-v', process.execPath, ...args]] : [process.execPath, [...args]];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr)?.[1];
      resolve({ wallMs, code, ...(rss ? { maxRssKb: Number(rss) } : {}) });
    });
  });
}

async function cliBatch(dir: string): Promise<void> {
  const cli = join(ROOT, 'bin', 'ziping.js');
  const floor = join(__dirname, 'load-floor.js');
  const runs = {
    floor: [] as Timed[],
    jobs1: [] as Timed[],
    jobs2: [] as Timed[],
    jobsDefault: [] as Timed[],
    annotate: [] as Timed[],
  };
  // Outside the batch folder, so a later round does not check the copies; --force rewrites them each round.
  const out = mkdtempSync(join(tmpdir(), 'ziping-bench-annotated-'));
  // Interleaved, so a change in the machine's load hits all three alike.
  for (let i = 0; i < REPEAT; i++) {
    runs.floor.push(await timeNode([floor, dir]));
    runs.jobs1.push(await timeNode([cli, 'check', '--json', '--no-progress', '--jobs', '1', dir]));
    runs.jobs2.push(await timeNode([cli, 'check', '--json', '--no-progress', '--jobs', '2', dir]));
    runs.jobsDefault.push(await timeNode([cli, 'check', '--json', '--no-progress', dir]));
    runs.annotate.push(
      await timeNode([
        cli,
        'check',
        '--json',
        '--no-progress',
        '--force',
        '--annotate',
        out,
        '--xlsx',
        join(out, 'summary.xlsx'),
        dir,
      ]),
    );
    log(
      `  batch round ${i + 1}: floor ${ms(runs.floor[i]?.wallMs ?? NaN)}, --jobs 1 ${ms(runs.jobs1[i]?.wallMs ?? NaN)}, --jobs 2 ${ms(runs.jobs2[i]?.wallMs ?? NaN)}, default ${ms(runs.jobsDefault[i]?.wallMs ?? NaN)}, --annotate --xlsx ${ms(runs.annotate[i]?.wallMs ?? NaN)}`,
    );
  }
  rmSync(out, { recursive: true, force: true });
  const wall = (xs: Timed[]) => median(xs.map((x) => x.wallMs));
  const [floorMs, oneMs, twoMs, defMs] = [wall(runs.floor), wall(runs.jobs1), wall(runs.jobs2), wall(runs.jobsDefault)];
  const ratio = defMs / floorMs;
  const ratio1 = oneMs / floorMs;
  rows.push({
    what: `CLI batch: ${FILES} files, check --json (default: ${defaultJobs()} thread(s) on ${availableParallelism()} cores)`,
    measured: ms(defMs),
    target: '—',
    ok: null,
    value: defMs,
  });
  rows.push({
    what: `floor: only open + load the ${FILES} files with exceljs`,
    measured: ms(floorMs),
    target: '—',
    ok: null,
    value: floorMs,
  });
  rows.push({
    what: 'CLI batch ÷ floor (default jobs)',
    measured: ratio.toFixed(2),
    target: '≤ 1.3',
    ok: ratio <= 1.3,
    value: ratio,
  });
  rows.push({
    what: 'CLI batch ÷ floor (--jobs 1, both one thread)',
    measured: ratio1.toFixed(2),
    target: '(overhead, ≤ 1.3)',
    ok: ratio1 <= 1.3,
    value: ratio1,
  });
  const annotateRatio = wall(runs.annotate) / defMs;
  rows.push({
    what: `check --annotate DIR --xlsx FILE ÷ check, ${FILES} files (default jobs)`,
    measured: `${annotateRatio.toFixed(2)} (${ms(wall(runs.annotate))})`,
    target: '≤ 2',
    ok: annotateRatio <= 2,
    value: annotateRatio,
  });
  const speedup = oneMs / twoMs;
  rows.push({
    what: 'both cores: --jobs 1 ÷ --jobs 2',
    measured: `${speedup.toFixed(2)}× (${ms(oneMs)} → ${ms(twoMs)})`,
    target: '≥ 1.7× on 2 cores',
    ok: speedup >= 1.7,
    value: speedup,
  });
  const rss = runs.jobsDefault.map((r) => r.maxRssKb).filter((x): x is number => x !== undefined);
  const rss1 = runs.jobs1.map((r) => r.maxRssKb).filter((x): x is number => x !== undefined);
  if (rss.length > 0) {
    const peak = Math.max(...rss) / 1024;
    rows.push({
      what: `memory: peak RSS of the ${FILES}-file batch (default / --jobs 1)`,
      measured: `${peak.toFixed(0)} MB / ${(Math.max(...rss1) / 1024).toFixed(0)} MB`,
      target: '< 400 MB',
      ok: peak < 400,
      value: peak,
    });
  } else
    rows.push({
      what: 'memory: peak RSS',
      measured: 'not measured: /usr/bin/time missing',
      target: '< 400 MB',
      ok: null,
    });
  if (runs.jobsDefault.some((r) => r.code !== 0 && r.code !== 1))
    rows.push({
      what: 'CLI batch exit code',
      measured: String(runs.jobsDefault.map((r) => r.code)),
      target: '0 or 1',
      ok: false,
    });
}

function bundle(): void {
  const { built } = ensureBuild();
  const sizes = measureBundle();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  rows.push({
    what: `task-pane initial JS, gzipped (${sizes.initial.length} files${built ? ', freshly built' : ''})`,
    measured: kb(sizes.initialGzip),
    target: '< 250 KB gz',
    ok: sizes.initialGzip < 250 * 1024,
    value: sizes.initialGzip,
    details: sizes,
  });
  const docx = sizes.docx.reduce((s, c) => s + c.gzip, 0);
  rows.push({
    what: 'docx chunk: separate, loaded only on export',
    measured:
      sizes.docx.length > 0
        ? `${sizes.docx.map((c) => c.file).join(', ')} (${kb(docx)} gz), ${sizes.pageReferencesDocx || sizes.initialWithDocx.length > 0 ? 'referenced by the page' : 'not in taskpane.html'}`
        : 'no docx chunk found',
    target: 'separate chunk',
    ok: sizes.docx.length > 0 && !sizes.pageReferencesDocx && sizes.initialWithDocx.length === 0,
  });
}

async function webPage(): Promise<void> {
  const what = 'first findings on the offline page (Chromium, file://, from the click on 打开示例)';
  const page = join(BUILD_DIR, 'index.html');
  if (!existsSync(page)) {
    rows.push({ what, measured: 'not measured: page not built', target: '< 1.5 s', ok: null });
    return;
  }
  const result = await measureFirstFindings(page, REPEAT);
  if ('error' in result) {
    rows.push({ what, measured: `not measured: ${result.error}`, target: '< 1.5 s', ok: null });
    return;
  }
  const value = median(result.times);
  rows.push({
    what: `${what}, median of ${result.times.length}`,
    measured: ms(value),
    target: '< 1.5 s',
    ok: value < 1500,
    value,
    details: result.times,
  });
}

function printTable(): void {
  const header = ['what', 'measured', 'target', 'ok'];
  const cells = rows.map((r) => [r.what, r.measured, r.target, r.ok === null ? '—' : r.ok ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => [...(c[i] ?? '')].length)));
  const line = (c: readonly string[]) =>
    `| ${c.map((x, i) => x + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...x].length))).join(' | ')} |`;
  process.stdout.write(
    [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n') + '\n',
  );
}

async function main(): Promise<void> {
  const info = machine();
  const loadBefore = loadavg();
  log(`bench on ${info.nproc} × ${info.cpu}, Node ${info.node}, load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('building the CLI (npm run build:cli)…');
    const built = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:cli failed');
  }
  const sampleGrids = await readWorkbookGrids(new Uint8Array(readFileSync(SAMPLE)));
  const dir = mkdtempSync(join(tmpdir(), 'ziping-bench-'));
  try {
    log(`writing ${FILES} varied copies of the sample to ${dir}…`);
    const files = await writeBatch(SAMPLE, dir, FILES);
    const variedGrids = await readWorkbookGrids(new Uint8Array(readFileSync(files[1] ?? SAMPLE)));
    log('office-js round trips…');
    await officeRoundTrips(sampleGrids, variedGrids);
    if (process.env.BENCH_ONLY === 'office') {
      printTable();
      return;
    }
    log('core check of the sample…');
    coreSample(sampleGrids);
    log('scaling…');
    scaling(sampleGrids);
    log('CLI batch…');
    await cliBatch(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log('task-pane bundle…');
  bundle();
  log('first findings on the offline page…');
  await webPage();
  const loadAfter = loadavg();
  printTable();
  process.stdout.write(
    `machine: ${info.nproc} cores, ${info.cpu}, Node ${info.node}; load average before ${loadBefore[0]?.toFixed(2)}, after ${loadAfter[0]?.toFixed(2)}\n`,
  );
  const results = {
    takenAt: new Date().toISOString(),
    machine: { ...info, loadBefore, loadAfter },
    files: FILES,
    repeat: REPEAT,
    rows,
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('wrote bench/results.json');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
